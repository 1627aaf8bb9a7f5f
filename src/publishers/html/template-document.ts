// A budget or final accounts in a layout other than Hunan's, as one page in the layout of its
// template: the contents, the explanation's sections printed before the tables, the tables in the
// template's order under their titles as printed (编制部门 and 单位 lines, notes), and the sections
// printed after them. The explanation is the document's own text: nothing is generated.

import type { TabledDocument } from '../../core/model/document.js';
import type { NarrativeSection } from '../../core/model/narrative.js';
import type { TableTemplate, Template } from '../../core/templates/template.js';
import { chineseNumeral } from '../../core/text.js';
import { renderAmountTable } from './amount-table.js';
import type { RenderedTable } from './amount-table.js';
import { renderBalanceTable } from './balance-table.js';
import { esc } from './escape.js';
import { tablePage } from './table-kit.js';

/** A paragraph that is a numbered item heading of its own ("一、项目概述", "（一）机关运行经费支出情况"). */
const SUBHEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\S{1,24}$/;

function sectionHtml(s: NarrativeSection): string {
  const paragraphs = s.paragraphs
    .map((p) =>
      SUBHEADING.test(p.text) ? `<h4>${esc(p.text)}</h4>` : `<p class="carried">${esc(p.text)}</p>`,
    )
    .join('');
  return `<section class="narrative" id="s-${esc(s.key)}-${s.heading.source.line}"><h3>${esc(s.heading.value)}</h3>${paragraphs}</section>`;
}

function tableHtml(doc: TabledDocument, t: TableTemplate): string {
  const table = doc.tables[t.id];
  const id = `t-${t.id}`;
  const caption = `${chineseNumeral(t.no)}、${t.name}`;
  if (!table) {
    return (
      `<section class="table-page" id="${id}"><p class="table-caption">${esc(caption)}</p>` +
      `<h3 class="table-title">${esc(t.name)}</h3><p class="missing">原文未公开此表（导入时未找到）。</p></section>`
    );
  }
  let r: RenderedTable | null = null;
  if (t.shape === 'balance' && table.shape === 'balance') r = renderBalanceTable(table, t);
  else if (t.shape === 'amounts' && table.shape === 'amounts') r = renderAmountTable(table, t);
  if (!r) return '';
  const heading = table.headings?.[0]?.department;
  const page = {
    id,
    caption,
    title: table.title.value,
    department: table.department,
    unit: table.unit,
    head: r.head,
    body: r.body,
    note: table.note?.value ?? null,
    wide: r.columnCount > 6,
    tableClass: t.shape,
  };
  return tablePage(heading ? { ...page, departmentLabel: heading.label } : page);
}

export function renderTemplateDocument(doc: TabledDocument, template: Template): string {
  const firstTable = Math.min(...Object.values(doc.tables).map((t) => t?.title.source.line ?? Infinity));
  const before = doc.narrative.sections.filter((s) => s.heading.source.line < firstTable);
  const after = doc.narrative.sections.filter((s) => s.heading.source.line >= firstTable);
  const link = (s: NarrativeSection) =>
    `<li><a href="#s-${esc(s.key)}-${s.heading.source.line}">${esc(s.heading.value)}</a></li>`;
  const toc =
    `<nav class="toc" aria-label="目录"><h2>目 录</h2><ol class="toc-list">` +
    before.map(link).join('') +
    template.tables
      .filter((t) => doc.tables[t.id])
      .map((t) => `<li><a href="#t-${t.id}">${esc(`${chineseNumeral(t.no)}、${t.name}`)}</a></li>`)
      .join('') +
    after.map(link).join('') +
    `</ol></nav>`;
  return (
    toc +
    `<section class="part part1" id="part1">${before.map(sectionHtml).join('')}</section>` +
    `<section class="part part2" id="part2">${template.tables.map((t) => tableHtml(doc, t)).join('')}</section>` +
    (after.length
      ? `<section class="part part3" id="part3">${after.map(sectionHtml).join('')}</section>`
      : '')
  );
}
