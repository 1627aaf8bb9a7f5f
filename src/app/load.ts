// Reading documents from the file system: the effectful edge around the pure importer. Text files
// are decoded and imported synchronously; XLSX workbooks are read through ExcelJS, loaded only when
// needed so that the command line starts fast.

import { readFile, stat } from 'node:fs/promises';
import type { BudgetDocument } from '../core/model/document.js';
import { decode } from '../importers/decode.js';
import { failure, importText } from '../importers/index.js';
import type { ImportFailureCode, ImportResult } from '../importers/index.js';

export type LoadFailureCode = 'file-not-found' | 'file-unreadable' | 'is-directory' | ImportFailureCode;

export interface LoadFailure {
  code: LoadFailureCode;
  /** Chinese, one line. */
  message: string;
}

export type LoadResult =
  | {
      ok: true;
      file: string;
      document: BudgetDocument;
      /** The text the document was read from (decoded text, or a workbook's sheets as lines). */
      sourceText: string;
    }
  | { ok: false; file: string; error: LoadFailure };

/** The local file header of a ZIP container (XLSX): "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

export async function readSource(
  file: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: LoadFailure }> {
  try {
    const s = await stat(file);
    if (s.isDirectory())
      return { ok: false, error: { code: 'is-directory', message: `是目录而不是文件：${file}` } };
    return { ok: true, bytes: await readFile(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return { ok: false, error: { code: 'file-not-found', message: `文件不存在：${file}` } };
    return {
      ok: false,
      error: { code: 'file-unreadable', message: `无法读取文件：${file}（${code ?? '未知原因'}）` },
    };
  }
}

/** Imports bytes already read: text in any supported encoding, or an XLSX workbook. */
export async function loadBytes(file: string, bytes: Uint8Array): Promise<LoadResult> {
  let text: string;
  let imported: ImportResult;
  if (isZip(bytes)) {
    const { workbookText } = await import('../importers/xlsx/index.js');
    const t = await workbookText(bytes);
    if (t === null)
      return fail(file, 'binary-data', `XLSX 工作簿无法读取（文件损坏，或不是 Excel 工作簿）：${file}`);
    text = t;
    imported = importText(t, { file }, 'xlsx');
  } else {
    const decoded = decode(bytes);
    if (!decoded.ok) return fail(file, decoded.reason, `${failure(decoded.reason).message}：${file}`);
    text = decoded.text;
    imported = importText(decoded.text, { file }, decoded.encoding);
  }
  if (!imported.ok) return fail(file, imported.error.code, `${imported.error.message}：${file}`);
  return { ok: true, file, document: imported.document, sourceText: text };
}

export async function loadDocument(file: string): Promise<LoadResult> {
  const read = await readSource(file);
  if (!read.ok) return { ok: false, file, error: read.error };
  return loadBytes(file, read.bytes);
}

function fail(file: string, code: LoadFailureCode, message: string): LoadResult {
  return { ok: false, file, error: { code, message } };
}
