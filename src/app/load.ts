// Reading documents from the file system: the effectful edge around the pure importer. The bytes are
// read here and given to the one import entry (importBytes), with the effects some formats need: the
// pdfjs data files from the installed package, LibreOffice for legacy .xls workbooks.

import { readFile, stat } from 'node:fs/promises';
import type { BudgetDocument } from '../core/model/document.js';
import { importBytes } from '../importers/index.js';
import type { ImportFailureCode, ImportPorts } from '../importers/index.js';
import type { SourceLine } from '../importers/lines.js';
import { convertLegacyWorkbook } from '../platform/libreoffice.js';
import { readPdfData } from '../platform/pdf-data.js';

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
      /** The text the document was read from (decoded text, or a workbook's or PDF's lines). */
      sourceText: string;
      /** The lines it was read from, with their positions (PDF page and box, XLSX sheet and cell). */
      sourceLines: readonly SourceLine[];
    }
  | { ok: false; file: string; error: LoadFailure };

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

/** The effects the importer may need, from this machine. */
export const IMPORT_PORTS: ImportPorts = { pdfData: readPdfData, convertLegacyWorkbook };

/** Imports bytes already read: text in any supported encoding, a workbook (XLSX, XLS) or a PDF. */
export async function loadBytes(file: string, bytes: Uint8Array): Promise<LoadResult> {
  const imported = await importBytes(bytes, { fileName: file, ports: IMPORT_PORTS });
  if (!imported.ok) return fail(file, imported.error.code, `${imported.error.message}：${file}`);
  const sourceText = imported.lines.map((l) => l.raw).join('\n');
  return { ok: true, file, document: imported.document, sourceText, sourceLines: imported.lines };
}

export async function loadDocument(file: string): Promise<LoadResult> {
  const read = await readSource(file);
  if (!read.ok) return { ok: false, file, error: read.error };
  return loadBytes(file, read.bytes);
}

function fail(file: string, code: LoadFailureCode, message: string): LoadResult {
  return { ok: false, file, error: { code, message } };
}
