// The rule catalogue as a Markdown document (docs/rules.md): every rule with its id, severity,
// category, the document kinds it applies to, its rationale and an example. Pure: catalogue in, text
// out; scripts/rules-doc.ts writes the file and a test fails when the file is out of date.

import { DOCUMENT_KIND_LABELS, FINDING_CATEGORIES, SEVERITY_LABELS } from '../core/vocabulary.js';
import type { DocumentKind, FindingCategory } from '../core/vocabulary.js';
import { templateById } from '../core/templates/registry.js';
import type { Rule } from './rule.js';

export const CATEGORY_LABELS: Record<FindingCategory, string> = {
  import: '导入',
  arithmetic: '表内运算',
  'cross-table': '表间一致',
  narrative: '说明与报表',
  target: '绩效目标',
  completeness: '完整性',
  text: '文字',
};

const KIND_LABELS: Record<DocumentKind, string> = DOCUMENT_KIND_LABELS;

/** Text in a Markdown table cell or inline code: no line breaks, pipes escaped. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function ruleSection(rule: Rule): string {
  return [
    `### \`${rule.id}\` ${rule.title}`,
    '',
    `- 严重程度：${SEVERITY_LABELS[rule.severity]}（${rule.severity}）`,
    `- 类别：${CATEGORY_LABELS[rule.category]}（${rule.category}）`,
    `- 适用：${rule.appliesTo.map((k) => KIND_LABELS[k]).join('、')}${
      rule.templates ? `（模板：${rule.templates.map((t) => templateById(t).name).join('、')}）` : ''
    }`,
    '',
    rule.rationale.trim(),
    '',
    `例：${inline(rule.example.defect)}`,
    '',
    `> ${inline(rule.example.message)}`,
    '',
  ].join('\n');
}

export function renderRulesDoc(rules: readonly Rule[]): string {
  const out = [
    '<!-- Generated from the rule catalogue by `npx tsx scripts/rules-doc.ts`; do not edit by hand. -->',
    '',
    '# 审核规则',
    '',
    `yusuan 审核（\`yusuan check\`）按以下 ${rules.length} 条规则检查文档。每条发现注明规则、严重程度、` +
      '所在行，以及发现值、期望值和差额。金额一律按两位小数精确比较，容许尾差的规则在说明中写明理由。',
    '',
    '| 规则 | 严重程度 | 类别 | 名称 |',
    '| --- | --- | --- | --- |',
    ...rules.map(
      (r) =>
        `| [\`${r.id}\`](#${r.id}) | ${SEVERITY_LABELS[r.severity]} | ${CATEGORY_LABELS[r.category]} | ${inline(r.title)} |`,
    ),
    '',
  ];
  for (const category of FINDING_CATEGORIES) {
    const inCategory = rules.filter((r) => r.category === category);
    if (inCategory.length === 0) continue;
    out.push(`## ${CATEGORY_LABELS[category]}（${category}）`, '');
    for (const r of inCategory) out.push(`<a id="${r.id}"></a>`, '', ruleSection(r));
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
