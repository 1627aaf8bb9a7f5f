// Importing XLSX workbooks (at least those yusuan writes; published workbooks of the same layout
// too): each sheet becomes the tab-separated lines of the text form, sheets follow each other with
// a blank line between, and the text importer reads the result. Reading a workbook is asynchronous
// (ExcelJS), so this is a separate entry from the synchronous `importDocument`.

import ExcelJS from 'exceljs';
import { importText } from '../index.js';
import type { ImportOptions, ImportResult } from '../index.js';
import { sheetLines } from './sheet-lines.js';

/** True for the bytes of a ZIP container (XLSX): the local file header magic "PK\x03\x04". */
export function isXlsx(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/** The workbook's sheets as one text in the text importer's line form. */
export async function workbookText(bytes: Uint8Array): Promise<string | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    return null;
  }
  const lines: string[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    lines.push(...sheetLines(ws), '');
  }
  return lines.join('\n');
}

export async function importXlsx(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const text = await workbookText(bytes);
  if (text === null) {
    return {
      ok: false,
      error: { code: 'binary-data', message: 'XLSX 工作簿无法读取（文件损坏，或不是 Excel 工作簿）' },
    };
  }
  return importText(text, options, 'xlsx');
}
