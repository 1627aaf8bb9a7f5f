// Workbooks (XLSX, from Excel, WPS or yusuan itself): each visible sheet's rows become lines of cells
// with their addresses, sheets following each other with a blank line between. Reading a workbook is
// asynchronous (ExcelJS, loaded by the caller only when a workbook comes in).

import ExcelJS from 'exceljs';
import { toLine } from '../../lines.js';
import type { SourceLine } from '../../lines.js';
import type { ReadResult } from '../source-document.js';
import { sheetLines } from './sheet-lines.js';

export async function readWorkbook(bytes: Uint8Array): Promise<ReadResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    return {
      ok: false,
      error: { code: 'damaged-file', message: 'XLSX 工作簿无法读取（文件损坏，或不是 Excel 工作簿）' },
    };
  }
  const lines: SourceLine[] = [];
  let sheets = 0;
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    sheets++;
    lines.push(...sheetLines(ws, lines.length + 1));
    lines.push(toLine('', lines.length + 1));
  }
  return { ok: true, source: { format: 'xlsx', encoding: 'xlsx', lines, pageCount: sheets } };
}
