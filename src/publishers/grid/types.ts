// The document as grids of cells: the form the text and XLSX publishers share. A grid is one printed
// table or form: caption lines above it (title, 部门名称, 单位), header rows, body rows, notes below.
// A cell holds the text the text form prints; a figure also holds its exact value and the Excel
// number format that prints that same text, so both outputs read back to the same model.

import type { Decimal } from '../../core/decimal.js';

export interface GridCell {
  text: string;
  /** For figures: the exact value (written as a number cell in XLSX). */
  value?: Decimal;
  /** The Excel number format that reproduces `text` from `value`, e.g. '#,##0.00' or '0"万元"'. */
  numFmt?: string;
}

/** A merged block of cells, 0-based, counted over the grid's header rows followed by its body rows. */
export interface GridMerge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Grid {
  /** Sheet name for XLSX (at most 31 characters, unique within the workbook). */
  sheet: string;
  /** Lines above the table; the first is the title. */
  caption: string[];
  header: GridCell[][];
  body: GridCell[][];
  merges: GridMerge[];
  /** Lines under the table (注：…). */
  notes: string[];
  /** Column widths in characters (XLSX). */
  widths: number[];
  /** Print in landscape (wide tables). */
  landscape: boolean;
}

export interface GridDocument {
  /**
   * Plain lines before the tables (department budgets: cover, contents, Part 1; '' is a blank line).
   * Empty for the other kinds.
   */
  preface: string[];
  grids: Grid[];
  /** Plain lines after the tables (the explanation a layout prints after them); absent when none. */
  epilogue?: string[];
}
