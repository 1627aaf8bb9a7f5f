// The project forms' 本年度申请资金 合计 add up to the department form's 项目支出 (湘阴 2023:
// 50 + 15 + 120 + 30 + 65 + 20 + 120 = 420). Judged when the document has exactly one department form.

import { checkSum, money, signed } from '../compare.js';
import { defineRule } from '../rule.js';
import { aboutDepartment, isTotalLine } from './form-access.js';

export const projectsSumDepartment = defineRule({
  id: 'form-projects-sum-department',
  title: '各项目申请资金之和应等于整体支出申报表的项目支出',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '部门（单位）整体支出申报表的项目支出，应等于同一单位各项目支出申报表本年度申请资金合计之和；不等说明漏报、多报项目或某张表金额有误。',
  appliesTo: ['declaration-forms'],
  example: {
    defect: '七张项目表申请资金之和420万元，整体支出表项目支出400万元',
    message:
      '整体支出申报表项目支出 400.00 ≠ 各项目申请资金之和 50.00 + 15.00 + 120.00 + 30.00 + 65.00 + 20.00 + 120.00 = 420.00，相差 -20.00',
  },
  check(doc) {
    if (doc.kind !== 'declaration-forms' || doc.departmentForms.length !== 1 || doc.projectForms.length === 0)
      return [];
    const dept = doc.departmentForms[0];
    const project = dept?.expenditure['project'] ?? null;
    if (!dept || !project) return [];
    const totals = doc.projectForms.map((f) => f.funding.find(isTotalLine)?.current ?? null);
    const check = checkSum(
      project.value,
      totals.map((t) => t?.value),
    );
    if (check.ok) return [];
    const terms = totals.map((t) => (t ? money(t.value) : '（空）')).join(' + ');
    const lines = [
      project.source.line,
      ...doc.projectForms.map((f, i) => totals[i]?.source.line ?? f.name.source.line),
    ];
    return [
      aboutDepartment(
        {
          message: `整体支出申报表项目支出 ${money(project.value)} ≠ 各项目申请资金之和 ${terms} = ${money(check.sum)}，相差 ${signed(check.difference)}`,
          lines: lines.filter((l, i) => lines.indexOf(l) === i),
          found: money(project.value),
          expected: money(check.sum),
          difference: signed(check.difference),
        },
        dept,
      ),
    ];
  },
});
