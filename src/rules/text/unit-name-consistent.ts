// The department or unit is named the same everywhere: on the cover, above every page of every table
// (部门名称 / 编制部门 / 编制单位) and in the list of budget units (二、部门预算单位构成). A shortened
// name (普陀区人民政府办公室 for 上海市普陀区人民政府办公室) is a warning, another name an error.

import type { TabledDocument } from '../../core/model/document.js';
import { compact, toHalfWidth } from '../../core/text.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { tabledOf } from '../../core/model/access.js';

/** A name for comparison: half width, no white space, no list number, no 本级/本部/机关 suffix. */
function nameKey(name: string): string {
  return compact(toHalfWidth(name))
    .replace(/^\d+[.、]/, '')
    .replace(/[。;,]$/, '')
    .replace(/[(（]?(?:机关)?(?:本级|本部)[)）]?$/, '');
}

function tableFindings(doc: TabledDocument, cover: string, coverLine: number): FindingDraft[] {
  const out: FindingDraft[] = [];
  const coverKey = nameKey(cover);
  const reported = new Set<string>();
  for (const t of Object.values(doc.tables)) {
    for (const h of t?.headings ?? []) {
      const d = h.department;
      if (!d || nameKey(d.value) === coverKey) continue;
      const key = `${t?.id ?? ''}|${d.value}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const shortened = coverKey.includes(nameKey(d.value)) || nameKey(d.value).includes(coverKey);
      out.push({
        message: `${t?.name ?? ''}表头“${d.label}：${d.value}”与封面“${cover}”${shortened ? '繁简不一（应统一用全称）' : '不一致'}`,
        ...(shortened ? { severity: 'warning' as const } : {}),
        lines: [d.source.line, coverLine],
        ...(t ? { table: t.name } : {}),
        found: d.value,
        expected: cover,
      });
    }
  }
  return out;
}

function unitsFindings(doc: TabledDocument, cover: string, coverLine: number): FindingDraft[] {
  const listed = doc.narrative.unitsListed;
  if (listed.length === 0 || doc.narrative.onlyOwnLevel) return [];
  const coverKey = nameKey(cover);
  if (listed.some((u) => nameKey(u.value) === coverKey)) return [];
  const near = listed.find((u) => coverKey.includes(nameKey(u.value)) || nameKey(u.value).includes(coverKey));
  return [
    {
      message: near
        ? `预算单位构成所列“${near.value}”与封面“${cover}”繁简不一（应统一用全称）`
        : `预算单位构成（${listed.map((u) => u.value).join('、')}）没有封面所列的“${cover}”本级`,
      severity: 'warning',
      lines: [near?.source.line ?? listed[0]?.source.line ?? coverLine, coverLine],
      found: near?.value ?? listed.map((u) => u.value).join('、'),
      expected: cover,
    },
  ];
}

export const unitNameConsistent = defineRule({
  id: 'text-unit-name-consistent',
  title: '文字：封面、表头和预算单位构成中的单位名称一致',
  category: 'text',
  severity: 'error',
  rationale:
    '同一份公开文件的主体只有一个：封面上的部门（单位）名称、每张表每一页表头的“部门名称/编制部门/编制单位”和“预算单位构成”所列本级单位应是同一全称。表头写成另一个单位，说明表格取自别的文件，为错误；写成简称或多出、缺少地名前缀（“普陀区”与“上海市普陀区”），为警告。比较时忽略空白、全半角和“本级”“本部”字样。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  example: {
    defect: '封面为“长沙市人民政府办公厅”，部门收支总表表头为“部门名称：长沙市人民政府驻深圳办事处”',
    message: '部门收支总表表头“部门名称：长沙市人民政府驻深圳办事处”与封面“长沙市人民政府办公厅”不一致',
  },
  check(doc) {
    const d = tabledOf(doc);
    const cover = d?.department;
    if (!d || !cover) return [];
    return [
      ...tableFindings(d, cover.value, cover.source.line),
      ...unitsFindings(d, cover.value, cover.source.line),
    ];
  },
});
