// A table as a grid of cells, built by pure layout functions (one per table shape) and drawn by one
// React component: header rows, body rows with the source line they came from (findings are pinned
// to it) and cells that may span rows and columns. Mirrors the official layout of publishers/html.
import type { AmountJson } from '../model/json';
import type { EditField } from './edit-fields';

export interface Cell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  /** 'num' (right-aligned amount), 'code', 'label', 'center', 'level', 'text' (long prose). */
  cls?: string;
  /** The amount shown, for "where did this figure come from". */
  amount?: AmountJson | null;
  /** For header cells: the column's scope. */
  header?: boolean;
  /** The model path of the value (for edits), e.g. `tables.income.rows[3].amounts.total`. */
  path?: string;
  /** What editing the value takes (amounts without it are edited as amounts). */
  edit?: EditField;
  /** For a text cell with a path: the value as the model holds it, and where it was read from. */
  value?: string;
  source?: { line: number; column?: number };
  /** What a reviewer's comment on the cell is pinned to. */
  target?: { table?: string; row?: string; column?: string; project?: string; indicator?: string };
}

export interface GridRow {
  cells: Cell[];
  /** The source line the row was read from. */
  line?: number;
  /** 'total', 'class', 'section', 'item', 'unit', 'subitem', 'numbering'. */
  cls?: string;
}

export interface Grid {
  head: GridRow[];
  body: GridRow[];
  columnCount: number;
  /** Minimum width in px so that wide tables scroll instead of squeezing their text. */
  minWidth?: number;
}

export const th = (text: string, o: Omit<Cell, 'text' | 'header'> = {}): Cell => ({
  text,
  header: true,
  ...o,
});
export const td = (text: string | null | undefined, o: Omit<Cell, 'text'> = {}): Cell => ({
  text: text ?? '',
  ...o,
});
export const money = (
  amount: AmountJson | null | undefined,
  o: Omit<Cell, 'text' | 'amount'> = {},
): Cell => ({
  text: '',
  amount: amount ?? null,
  ...o,
  cls: o.cls ? `num ${o.cls}` : 'num',
});

/** The body of an empty table: one row across all columns. */
export const emptyBody = (columns: number): GridRow[] => [
  { cells: [td('本表无数据', { colSpan: columns, cls: 'empty' })] },
];

export const EMPTY_NOTE = '注：空表表示本部门无相关收支情况。';
