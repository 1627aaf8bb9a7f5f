// A department budget as one page: title, contents, Part 1 (the narrative generated from the
// figures) and Part 2 (the ten standard tables in the template's order). A table the document does
// not print is shown as missing; a table printed empty is shown with its note.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { StandardTable } from '../../core/model/tables.js';
import type { TableTemplate, Template } from '../../core/templates/template.js';
import { chineseNumeral } from '../../core/text.js';
import { buildNarrative } from '../narrative/index.js';
import { renderAmountTable } from './amount-table.js';
import type { RenderedTable } from './amount-table.js';
import { renderBalanceTable } from './balance-table.js';
import { esc } from './escape.js';
import { renderPart1 } from './part1.js';
import { EMPTY_NOTE, tablePage } from './table-kit.js';
import { renderProjectTargets, renderUnitTargets } from './target-tables.js';

function rendered(doc: DepartmentBudgetDocument, t: TableTemplate, table: StandardTable): RenderedTable {
  if (t.shape === 'balance' && table.shape === 'balance') return renderBalanceTable(table, t);
  if (t.shape === 'amounts' && table.shape === 'amounts') return renderAmountTable(table, t);
  if (t.shape === 'targets' && t.target === 'project')
    return renderProjectTargets(doc, table.shape === 'targets' ? table : null);
  return renderUnitTargets(doc.unitTargets);
}

/** True when a target table has no rows, which the model records as targets rather than `empty`. */
function isEmpty(doc: DepartmentBudgetDocument, t: TableTemplate, table: StandardTable): boolean {
  if (table.empty) return true;
  if (t.shape !== 'targets') return false;
  return t.target === 'project' ? doc.projectTargets.length === 0 : doc.unitTargets.length === 0;
}

function tableSection(doc: DepartmentBudgetDocument, t: TableTemplate): string {
  const year = doc.year === null ? '' : `${doc.year}年`;
  const id = `t-${t.id}`;
  const caption = `${chineseNumeral(t.no)}、${t.name}`;
  const title = `${year}${t.titles[0] ?? t.name}`;
  const table = doc.tables[t.id];
  if (!table) {
    return (
      `<section class="table-page" id="${id}"><p class="table-caption">${esc(caption)}</p>` +
      `<h3 class="table-title">${esc(title)}</h3><p class="missing">原文未公开此表（导入时未找到）。</p></section>`
    );
  }
  const r = rendered(doc, t, table);
  const empty = isEmpty(doc, t, table);
  return tablePage({
    id,
    caption,
    title,
    department: table.department ?? doc.department?.value ?? null,
    unit: table.unit,
    head: r.head,
    body: r.body,
    note: table.note?.value ?? (empty ? EMPTY_NOTE : null),
    wide: t.shape === 'targets',
    tableClass: t.shape === 'targets' ? 'targets' : t.shape,
  });
}

export function renderDepartmentBudget(doc: DepartmentBudgetDocument, template: Template): string {
  const narrative = buildNarrative(doc);
  const year = doc.year === null ? '' : `${doc.year}年`;
  const toc =
    `<nav class="toc" aria-label="目录"><h2>目 录</h2>` +
    `<p><a href="#part1">第一部分 ${esc(year)}部门预算说明</a></p><ol class="toc-list">` +
    narrative.sections.map((s) => `<li><a href="#s-${s.key}">${esc(s.heading)}</a></li>`).join('') +
    `</ol><p><a href="#part2">第二部分 ${esc(year)}部门预算表</a></p><ol class="toc-list">` +
    template.tables
      .map((t) => `<li><a href="#t-${t.id}">${esc(`${chineseNumeral(t.no)}、${t.name}`)}</a></li>`)
      .join('') +
    `</ol><p class="toc-note">${esc('注：以上部门预算报表中，空表表示本部门无相关收支情况')}</p></nav>`;
  const part2 =
    `<section class="part part2" id="part2"><h2>第二部分 ${esc(year)}部门预算表</h2>` +
    template.tables.map((t) => tableSection(doc, t)).join('') +
    `</section>`;
  return toc + renderPart1(narrative, doc.year) + part2;
}
