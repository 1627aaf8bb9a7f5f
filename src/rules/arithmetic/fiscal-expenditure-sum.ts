// 财政拨款收支总表: 一、本年支出 equals the sum of the functional-class lines under it (1、一般公共服务支出
// …), in each column (合计, 一般公共预算, 政府性基金预算, 国有资本经营预算).

import { defineRule } from '../rule.js';
import { departmentOf } from '../../core/model/access.js';
import { headingFindings } from './fiscal-income-sum.js';

export const fiscalExpenditureSum = defineRule({
  id: 'fiscal-expenditure-sum',
  title: '财政拨款收支总表：本年支出等于各功能分类支出之和（分列）',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '财政拨款收支总表支出方“一、本年支出”是其下各功能分类（类级）支出行之和，合计、一般公共预算、政府性基金预算、国有资本经营预算各列分别成立。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“一、本年支出”一般公共预算列 6,563.63，而各类支出行的一般公共预算列合计 6,536.63',
    message: '财政拨款收支总表：本年支出（一般公共预算） 6,563.63 ≠ 各类支出之和 6,536.63，相差 +27.00',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? headingFindings(d, 'expenditure', '各类支出之和') : [];
  },
});
