// Two-sided statements (部门收支总表, 财政拨款收支总表) as printed (publishers/html/balance-table.ts):
// income left, expenditure right; subtotals and totals on the same line; within each stretch between
// them, item i of one side beside item i of the other (an item with its sub-items counts as one).
import type { BalanceEntryJson, BalanceTableJson } from '../model/json';
import type { Cell, Grid, GridRow } from './grid';
import { emptyBody, money, td, th } from './grid';

type Segment = BalanceEntryJson[];
interface Zone {
  segments: Segment[];
  anchor: BalanceEntryJson | null;
}

function zones(entries: readonly BalanceEntryJson[]): Zone[] {
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

export function alignSides(
  income: readonly BalanceEntryJson[],
  expenditure: readonly BalanceEntryJson[],
): [BalanceEntryJson | null, BalanceEntryJson | null][] {
  const a = zones(income);
  const b = zones(expenditure);
  const lines: [BalanceEntryJson | null, BalanceEntryJson | null][] = [];
  for (let z = 0; z < Math.max(a.length, b.length); z++) {
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

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const chineseNumeral = (n: number): string =>
  n >= 1 && n <= 10 ? (CN[n - 1] ?? String(n)) : n < 20 ? '十' + (CN[n - 11] ?? '') : String(n);
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．]/;

/** Labels with the printed numbering: items 一、二、…, sub-items 1、2、… under each item. */
export function numberedLabels(entries: readonly BalanceEntryJson[]): Map<BalanceEntryJson, string> {
  const labels = new Map<BalanceEntryJson, string>();
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

export function balanceTableGrid(table: BalanceTableJson): Grid {
  const inCols = table.columns.income;
  const outCols = table.columns.expenditure;
  const head: GridRow[] = [
    { cells: [th('收入', { colSpan: 1 + inCols.length }), th('支出', { colSpan: 1 + outCols.length })] },
    {
      cells: [
        th('项目', { cls: 'label' }),
        ...inCols.map((c) => th(c.label)),
        th('项目', { cls: 'label' }),
        ...outCols.map((c) => th(c.label)),
      ],
    },
  ];
  const count = 2 + inCols.length + outCols.length;
  const minWidth = 2 * 220 + (inCols.length + outCols.length) * 110;
  if (table.empty || (table.income.length === 0 && table.expenditure.length === 0))
    return { head, body: emptyBody(count), columnCount: count, minWidth };
  const labels = new Map([...numberedLabels(table.income), ...numberedLabels(table.expenditure)]);
  const at = (e: BalanceEntryJson) => {
    const s = table.income.includes(e) ? 'income' : 'expenditure';
    return `tables.${table.id}.${s}[${table[s].indexOf(e)}]`;
  };
  const side = (e: BalanceEntryJson | null, cols: readonly { key: string; label: string }[]): Cell[] =>
    e
      ? [
          td(labels.get(e) ?? e.label, { cls: `label ${e.role}` }),
          ...cols.map((c) =>
            money(e.amounts[c.key], {
              path: `${at(e)}.amounts.${c.key}`,
              target: { table: table.name, row: e.label, column: c.label },
            }),
          ),
        ]
      : [td('', { cls: 'label' }), ...cols.map(() => td(''))];
  const body = alignSides(table.income, table.expenditure).map(([l, r]): GridRow => {
    const total = [l?.role, r?.role].some((x) => x === 'total' || x === 'subtotal');
    const line = (l ?? r)?.source.line;
    return {
      cells: [...side(l, inCols), ...side(r, outCols)],
      ...(line !== undefined ? { line } : {}),
      ...(total ? { cls: 'total' } : {}),
    };
  });
  return { head, body, columnCount: count, minWidth };
}
