// Grids of the amount-bearing standard tables (tables 1–8): the two-sided balance statements and
// the tables of amounts by classification or unit, laid out as the Hunan documents print them —
// caption lines, header rows (with their merged captions), one row per model row, the note.

import type {
  AmountRow,
  AmountTable,
  BalanceEntry,
  BalanceTable,
  TableBase,
} from '../../core/model/tables.js';
import type { AmountTableTemplate, ColumnTemplate } from '../../core/templates/template.js';
import { amountCell, EMPTY, emptyCells, padRow, textCell, textCells, zeroCell } from './cells.js';
import type { Grid, GridCell, GridMerge } from './types.js';

/** Title, 部门名称 and 单位 lines of a standard table. */
function tableCaption(table: TableBase): string[] {
  const lines = [table.title.value];
  const label = table.headings?.[0]?.department?.label ?? '部门名称';
  if (table.department !== null) lines.push(`${label}：${table.department}`);
  if (table.unit !== null) lines.push(`单位：${table.unit}`);
  return lines;
}

/** A standard table's grid: its caption lines above and its note below the given cells. */
export function tableGrid(
  table: TableBase,
  sheet: string,
  cells: Pick<Grid, 'header' | 'body' | 'merges' | 'widths' | 'landscape'>,
): Grid {
  return {
    sheet,
    caption: tableCaption(table),
    header: cells.header,
    body: cells.body,
    merges: cells.merges,
    notes: table.note ? [table.note.value] : [],
    widths: cells.widths,
    landscape: cells.landscape,
  };
}

// --- balance statements (部门收支总表, 财政拨款收支总表) ---------------------------------------------

/**
 * Entries in sections (split at 本年…合计 and 总计, which stand on a row of their own) of blocks
 * (an item with its sub-items). Pairing sections and blocks of the two sides puts 本年收入合计 beside
 * 本年支出合计 and 上年结转 beside 结转下年, as the documents do.
 */
function sections(entries: readonly BalanceEntry[]): BalanceEntry[][][] {
  const out: BalanceEntry[][][] = [];
  let section: BalanceEntry[][] = [];
  for (const e of entries) {
    if (e.role === 'subtotal' || e.role === 'total') {
      if (section.length > 0) out.push(section);
      out.push([[e]]);
      section = [];
    } else if (e.role === 'subitem' && section.length > 0) {
      section[section.length - 1]?.push(e);
    } else {
      section.push([e]);
    }
  }
  if (section.length > 0) out.push(section);
  return out;
}

function pairRows(income: readonly BalanceEntry[], expenditure: readonly BalanceEntry[]) {
  const a = sections(income);
  const b = sections(expenditure);
  const rows: [BalanceEntry | null, BalanceEntry | null][] = [];
  for (let s = 0; s < Math.max(a.length, b.length); s++) {
    const sa = a[s] ?? [];
    const sb = b[s] ?? [];
    for (let k = 0; k < Math.max(sa.length, sb.length); k++) {
      const ba = sa[k] ?? [];
      const bb = sb[k] ?? [];
      for (let r = 0; r < Math.max(ba.length, bb.length); r++) rows.push([ba[r] ?? null, bb[r] ?? null]);
    }
  }
  return rows;
}

function sideCells(e: BalanceEntry | null, columns: readonly { key: string }[]): GridCell[] {
  if (!e) return emptyCells(1 + columns.length);
  return [textCell(e.label), ...columns.map((c) => amountCell(e.amounts[c.key]))];
}

export function balanceGrid(table: BalanceTable, sheet: string): Grid {
  const inc = table.columns.income;
  const exp = table.columns.expenditure;
  const header = [
    [textCell('收入'), ...emptyCells(inc.length), textCell('支出'), ...emptyCells(exp.length)],
    [
      textCell('项目'),
      ...textCells(inc.map((c) => c.label)),
      textCell('项目'),
      ...textCells(exp.map((c) => c.label)),
    ],
  ];
  const merges: GridMerge[] = [
    { row: 0, col: 0, rows: 1, cols: 1 + inc.length },
    { row: 0, col: 1 + inc.length, rows: 1, cols: 1 + exp.length },
  ];
  const body = pairRows(table.income, table.expenditure).map(([i, e]) => [
    ...sideCells(i, inc),
    ...sideCells(e, exp),
  ]);
  const widths = [30, ...inc.map(() => 14), 30, ...exp.map(() => 14)];
  return tableGrid(table, sheet, { header, body, merges, widths, landscape: widths.length > 4 });
}

// --- tables of amounts by classification or unit ---------------------------------------------------

interface Column extends ColumnTemplate {
  /** Whether this is the first column of its group. */
  groupStart: boolean;
}

function columnsOf(table: AmountTable, t: AmountTableTemplate | undefined): Column[] {
  return table.columns.map((c, i) => {
    const group = t?.columns.find((x) => x.key === c.key)?.group;
    const prevGroup = i > 0 ? t?.columns.find((x) => x.key === table.columns[i - 1]?.key)?.group : undefined;
    return group
      ? { key: c.key, label: c.label, group, groupStart: group !== prevGroup }
      : { ...c, groupStart: false };
  });
}

/** Merges for the header band: the lead captions span both rows, groups span their columns. */
function bandMerges(lead: number, columns: readonly Column[], rows: number): GridMerge[] {
  const merges: GridMerge[] = [];
  columns.forEach((c, i) => {
    const col = lead + i;
    if (!c.group) merges.push({ row: 0, col, rows, cols: 1 });
    else if (c.groupStart) {
      let n = 1;
      while (columns[i + n]?.group === c.group && !columns[i + n]?.groupStart) n++;
      merges.push({ row: 0, col, rows: 1, cols: n });
    }
  });
  return merges;
}

function numberingRow(lead: number, n: number): GridCell[] {
  return [...emptyCells(lead), ...textCells(Array.from({ length: n }, (_, i) => String(i + 1)))];
}

function functionalHeader(columns: readonly Column[]): { header: GridCell[][]; merges: GridMerge[] } {
  const grouped = columns.some((c) => c.group);
  const top = columns.map((c) => (c.group ? (c.groupStart ? c.group : '') : c.label));
  if (grouped) {
    return {
      header: [
        textCells(['类', '款', '项', '功能科目', ...top]),
        textCells(['', '', '', '', ...columns.map((c) => (c.group ? c.label : ''))]),
        numberingRow(4, columns.length),
      ],
      merges: [0, 1, 2, 3]
        .map((col) => ({ row: 0, col, rows: 2, cols: 1 }))
        .concat(bandMerges(4, columns, 2)),
    };
  }
  return {
    header: [
      textCells(['科目编码', '', '', '功能科目', ...top]),
      textCells(['类', '款', '项', '', ...columns.map(() => '')]),
      numberingRow(4, columns.length),
    ],
    merges: [
      { row: 0, col: 0, rows: 1, cols: 3 },
      { row: 0, col: 3, rows: 2, cols: 1 },
      ...bandMerges(4, columns, 2),
    ],
  };
}

/**
 * 类/款/项 cells of a functional row. A 款 row leaves 类 blank (the documents' habit) only when the
 * row above is of the same 类, so that the inherited code is the right one.
 */
function functionalCodeCells(row: AmountRow, previousClass: string | null): string[] {
  const c = row.code;
  if (row.kind === 'total' || !c) return ['', '', ''];
  if (c.length === 3) return [c, '', ''];
  if (c.length === 5) return [previousClass === c.slice(0, 3) ? '' : c.slice(0, 3), c.slice(3, 5), ''];
  if (c.length === 7) return [c.slice(0, 3), c.slice(3, 5), c.slice(5, 7)];
  return [c, '', ''];
}

const UNIT_GROUP: Record<string, string> = { 'three-public': '三公经费预（决）算数（财政拨款）' };

export function amountGrid(table: AmountTable, t: AmountTableTemplate | undefined, sheet: string): Grid {
  const columns = columnsOf(table, t);
  const amounts = (r: AmountRow) => columns.map((c) => amountCell(r.amounts[c.key]));
  let header: GridCell[][];
  let merges: GridMerge[];
  let body: GridCell[][];
  let lead: number;
  let widths: number[];
  if (table.classification === 'functional') {
    ({ header, merges } = functionalHeader(columns));
    lead = 4;
    let previousClass: string | null = null;
    body = table.rows.map((r) => {
      const codes = functionalCodeCells(r, previousClass);
      previousClass = r.code && r.kind !== 'total' ? r.code.slice(0, 3) : null;
      return [...textCells(codes), textCell(r.name), ...amounts(r)];
    });
    widths = [6, 5, 5, 32, ...columns.map(() => 14)];
  } else if (table.classification === 'economic' && t?.layout === 'paired') {
    // Two rows side by side, as printed: the rows up to the first total on the left, the rest on the
    // right, each side's total on the last line.
    const split = table.rows.findIndex((r) => r.kind === 'total');
    const leftRows = split < 0 ? table.rows : table.rows.slice(0, split);
    const leftTotal = split < 0 ? undefined : table.rows[split];
    const rest = split < 0 ? [] : table.rows.slice(split + 1);
    const rightTotal = rest.at(-1)?.kind === 'total' ? rest.at(-1) : undefined;
    const rightRows = rightTotal ? rest.slice(0, -1) : rest;
    const height = Math.max(leftRows.length, rightRows.length);
    const left = [...leftRows, ...Array<undefined>(height - leftRows.length).fill(undefined), leftTotal];
    const right = [...rightRows, ...Array<undefined>(height - rightRows.length).fill(undefined), rightTotal];
    const half = (r: AmountRow | undefined): GridCell[] =>
      r
        ? [textCell(r.kind === 'total' ? '' : r.code), textCell(r.name), ...amounts(r)]
        : emptyCells(2 + columns.length);
    const caption = ['经济科目编码', '经济科目名称', ...columns.map((c) => c.label)];
    header = [textCells([...caption, ...caption])];
    merges = [];
    lead = 2;
    body = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [
      ...half(left[i]),
      ...half(right[i]),
    ]);
    widths = [14, 32, ...columns.map(() => 14), 14, 32, ...columns.map(() => 14)];
    const width = 2 * (lead + columns.length);
    return tableGrid(table, sheet, {
      header: header.map((r) => padRow(r, width)),
      body: body.map((r) => padRow(r, width)),
      merges,
      widths,
      landscape: true,
    });
  } else if (table.classification === 'total') {
    // One row of figures under grouped captions (Shanghai's 三公 and 机关运行经费 table).
    header = [
      textCells(columns.map((c) => (c.group ? (c.groupStart ? c.group : '') : c.label))),
      textCells(columns.map((c) => (c.group ? c.label : ''))),
    ];
    merges = bandMerges(0, columns, 2);
    lead = 0;
    body = table.rows.map((r) => amounts(r));
    widths = columns.map(() => 16);
  } else if (table.classification === 'economic') {
    header = [
      textCells(['经济科目编码', '经济科目名称', ...columns.map((c) => c.label)]),
      numberingRow(2, columns.length),
    ];
    merges = [];
    lead = 2;
    body = table.rows.map((r) => [
      textCell(r.kind === 'total' ? '' : r.code),
      textCell(r.name),
      ...amounts(r),
    ]);
    widths = [14, 32, ...columns.map(() => 14)];
  } else {
    const group = UNIT_GROUP[table.id] ?? table.name;
    header = [
      [textCell('部门名称'), textCell(group), ...emptyCells(columns.length - 1)],
      [EMPTY, ...textCells(columns.map((c) => c.label))],
    ];
    merges = [
      { row: 0, col: 0, rows: 2, cols: 1 },
      { row: 0, col: 1, rows: 1, cols: columns.length },
    ];
    lead = 1;
    body = table.rows.map((r) => [textCell(r.name), ...amounts(r)]);
    widths = [32, ...columns.map(() => 16)];
  }
  // An empty table prints its zero row, as the documents do — except one whose only row is its totals.
  if (body.length === 0 && table.empty && lead > 0)
    body = [[...emptyCells(lead), ...columns.map(() => zeroCell())]];
  const width = lead + columns.length;
  return tableGrid(table, sheet, {
    header: header.map((r) => padRow(r, width)),
    body: body.map((r) => padRow(r, width)),
    merges,
    widths,
    landscape: width > 6,
  });
}
