// Two-sided statements (部门收支总表, 财政拨款收支总表): income on the left, expenditure on the
// right, lined up as printed — subtotals (本年收入合计 / 本年支出合计) and totals (收入总计 / 支出总计)
// on the same line, and within each stretch between them, item i of one side beside item i of the
// other (an item with its sub-items counts as one, so 上年结转 meets 结转下年).

import type { BalanceEntry, BalanceTable } from '../../core/model/tables.js';
import type { BalanceTableTemplate } from '../../core/templates/template.js';
import { chineseNumeral } from '../../core/text.js';
import type { RenderedTable } from './amount-table.js';
import { emptyBody, money, row, td, th } from './table-kit.js';

type Segment = BalanceEntry[];
interface Zone {
  segments: Segment[];
  /** The subtotal or total closing the zone, if any. */
  anchor: BalanceEntry | null;
}

function zones(entries: readonly BalanceEntry[]): Zone[] {
  const result: Zone[] = [];
  let segments: Segment[] = [];
  for (const e of entries) {
    if (e.role === 'subtotal' || e.role === 'total') {
      result.push({ segments, anchor: e });
      segments = [];
    } else if (e.role === 'subitem' && segments.length) {
      segments[segments.length - 1]?.push(e);
    } else {
      segments.push([e]);
    }
  }
  if (segments.length) result.push({ segments, anchor: null });
  return result;
}

/** Pairs of (income, expenditure) entries per printed line. */
export function alignSides(
  income: readonly BalanceEntry[],
  expenditure: readonly BalanceEntry[],
): [BalanceEntry | null, BalanceEntry | null][] {
  const a = zones(income);
  const b = zones(expenditure);
  // Zones pair up in order: the first subtotal with the first subtotal, the totals together.
  const lines: [BalanceEntry | null, BalanceEntry | null][] = [];
  const n = Math.max(a.length, b.length);
  for (let z = 0; z < n; z++) {
    const za = a[z];
    const zb = b[z];
    const segs = Math.max(za?.segments.length ?? 0, zb?.segments.length ?? 0);
    for (let s = 0; s < segs; s++) {
      const sa = za?.segments[s] ?? [];
      const sb = zb?.segments[s] ?? [];
      for (let i = 0; i < Math.max(sa.length, sb.length); i++) lines.push([sa[i] ?? null, sb[i] ?? null]);
    }
    if (za?.anchor || zb?.anchor) lines.push([za?.anchor ?? null, zb?.anchor ?? null]);
  }
  return lines;
}

const NUMBERED = /^\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．]/;

/** Labels with the printed numbering: items 一、二、… in order, sub-items 1、2、… under each item. */
export function numberedLabels(entries: readonly BalanceEntry[]): Map<BalanceEntry, string> {
  const labels = new Map<BalanceEntry, string>();
  let item = 0;
  let sub = 0;
  for (const e of entries) {
    let prefix = '';
    if (e.role === 'item') {
      item++;
      sub = 0;
      prefix = `${chineseNumeral(item)}、`;
    } else if (e.role === 'subitem') {
      sub++;
      prefix = `${sub}、`;
    }
    labels.set(e, NUMBERED.test(e.label) ? e.label : prefix + e.label);
  }
  return labels;
}

const ROLE_CLASS: Record<BalanceEntry['role'], string> = {
  item: 'row-item',
  subitem: 'row-subitem',
  subtotal: 'row-total',
  total: 'row-total',
};

export function renderBalanceTable(table: BalanceTable, template: BalanceTableTemplate): RenderedTable {
  const inCols = table.columns.income.length ? table.columns.income : [...template.incomeColumns];
  const outCols = table.columns.expenditure.length
    ? table.columns.expenditure
    : [...template.expenditureColumns];
  const head =
    row([th('收入', { colspan: 1 + inCols.length }), th('支出', { colspan: 1 + outCols.length })]) +
    row([
      th('项目', { cls: 'label' }),
      ...inCols.map((c) => th(c.label)),
      th('项目'),
      ...outCols.map((c) => th(c.label)),
    ]);
  const count = 2 + inCols.length + outCols.length;
  if (table.empty || (table.income.length === 0 && table.expenditure.length === 0)) {
    return { head, body: emptyBody(count), columnCount: count };
  }
  const labels = new Map([...numberedLabels(table.income), ...numberedLabels(table.expenditure)]);
  const side = (e: BalanceEntry | null, cols: readonly { key: string }[], label: boolean): string[] =>
    e
      ? [
          td(labels.get(e) ?? e.label, { cls: label ? `label ${e.role}` : e.role }),
          ...cols.map((c) => money(e.amounts[c.key])),
        ]
      : [td('', label ? { cls: 'label' } : {}), ...cols.map(() => td(''))];
  const body = alignSides(table.income, table.expenditure)
    .map(([l, r]) => {
      const total =
        l?.role === 'total' || r?.role === 'total' || l?.role === 'subtotal' || r?.role === 'subtotal';
      return row(
        [...side(l, inCols, true), ...side(r, outCols, false)],
        total ? ROLE_CLASS.total : undefined,
      );
    })
    .join('');
  return { head, body, columnCount: count };
}
