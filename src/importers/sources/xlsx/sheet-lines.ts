// A worksheet as lines of cells, one line per row, each cell with its address. A row that is one text
// across the table — its only value in the first column, merged over the columns to its right, or any
// row of a one-column sheet, or a lone caption that reads as one (a title ending in 表, 部门名称：,
// 单位：, 注：) — is a plain line; every other row is a table row: its cells in column order, a merged
// cell's value in its first cell and blanks under it (as the text conversions print merged headers).

import type { Worksheet } from 'exceljs';
import { toLine } from '../../lines.js';
import type { SourceLine } from '../../lines.js';
import { cellText } from './cell-text.js';

/**
 * The text of the cell at (row, col), or '' for a cell covered by another cell's merge; `spansRow`
 * when the cell is merged over most of the sheet's width (a title or note printed across the table).
 */
function cellAt(ws: Worksheet, row: number, col: number, width: number): { text: string; spansRow: boolean } {
  const cell = ws.getCell(row, col);
  if (cell.isMerged && cell.master.address !== cell.address) return { text: '', spansRow: false };
  const text = cellText(cell.value, cell.numFmt).replace(/\r\n?/g, '\n').replace(/\t+/g, ' ');
  const right = col + 1 <= width ? ws.getCell(row, col + 1) : null;
  const spansRow =
    cell.isMerged &&
    right !== null &&
    right.isMerged &&
    right.master.address === cell.address &&
    mergedTo(ws, row, col, width) >= width * 0.75;
  return { text, spansRow };
}

/** How many cells of the row hold a value (merged cells count once). */
function filledCells(ws: Worksheet, row: number, width: number): number {
  let n = 0;
  for (let c = 1; c <= width; c++) if (cellAt(ws, row, c, width).text.trim() !== '') n++;
  return n;
}

/** The last column (1-based) the merge starting at (row, col) covers. */
function mergedTo(ws: Worksheet, row: number, col: number, width: number): number {
  const master = ws.getCell(row, col).address;
  let last = col;
  while (last + 1 <= width && ws.getCell(row, last + 1).master.address === master) last++;
  return last;
}

/** Lines that are captions even when a workbook does not merge them across the table. */
const CAPTION =
  /(?:表|绩效目标|情况说明)$|^(?:部门名称|编制部门|编制单位|(?:金额)?单位|注|填报单位(?:（盖章）)?|单位负责人)\s*[:：]/;

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The row's cells as printed, before cleaning: a plain line is one cell, a table row its columns.
 * `width` is the sheet's column count (ExcelJS counts it anew on every call: pass it once).
 */
export function rowTexts(ws: Worksheet, r: number, width = ws.columnCount, prose = false): string[] {
  const cells = Array.from({ length: width }, (_, i) => cellAt(ws, r, i + 1, width));
  let last = cells.length - 1;
  while (last >= 0 && cells[last]?.text === '') last--;
  const first = cells[0];
  if (last < 0) return [''];
  // A sheet of text (a cover, the contents, the explanation) is read as lines of text.
  if (prose) return [cells.find((c) => c.text !== '')?.text ?? ''];
  if (last === 0 && first && (width === 1 || first.spansRow || CAPTION.test(first.text.trim())))
    return [first.text];
  return cells.slice(0, Math.max(last + 1, 2)).map((c) => c.text);
}

/**
 * The sheet's rows as source lines numbered from `firstLine`: cleaned as the text reader cleans
 * lines, each cell with its address, the line with its sheet.
 */
export function sheetLines(ws: Worksheet, firstLine: number): SourceLine[] {
  const lines: SourceLine[] = [];
  const width = ws.columnCount;
  let rows = ws.rowCount;
  // Rows that only carry formatting at the sheet's end are not part of it.
  while (rows > 0 && rowTexts(ws, rows, width).every((t) => t === '')) rows--;
  // A sheet none of whose rows holds two values is text, not a table.
  let prose = true;
  for (let r = 1; r <= rows && prose; r++) if (filledCells(ws, r, width) > 1) prose = false;
  for (let r = 1; r <= rows; r++) {
    const texts = rowTexts(ws, r, width, prose);
    // A text cell of several lines (the explanation written into one merged cell) is read line by line.
    const parts =
      texts.length === 1
        ? (texts[0] ?? '').split('\n')
        : [texts.map((t) => t.replace(/\n+/g, ' ')).join('\t')];
    for (const part of parts) {
      const line = toLine(part, firstLine + lines.length);
      for (const c of line.cells) c.address = `${columnLetters(c.column)}${r}`;
      line.sheet = ws.name;
      lines.push(line);
    }
  }
  return lines;
}
