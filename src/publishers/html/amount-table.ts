// Amount tables in the official layout: functional tables (科目编码 类/款/项 | 功能科目 | amounts,
// with grouped headers such as 本级财政拨款 / 金额 / 其中：经费拨款), the economic table (经济科目编码 |
// 经济科目名称 | 总计 | 人员类 | 公用经费) and the per-unit 三公 table; the `**` numbering row; 合计 first.

import type { AmountRow, AmountTable } from '../../core/model/tables.js';
import type { AmountTableTemplate, ColumnTemplate } from '../../core/templates/template.js';
import { emptyBody, money, row, td, th } from './table-kit.js';

interface HeaderColumn {
  key: string;
  label: string;
  group: string | null;
}

function headerColumns(table: AmountTable, template: AmountTableTemplate): HeaderColumn[] {
  const byKey = new Map<string, ColumnTemplate>(template.columns.map((c) => [c.key, c]));
  const columns = table.columns.length ? table.columns : template.columns;
  return columns.map((c) => ({ key: c.key, label: c.label, group: byKey.get(c.key)?.group ?? null }));
}

/** Two header rows: grouped columns share a top cell, the others span both rows. */
function amountHeaders(columns: readonly HeaderColumn[]): {
  top: string[];
  bottom: string[];
  twoRows: boolean;
} {
  const twoRows = columns.some((c) => c.group);
  const top: string[] = [];
  const bottom: string[] = [];
  columns.forEach((c, i) => {
    if (!c.group) {
      top.push(th(c.label, { rowspan: twoRows ? 2 : 1 }));
      return;
    }
    if (columns[i - 1]?.group !== c.group) {
      const span = columns.slice(i).findIndex((x) => x.group !== c.group);
      top.push(th(c.group, { colspan: span < 0 ? columns.length - i : span }));
    }
    bottom.push(th(c.label));
  });
  return { top, bottom, twoRows };
}

const ROW_CLASS: Record<AmountRow['kind'], string> = {
  total: 'row-total',
  class: 'row-class',
  section: 'row-section',
  item: 'row-item',
  unit: 'row-unit',
};

/** The printed 类/款/项 cells: a 类 row shows 类 only, a 款 row 款 only, a 项 row all three. */
function functionalCodeCells(r: AmountRow): string[] {
  const c = r.code ?? '';
  if (r.kind === 'class') return [td(c.slice(0, 3), { cls: 'code' }), td(''), td('')];
  if (r.kind === 'section') return [td(''), td(c.slice(3, 5), { cls: 'code' }), td('')];
  if (r.kind === 'item')
    return [
      td(c.slice(0, 3), { cls: 'code' }),
      td(c.slice(3, 5), { cls: 'code' }),
      td(c.slice(5, 7), { cls: 'code' }),
    ];
  return [td(''), td(''), td('')];
}

const numberingRow = (stars: number, columns: number): string =>
  row(
    [
      ...Array.from({ length: stars }, (_, i) =>
        td('**', { cls: i === stars - 1 ? 'label center' : 'center' }),
      ),
      ...Array.from({ length: columns }, (_, i) => td(String(i + 1), { cls: 'center' })),
    ],
    'row-numbering',
  );

export interface RenderedTable {
  head: string;
  body: string;
  columnCount: number;
}

export function renderAmountTable(table: AmountTable, template: AmountTableTemplate): RenderedTable {
  const columns = headerColumns(table, template);
  const { top, bottom, twoRows } = amountHeaders(columns);
  const amounts = (r: AmountRow) => columns.map((c) => money(r.amounts[c.key]));
  const rows = table.empty ? [] : table.rows;
  const name = (r: AmountRow) => td(r.kind === 'total' ? '合计' : r.name, { cls: 'label' });
  /** The column numbering, then each row: its `lead` code and name cells and its amounts. */
  const numberedBody = (lead: number, leadCells: (r: AmountRow) => string[]): string =>
    rows.length
      ? numberingRow(lead, columns.length) +
        rows.map((r) => row([...leadCells(r), ...amounts(r)], ROW_CLASS[r.kind])).join('')
      : emptyBody(lead + columns.length);

  if (table.classification === 'functional') {
    const head =
      row([th('科目编码', { colspan: 3 }), th('功能科目', { rowspan: 2, cls: 'label' }), ...top]) +
      row([th('类'), th('款'), th('项'), ...bottom]);
    const body = numberedBody(4, (r) => [...functionalCodeCells(r), name(r)]);
    return { head, body, columnCount: 4 + columns.length };
  }

  if (table.classification === 'economic' && template.layout === 'paired') {
    // Two rows side by side, as the final accounts print them: personnel on the left, the rest on the right.
    // Each side's total on the last line, as printed.
    const split = rows.findIndex((r) => r.kind === 'total');
    const leftRows = split < 0 ? rows : rows.slice(0, split);
    const rest = split < 0 ? [] : rows.slice(split + 1);
    const rightTotal = rest.at(-1)?.kind === 'total' ? rest.at(-1) : undefined;
    const rightRows = rightTotal ? rest.slice(0, -1) : rest;
    const height = Math.max(leftRows.length, rightRows.length);
    const pad = (xs: AmountRow[], total: AmountRow | undefined) => [
      ...xs,
      ...Array<undefined>(height - xs.length).fill(undefined),
      ...(split < 0 ? [] : [total]),
    ];
    const left = pad(leftRows, split < 0 ? undefined : rows[split]);
    const right = pad(rightRows, rightTotal);
    const half = (r: AmountRow | undefined) =>
      r
        ? [td(r.kind === 'total' ? '' : r.code, { cls: 'code' }), td(r.name, { cls: 'label' }), ...amounts(r)]
        : [td(''), td(''), ...columns.map(() => td(''))];
    const caption = [
      th('经济科目编码'),
      th('经济科目名称', { cls: 'label' }),
      ...columns.map((c) => th(c.label)),
    ];
    const head = row([...caption, ...caption]);
    const count = 2 * (2 + columns.length);
    const body = rows.length
      ? left
          .map((l, i) => row([...half(l), ...half(right[i])], l?.kind === 'total' ? 'row-total' : undefined))
          .join('')
      : emptyBody(count);
    return { head, body, columnCount: count };
  }

  if (table.classification === 'total') {
    // One row of figures under grouped captions (Shanghai's 三公 and 机关运行经费 table).
    const head = row(top) + (twoRows ? row(bottom) : '');
    const body = table.rows.length
      ? table.rows.map((r) => row(amounts(r), 'row-total')).join('')
      : emptyBody(columns.length);
    return { head, body, columnCount: columns.length };
  }

  if (table.classification === 'economic') {
    const span = twoRows ? 2 : 1;
    const head =
      row([
        th('经济科目编码', { rowspan: span }),
        th('经济科目名称', { rowspan: span, cls: 'label' }),
        ...top,
      ]) + (twoRows ? row(bottom) : '');
    const body = numberedBody(2, (r) => [td(r.kind === 'total' ? '' : r.code, { cls: 'code' }), name(r)]);
    return { head, body, columnCount: 2 + columns.length };
  }

  // Rows are units (三公): one group header over all amount columns, as printed.
  const head =
    row([
      th('部门名称', { rowspan: 2, cls: 'label' }),
      th('“三公”经费预算数（财政拨款）', { colspan: columns.length }),
    ]) + row(columns.map((c) => th(c.label)));
  const count = 1 + columns.length;
  const body = rows.length
    ? rows.map((r) => row([name(r), ...amounts(r)], ROW_CLASS[r.kind])).join('')
    : emptyBody(count);
  return { head, body, columnCount: count };
}
