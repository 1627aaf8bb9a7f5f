// Reading documents from the file system: the effectful edge around the pure importer.

import { readFile, stat } from 'node:fs/promises';
import type { BudgetDocument } from '../core/model/document.js';
import { importDocument } from '../importers/index.js';
import type { ImportFailureCode } from '../importers/index.js';
import { importXlsx, isXlsx } from '../importers/xlsx/index.js';

export type LoadFailureCode = 'file-not-found' | 'file-unreadable' | 'is-directory' | ImportFailureCode;

export interface LoadFailure {
  code: LoadFailureCode;
  /** Chinese, one line. */
  message: string;
}

export type LoadResult =
  { ok: true; file: string; document: BudgetDocument } | { ok: false; file: string; error: LoadFailure };

export async function loadDocument(file: string): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return fail(file, 'is-directory', `是目录而不是文件：${file}`);
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(file, 'file-not-found', `文件不存在：${file}`);
    return fail(file, 'file-unreadable', `无法读取文件：${file}（${code ?? '未知原因'}）`);
  }
  // XLSX workbooks are read asynchronously (ExcelJS); text files by the synchronous importer.
  const r = isXlsx(bytes) ? await importXlsx(bytes, { file }) : importDocument(bytes, { file });
  if (!r.ok) return fail(file, r.error.code, `${r.error.message}：${file}`);
  return { ok: true, file, document: r.document };
}

function fail(file: string, code: LoadFailureCode, message: string): LoadResult {
  return { ok: false, file, error: { code, message } };
}
