// Parts of the document that stop early or are absent: rows missing from a page, text cut off at a page
// edge, a truncated document, a missing narrative section or form field.

import type { DiagnosticCode } from '../../core/model/common.js';
import { defineRule } from '../rule.js';
import { diagnosticFindings } from './diagnostic-findings.js';

export const INCOMPLETE_CODES: readonly DiagnosticCode[] = [
  'rows-missing',
  'text-cut',
  'document-truncated',
  'section-missing',
  'field-missing',
];

export const importIncomplete = defineRule({
  id: 'import-incomplete',
  title: '导入：内容缺失或被截断',
  category: 'import',
  severity: 'warning',
  rationale:
    '公开文本中缺少的行（如项目的指标在页末中断）、在页边被截断的文字、提前结束的文档、缺少的说明章节或申报表栏目，都使公开内容不完整，审核时须指出。严重程度沿用导入诊断的级别（缺失整块内容为错误）。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts', 'key-projects', 'declaration-forms'],
  example: {
    defect: '项目“对外联络、协调、交流合作经费”的评分标准在页边截断',
    message: '第 355 行：评（扣）分标准文字被截断',
  },
  check(doc) {
    return diagnosticFindings(doc, (c) => INCOMPLETE_CODES.includes(c));
  },
});
