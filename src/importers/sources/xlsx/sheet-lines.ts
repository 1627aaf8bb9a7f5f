// A worksheet as lines of cells, one line per row, each cell with its address. A row that is one text
// across the table — its only value in the first column, merged over the columns to its right, or any
// row of a one-column sheet, or a lone caption that reads as one (a title ending in 表, 部门名称：,
// 单位：, 注：) — is a plain line; every other row is a table row: its cells in column order, a merged
// cell's value in its first cell and blanks under it (as the text conversions print merged headers).

import type { Worksheet } from 'exceljs';
import { toLine } from '../../lines.js';
import type { SourceLine } from '../../lines.js';
import { cellText } from './cell-text.js';

/** The text of the cell at (row, col), or '' for a cell covered by another cell's merge. */
function cellAt(ws: Worksheet, row: number, col: number): { text: string; spansRow: boolean } {
  const cell = ws.getCell(row, col);
  if (cell.isMerged && cell.master.address !== cell.address) return { text: '', spansRow: false };
  const text = cellText(cell.value, cell.numFmt)
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\n]+/g, ' ');
  const right = col + 1 <= ws.columnCount ? ws.getCell(row, col + 1) : null;
  const spansRow = cell.isMerged && right !== null && right.isMerged && right.master.address === cell.address;
  return { text, spansRow };
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

/** The row's cells as printed, before cleaning: a plain line is one cell, a table row its columns. */
export function rowTexts(ws: Worksheet, r: number): string[] {
  const width = ws.columnCount;
  const cells = Array.from({ length: width }, (_, i) => cellAt(ws, r, i + 1));
  let last = cells.length - 1;
  while (last >= 0 && cells[last]?.text === '') last--;
  const first = cells[0];
  if (last < 0) return [''];
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
  for (let r = 1; r <= ws.rowCount; r++) {
    const line = toLine(rowTexts(ws, r).join('\t'), firstLine + r - 1);
    for (const c of line.cells) c.address = `${columnLetters(c.column)}${r}`;
    line.sheet = ws.name;
    lines.push(line);
  }
  return lines;
}
