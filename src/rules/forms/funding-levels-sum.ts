// 项目资金申请: the 合计 of each year equals 市级 + 省级 + 中央 + 县级 资金 (上年度安排资金 and 本年度申请资金).

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { formSumFinding } from './form-sum.js';
import { aboutProject, FUNDING_LEVELS, isTotalLine, lineByLabel, projectSubject } from './form-access.js';

const YEARS = [
  ['previous', '上年度安排资金'],
  ['current', '本年度申请资金'],
] as const;

export const fundingLevelsSum = defineRule({
  id: 'form-funding-levels-sum',
  title: '项目资金申请合计应等于各级资金之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '申报表“项目资金申请”中，上年度安排资金和本年度申请资金的合计都应等于市级、省级、中央、县级资金之和。',
  appliesTo: ['declaration-forms'],
  example: {
    defect: '本年度申请资金合计50万元，县级资金40万元，其他级次为空',
    message:
      '项目“驻京联络维稳工作组”项目资金申请 本年度申请资金：合计 50.00 ≠ 县级资金 40.00 = 40.00，相差 +10.00',
  },
  check(doc) {
    if (doc.kind !== 'declaration-forms') return [];
    const out: FindingDraft[] = [];
    for (const f of doc.projectForms) {
      const total = f.funding.find(isTotalLine) ?? null;
      if (!total) continue;
      const levels = FUNDING_LEVELS.map((label) => ({ label, line: lineByLabel(f.funding, label) }));
      for (const [key, label] of YEARS) {
        const d = formSumFinding({
          subject: `${projectSubject(f)}项目资金申请 ${label}`,
          total: total[key],
          totalLabel: '合计',
          totalLine: total.source.line,
          parts: levels.map((l) => ({ label: l.label, amount: l.line?.[key] ?? null })),
        });
        if (d) out.push(aboutProject(d, f));
      }
    }
    return out;
  },
});
