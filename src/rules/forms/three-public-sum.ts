// The department form's 三公经费预算: 合计 = 公务用车运行和购置费 + 因公出国（境）费 + 公务接待费 (湘阴
// 2023 prints 13 against 0 + 0 + 13.18).

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { formSumFinding } from './form-sum.js';
import { aboutDepartment, departmentSubject } from './form-access.js';

const PARTS = [
  ['vehicle', '公务用车运行和购置费'],
  ['abroad', '因公出国（境）费'],
  ['reception', '公务接待费'],
] as const;

export const threePublicSum = defineRule({
  id: 'form-three-public-sum',
  title: '三公经费预算合计应等于三项之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '“三公”经费 = 公务用车运行和购置费 + 因公出国（境）费 + 公务接待费；整体支出申报表中三公经费预算的合计应等于三项之和。',
  appliesTo: ['declaration-forms'],
  example: {
    defect: '三公经费预算合计13万元，公务用车0、因公出国0、公务接待费13.18万元',
    message:
      '整体支出申报表（湘阴县政府办）三公经费预算：合计 13.00 ≠ 公务用车运行和购置费 0.00 + 因公出国（境）费 0.00 + 公务接待费 13.18 = 13.18，相差 -0.18',
  },
  check(doc) {
    if (doc.kind !== 'declaration-forms') return [];
    const out: FindingDraft[] = [];
    for (const f of doc.departmentForms) {
      const total = f.threePublic['total'] ?? null;
      const d = formSumFinding({
        subject: `${departmentSubject(f)}三公经费预算`,
        total,
        totalLabel: '合计',
        totalLine: total?.source.line ?? f.title.source.line,
        parts: PARTS.map(([key, label]) => ({ label, amount: f.threePublic[key] ?? null })),
      });
      if (d) out.push(aboutDepartment(d, f));
    }
    return out;
  },
});
