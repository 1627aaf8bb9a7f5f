// One grid written to one worksheet: the caption merged across the table's width (title in bold),
// header rows with their merged captions, body rows with borders, figures as numbers under a number
// format that prints the document's text, long text wrapped, the header band frozen and repeated on
// every printed page, A4 fitted to the page width.

import type { Alignment, Border, Borders, Cell, Worksheet } from 'exceljs';
import type { Grid, GridCell } from '../grid/index.js';

const THIN: Partial<Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } } as const;
const LINE_HEIGHT = 15;

/** Display width of text in character cells: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

/** Lines a text needs in a column `width` characters wide (Excel does not size wrapped rows itself). */
function linesNeeded(text: string, width: number): number {
  return Math.max(1, Math.ceil(displayWidth(text) / Math.max(1, width - 1)));
}

function writeCell(cell: Cell, c: GridCell, header: boolean): void {
  if (c.value !== undefined && c.numFmt !== undefined) {
    cell.value = c.value.toNumber();
    cell.numFmt = c.numFmt;
  } else if (c.text !== '') {
    cell.value = c.text;
  }
  const alignment: Partial<Alignment> = header
    ? { horizontal: 'center', vertical: 'middle', wrapText: true }
    : c.value !== undefined
      ? { horizontal: 'right', vertical: 'middle' }
      : { vertical: 'middle', wrapText: true };
  cell.alignment = alignment;
  cell.border = BORDERS;
  if (header) {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  }
}

/** A line of text across the table: merged over `width` columns so that it reads back as one line. */
function writeLine(
  ws: Worksheet,
  row: number,
  width: number,
  text: string,
  style: 'title' | 'caption' | 'note',
): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  if (width > 1) ws.mergeCells(row, 1, row, width);
  cell.font = style === 'title' ? { bold: true, size: 14 } : { size: 10 };
  cell.alignment = { horizontal: style === 'title' ? 'center' : 'left', vertical: 'middle', wrapText: true };
  const total = ws.columns.slice(0, width).reduce((s, c) => s + (c.width ?? 10), 0);
  ws.getRow(row).height = (style === 'title' ? 22 : LINE_HEIGHT) * linesNeeded(text, total);
}

export function writeGrid(ws: Worksheet, g: Grid): void {
  const rows = [...g.header, ...g.body];
  const width = Math.max(g.widths.length, ...rows.map((r) => r.length));
  ws.columns = Array.from({ length: width }, (_, i) => ({ width: g.widths[i] ?? 12 }));
  let r = 1;
  g.caption.forEach((line, i) => writeLine(ws, r++, width, line, i === 0 ? 'title' : 'caption'));
  const first = r;
  rows.forEach((cells, i) => {
    const header = i < g.header.length;
    const row = ws.getRow(first + i);
    let lines = 1;
    for (let j = 0; j < width; j++) {
      const c = cells[j] ?? { text: '' };
      writeCell(row.getCell(j + 1), c, header);
      if (c.value === undefined && c.text !== '')
        lines = Math.max(lines, linesNeeded(c.text, g.widths[j] ?? 12));
    }
    if (!header) row.height = LINE_HEIGHT * Math.min(lines, 30);
  });
  for (const m of g.merges) {
    ws.mergeCells(first + m.row, m.col + 1, first + m.row + m.rows - 1, m.col + m.cols);
  }
  r = first + rows.length;
  for (const n of g.notes) writeLine(ws, r++, width, n, 'note');

  const headerEnd = first + g.header.length - 1;
  if (g.header.length > 0) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerEnd }];
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: g.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(g.header.length > 0 ? { printTitlesRow: `${first}:${headerEnd}` } : {}),
  };
  ws.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
}

/** Plain lines in one wide column (the 说明 and 审核提示 sheets): headings bold, paragraphs wrapped. */
export function writeLines(
  ws: Worksheet,
  lines: readonly string[],
  width: number,
  bold: (line: string) => boolean,
): void {
  // A line with tabs is a small table in the text (the units a section lists): its cells in columns,
  // and every other line merged across them so that it reads back as one line of text.
  const columns = Math.max(1, ...lines.map((l) => l.split('\t').length));
  ws.columns =
    columns === 1
      ? [{ width }]
      : [{ width: Math.round(width / 2) }, ...Array.from({ length: columns - 1 }, () => ({ width: 24 }))];
  lines.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    const parts = line.split('\t');
    parts.forEach((part, k) => {
      const cell = row.getCell(k + 1);
      if (part !== '') cell.value = part;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    if (bold(line)) row.getCell(1).font = { bold: true, size: 12 };
    if (parts.length === 1 && columns > 1) ws.mergeCells(i + 1, 1, i + 1, columns);
    row.height = LINE_HEIGHT * linesNeeded(line, width);
  });
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.6, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}
