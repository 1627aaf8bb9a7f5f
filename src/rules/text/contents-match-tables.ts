// The table of contents lists what the document holds: every table it lists is printed, every
// table printed is listed, every entry of the tables part names a table of the template, every
// section of the explanation it lists is there, and it lists the tables in the order they are printed.

import type { ContentsEntry } from '../../core/model/contents.js';
import type { TabledDocument } from '../../core/model/document.js';
import { NARRATIVE_SECTIONS } from '../../core/model/narrative.js';
import { HEADING_NUMBER, compact, toHalfWidth } from '../../core/text.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { tabledOf } from '../../core/model/access.js';
import { templateOf } from '../templates.js';

function titleKey(text: string): string {
  return compact(toHalfWidth(text).trim().replace(HEADING_NUMBER, '')).replace(/[的及和与“”"]/g, '');
}

function sectionFindings(doc: TabledDocument, entries: readonly ContentsEntry[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  const present = new Set(doc.narrative.sections.map((s) => s.key));
  for (const e of entries) {
    if (e.kind !== 'section') continue;
    const key = titleKey(e.text);
    const section = NARRATIVE_SECTIONS.find((s) => key.startsWith(titleKey(s.title)));
    if (!section || present.has(section.key)) continue;
    out.push({
      message: `目录列有“${e.text}”，但说明中没有这一部分`,
      severity: 'warning',
      lines: [e.source.line],
      found: e.text,
      expected: '（说明中无此部分）',
    });
  }
  return out;
}

function findings(doc: TabledDocument): FindingDraft[] {
  const entries = doc.contents ?? [];
  const template = templateOf(doc);
  if (entries.length === 0 || !template) return [];
  const out: FindingDraft[] = [];
  const listed = entries.filter((e) => e.kind === 'table');
  for (const e of listed) {
    if (!e.table || doc.tables[e.table]) continue;
    const t = template.tables.find((x) => x.id === e.table);
    out.push({
      message: `目录列有“${e.text}”，但文档中没有${t ? `“${t.name}”` : '该表'}`,
      lines: [e.source.line],
      table: t?.name ?? e.text,
      found: e.text,
      expected: '（文档中无此表）',
    });
  }
  // Entries after the first table entry that read as a table's title but name none of the template's.
  const firstTable = entries.findIndex((e) => e.kind === 'table');
  for (const e of firstTable < 0 ? [] : entries.slice(firstTable)) {
    if (e.kind === 'table' || e.kind === 'part' || !/表$/.test(compact(e.text))) continue;
    out.push({
      message: `目录项“${e.text}”不是${template.name}的表名`,
      severity: 'warning',
      lines: [e.source.line],
      found: e.text,
      expected: template.tables.map((t) => t.name).join('、'),
    });
  }
  if (listed.length > 0) {
    const listedIds = new Set(listed.map((e) => e.table));
    for (const t of template.tables) {
      const table = doc.tables[t.id];
      if (!table || listedIds.has(t.id)) continue;
      out.push({
        message: `${t.name}（第${table.title.source.line}行“${table.title.value}”）未列入目录`,
        severity: 'warning',
        lines: [
          table.title.source.line,
          listed[listed.length - 1]?.source.line ?? entries[0]?.source.line ?? 1,
        ],
        table: t.name,
        found: '（目录无此表）',
        expected: t.name,
      });
    }
    // The contents list the printed tables in the order they are printed.
    const printed = listed
      .map((e) => (e.table ? doc.tables[e.table] : undefined))
      .map((t) => t?.title.source.line ?? null);
    for (let i = 1; i < listed.length; i++) {
      const [a, b] = [printed[i - 1], printed[i]];
      const [ea, eb] = [listed[i - 1], listed[i]];
      if (a === null || b === null || a === undefined || b === undefined || !ea || !eb || a < b) continue;
      out.push({
        message: `目录中“${ea.text}”在“${eb.text}”之前，正文中后者（第${b}行）却印在前者（第${a}行）之前`,
        severity: 'warning',
        lines: [eb.source.line, b, a],
        found: `${eb.text} 在正文第${b}行`,
        expected: `在第${a}行之后`,
      });
    }
  }
  return [...out, ...sectionFindings(doc, entries)];
}

export const contentsMatchTables = defineRule({
  id: 'text-contents-match-tables',
  title: '文字：目录与正文一致（所列表格都已公开、公开的表格都列入目录、顺序相同）',
  category: 'text',
  severity: 'error',
  rationale:
    '目录是公开文件的索引：目录列出的表在正文中找不到，说明缺表或目录未随正文修改，为错误；正文的表没有列入目录、目录项不是模板中的表名、目录顺序与正文顺序不同、目录列出的说明部分在正文中没有，为警告。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  example: {
    defect: '目录列有“八、政府性基金预算支出表”，正文没有这张表',
    message: '目录列有“八、政府性基金预算支出表”，但文档中没有“政府性基金预算支出表”',
  },
  check(doc) {
    const d = tabledOf(doc);
    return d ? findings(d) : [];
  },
});
