// 部门收支总表 ↔ 部门支出总表: each kind of expenditure (基本支出, 项目支出, 事业单位经营支出, 对附属单位
// 补助支出, 上缴上级支出) and 本年支出合计 agree with the 合计 row of 支出总表.

import { defineRule } from '../rule.js';
import { isFinding } from '../sum-finding.js';
import { departmentOf } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { summaryItemsMatchTotalRow } from './summary-items.js';
import type { ItemColumn } from './summary-items.js';

/** 收支总表 expenditure item key → 支出总表 column key. */
const PAIRS: readonly ItemColumn[] = [
  ['基本支出', 'basic'],
  ['项目支出', 'project'],
  ['事业单位经营支出', 'operating'],
  ['对附属单位补助支出', 'subsidiary'],
  ['上缴上级支出', 'remit'],
  ['本年支出合计', 'total'],
];

export const crossExpenditureByKind = defineRule({
  id: 'cross-expenditure-by-kind',
  title: '表间：各项支出在收支总表与支出总表一致',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '部门收支总表的基本支出、项目支出、事业单位经营支出、对附属单位补助支出、上缴上级支出和本年支出合计，分别等于部门支出总表合计行的相应列。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '支出总表合计行基本支出 5,401.80，收支总表基本支出 5,401.88',
    message: '部门支出总表 合计 基本支出 5,401.80 ≠ 部门收支总表 基本支出 5,401.88，相差 -0.08',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? summaryItemsMatchTotalRow(d, 'expenditure', PAIRS, unreadableLines(d)).filter(isFinding) : [];
  },
});
