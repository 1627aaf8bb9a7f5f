// 部门收支总表: 本年支出合计 equals the sum of the expenditure items printed above it (一、基本支出 to
// 五、上缴上级支出).

import { defineRule } from '../rule.js';
import { departmentOf } from '../../core/model/access.js';
import { subtotalFinding } from './summary-income-sum.js';

export const summaryExpenditureSum = defineRule({
  id: 'summary-expenditure-sum',
  title: '部门收支总表：本年支出合计等于各项支出之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '部门收支总表中“本年支出合计”是基本支出、项目支出、事业单位经营支出、对附属单位补助支出、上缴上级支出五项之和（不含结余分配、结转下年）。按两位小数精确比较，不容许尾差。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“本 年 支 出 合 计 6,563.63”，而“一、基本支出 5,401.88”“二、项目支出 1,161.72”',
    message: '部门收支总表：本年支出合计 6,563.63 ≠ 各项支出之和 6,563.60，相差 +0.03',
  },
  check(doc) {
    const d = departmentOf(doc);
    const f = d ? subtotalFinding(d, 'expenditure', '各项支出之和') : null;
    return f ? [f] : [];
  },
});
