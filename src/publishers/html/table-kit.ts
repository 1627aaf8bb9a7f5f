// Building blocks of the Part 2 tables: cells (text, amount, merged), the frame of a table page
// (title, 部门名称 and 单位 line, the table, its note) and the rows printed for empty or missing
// tables. Cells are escaped here; callers pass document text as is.

import type { Decimal } from '../../core/decimal.js';
import type { Amount } from '../../core/model/common.js';
import { tableMoney } from '../narrative/format.js';
import { esc, escLines } from './escape.js';

export interface CellOptions {
  rowspan?: number;
  colspan?: number;
  /** CSS classes, e.g. "label" for the sticky row-label column. */
  cls?: string;
}

function attrs(o: CellOptions): string {
  let a = '';
  if (o.rowspan && o.rowspan > 1) a += ` rowspan="${o.rowspan}"`;
  if (o.colspan && o.colspan > 1) a += ` colspan="${o.colspan}"`;
  if (o.cls) a += ` class="${o.cls}"`;
  return a;
}

export const th = (text: string, o: CellOptions = {}): string => `<th${attrs(o)}>${esc(text)}</th>`;
export const td = (text: string | null | undefined, o: CellOptions = {}): string =>
  `<td${attrs(o)}>${escLines(text)}</td>`;

/** An amount cell: right-aligned, thousands separators, two decimals; blank when absent. */
export function money(value: Decimal | Amount | null | undefined, o: CellOptions = {}): string {
  const v = value && 'value' in value ? value.value : (value ?? null);
  const cls = o.cls ? `num ${o.cls}` : 'num';
  return `<td${attrs({ ...o, cls })}>${tableMoney(v)}</td>`;
}

export const row = (cells: readonly string[], cls?: string): string =>
  `<tr${cls ? ` class="${cls}"` : ''}>${cells.join('')}</tr>`;

export interface TablePage {
  /** Anchor id, e.g. "t-summary". */
  id: string;
  /** The numbered heading of the table of contents, e.g. "一、部门收支总表". */
  caption: string;
  /** The title as the document prints it, e.g. "2024年部门收支总体情况表". */
  title: string;
  department: string | null;
  /** The label of the department line as the document prints it (部门名称, 编制部门, 编制单位). */
  departmentLabel?: string;
  unit: string | null;
  /** <thead> rows and <tbody> rows, already built. */
  head: string;
  body: string;
  note: string | null;
  /** Wide tables print on A4 landscape. */
  wide?: boolean;
  /** Extra class on the <table>, e.g. "targets". */
  tableClass?: string;
}

export function tablePage(p: TablePage): string {
  const meta =
    p.department || p.unit
      ? `<div class="table-meta"><span>${p.department ? `${esc(p.departmentLabel ?? '部门名称')}：${esc(p.department)}` : ''}</span>` +
        `<span>${p.unit ? `单位：${esc(p.unit)}` : ''}</span></div>`
      : '';
  return (
    `<section class="table-page${p.wide ? ' wide' : ''}" id="${esc(p.id)}" aria-labelledby="${esc(p.id)}-title">` +
    `<p class="table-caption">${esc(p.caption)}</p>` +
    `<h3 class="table-title" id="${esc(p.id)}-title">${esc(p.title)}</h3>${meta}` +
    `<div class="table-wrap" tabindex="0"><table class="data${p.tableClass ? ' ' + p.tableClass : ''}">` +
    `<thead>${p.head}</thead><tbody>${p.body}</tbody></table></div>` +
    (p.note ? `<p class="table-note">${esc(p.note)}</p>` : '') +
    `</section>`
  );
}

/** The body of an empty table: one row across all columns. */
export function emptyBody(columns: number): string {
  return row([td('本表无数据', { colspan: columns, cls: 'empty' })]);
}

export const EMPTY_NOTE = '注：空表表示本部门无相关收支情况。';
