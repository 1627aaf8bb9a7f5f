// 支出明细预算: where the items carry amounts, their sum equals the 合计 of the same year. Forms that
// list items without amounts (only 测算依据) are not judged: there is nothing to add.

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { formSumFinding } from './form-sum.js';
import { aboutProject, isTotalLine, projectSubject } from './form-access.js';

const YEARS = [
  ['previous', '上年度安排资金'],
  ['current', '本年度申请资金'],
] as const;

export const spendingItemsSum = defineRule({
  id: 'form-spending-items-sum',
  title: '支出明细预算各项之和应等于合计',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '申报表“支出明细预算”列有金额的明细项时，各明细项之和应等于合计；只列测算依据、不列金额的明细不作计算。',
  appliesTo: ['declaration-forms'],
  example: {
    defect: '支出明细合计120万元，明细“各战线协调工作”100万元',
    message:
      '项目“各战线调研协调工作经费”支出明细预算 本年度申请资金：合计 120.00 ≠ 1、各战线协调工作 100.00 = 100.00，相差 +20.00',
  },
  check(doc) {
    if (doc.kind !== 'declaration-forms') return [];
    const out: FindingDraft[] = [];
    for (const f of doc.projectForms) {
      const total = f.spending.find(isTotalLine) ?? null;
      const items = f.spending.filter((l) => !isTotalLine(l));
      if (!total) continue;
      for (const [key, label] of YEARS) {
        if (items.every((i) => i[key] === null)) continue;
        const d = formSumFinding({
          subject: `${projectSubject(f)}支出明细预算 ${label}`,
          total: total[key],
          totalLabel: '合计',
          totalLine: total.source.line,
          parts: items.map((i) => ({ label: i.label, amount: i[key] })),
        });
        if (d) out.push(aboutProject(d, f));
      }
    }
    return out;
  },
});
