// The department form's budget adds up: 收入合计 = 公共财政拨款 + 政府性基金拨款 + 非税收入拨款 + 其他拨款, and
// 支出合计 = 基本支出 + 项目支出.

import type { DepartmentForm } from '../../core/model/forms.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { formSumFinding } from './form-sum.js';
import { aboutDepartment, departmentSubject } from './form-access.js';

const SUMS = [
  {
    side: 'income',
    title: '单位年度收入预算',
    total: '收入合计',
    parts: [
      ['general', '公共财政拨款'],
      ['fund', '政府性基金拨款'],
      ['nonTax', '非税收入拨款'],
      ['other', '其他拨款'],
    ],
  },
  {
    side: 'expenditure',
    title: '单位年度支出预算',
    total: '支出合计',
    parts: [
      ['basic', '基本支出'],
      ['project', '项目支出'],
    ],
  },
] as const;

function lineOf(f: DepartmentForm): number {
  return f.unit?.source.line ?? f.title.source.line;
}

export const departmentBudgetSums = defineRule({
  id: 'form-department-budget-sums',
  title: '整体支出申报表的收入合计、支出合计应等于各项之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '整体支出申报表中，收入合计应等于公共财政拨款、政府性基金拨款、非税收入拨款、其他拨款之和；支出合计应等于基本支出与项目支出之和。',
  appliesTo: ['declaration-forms'],
  example: {
    defect: '支出合计1520.67万元，基本支出1100.67万元，项目支出400万元',
    message:
      '整体支出申报表（湘阴县政府办）单位年度支出预算：支出合计 1,520.67 ≠ 基本支出 1,100.67 + 项目支出 400.00 = 1,500.67，相差 +20.00',
  },
  check(doc) {
    if (doc.kind !== 'declaration-forms') return [];
    const out: FindingDraft[] = [];
    for (const f of doc.departmentForms) {
      for (const s of SUMS) {
        const values = f[s.side];
        const d = formSumFinding({
          subject: `${departmentSubject(f)}${s.title}`,
          total: values['total'] ?? null,
          totalLabel: s.total,
          totalLine: lineOf(f),
          parts: s.parts.map(([key, label]) => ({ label, amount: values[key] ?? null })),
        });
        if (d) out.push(aboutDepartment(d, f));
      }
    }
    return out;
  },
});
