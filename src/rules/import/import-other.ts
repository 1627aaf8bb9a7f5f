// Any other importer diagnostic of severity warning or error that no dedicated rule covers, so that no
// problem the importer saw is silently dropped. Missing tables are reported by `tables-present`.

import type { DiagnosticCode } from '../../core/model/common.js';
import { defineRule } from '../rule.js';
import { diagnosticFindings } from './diagnostic-findings.js';
import { INCOMPLETE_CODES } from './import-incomplete.js';
import { UNREADABLE_CODES } from './import-unreadable.js';

const COVERED: readonly DiagnosticCode[] = [...UNREADABLE_CODES, ...INCOMPLETE_CODES, 'table-missing'];

export const importOther = defineRule({
  id: 'import-other',
  title: '导入：其他导入问题',
  category: 'import',
  severity: 'warning',
  rationale:
    '导入时发现、又不属于“无法识读”“内容缺失”“缺表”的其他警告或错误（例如无法可靠对齐的错位行），照原样列为审核发现，保证导入看到的问题不会被悄悄丢弃。严重程度沿用导入诊断的级别。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts', 'key-projects', 'declaration-forms'],
  example: {
    defect: '一行单元格错位，导入时按表头重新对齐但对齐方式不唯一',
    message: '项目支出绩效目标表：第 748 行单元格错位，已按表头对齐，请核对',
  },
  check(doc) {
    return diagnosticFindings(doc, (c) => !COVERED.includes(c));
  },
});
