// Rows, cells and lines the importer could not read or place: their figures are not in the model, so
// no other rule can check them.

import type { DiagnosticCode } from '../../core/model/common.js';
import { defineRule } from '../rule.js';
import { diagnosticFindings } from './diagnostic-findings.js';

export const UNREADABLE_CODES: readonly DiagnosticCode[] = [
  'row-unreadable',
  'cell-unreadable',
  'unplaced-line',
];

export const importUnreadable = defineRule({
  id: 'import-unreadable',
  title: '导入：无法识读的行、单元格或无法归位的内容',
  category: 'import',
  severity: 'warning',
  rationale:
    '导入时无法对齐或识读的表格行、不是金额的金额单元格、不属于任何部分的内容，其数字没有进入审核，相关合计也不再重复判定；审核人员须对照原文核实。严重程度沿用导入诊断的级别。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts', 'key-projects', 'declaration-forms'],
  example: {
    defect: '部门支出总表中一行“201⇥03⇥02⇥一般行政管理事务⇥一千一百”',
    message: '部门支出总表：第 187 行“项目支出”列“一千一百”不是金额，未能读取',
  },
  check(doc) {
    return diagnosticFindings(doc, (c) => UNREADABLE_CODES.includes(c));
  },
});
