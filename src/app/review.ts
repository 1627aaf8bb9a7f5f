// The review use case: read a file, import it, run the rule catalogue over it, and keep the decoded
// source lines so that adapters can quote the lines a finding points at. Unreadable input is a value
// (a LoadFailure), never a throw, so one bad file does not stop the review of the others.

import { readFile, stat } from 'node:fs/promises';
import type { BudgetDocument } from '../core/model/document.js';
import { decode } from '../importers/decode.js';
import { failure, importText } from '../importers/index.js';
import { lineText, splitLines } from '../importers/lines.js';
import type { ReviewOptions } from '../rules/engine.js';
import { review } from '../rules/engine.js';
import type { Finding } from '../rules/rule.js';
import type { LoadFailure, LoadFailureCode } from './load.js';

export interface ReviewedDocument {
  ok: true;
  file: string;
  document: BudgetDocument;
  findings: Finding[];
  /** Cleaned text of each source line (index 0 is line 1), cells separated by " | ". */
  sourceLines: string[];
}

export type ReviewResult = ReviewedDocument | { ok: false; file: string; error: LoadFailure };

function fail(file: string, code: LoadFailureCode, message: string): ReviewResult {
  return { ok: false, file, error: { code, message } };
}

async function readBytes(file: string): Promise<Uint8Array | LoadFailure> {
  try {
    const s = await stat(file);
    if (s.isDirectory()) return { code: 'is-directory', message: `是目录而不是文件：${file}` };
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { code: 'file-not-found', message: `文件不存在：${file}` };
    return { code: 'file-unreadable', message: `无法读取文件：${file}（${code ?? '未知原因'}）` };
  }
}

/** Reviews one document already in memory (the pure part, used by reviewFile and by tests). */
export function reviewBytes(file: string, bytes: Uint8Array, options: ReviewOptions = {}): ReviewResult {
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const f = failure(decoded.reason);
    return fail(file, f.code, `${f.message}：${file}`);
  }
  const imported = importText(decoded.text, { file }, decoded.encoding);
  if (!imported.ok) return fail(file, imported.error.code, `${imported.error.message}：${file}`);
  const sourceLines = splitLines(decoded.text).map((l) =>
    l.tabular
      ? l.cells
          .map((c) => c.text)
          .join(' | ')
          .replace(/( \| )+$/, '')
      : lineText(l),
  );
  return {
    ok: true,
    file,
    document: imported.document,
    findings: review(imported.document, options),
    sourceLines,
  };
}

export async function reviewFile(file: string, options: ReviewOptions = {}): Promise<ReviewResult> {
  const bytes = await readBytes(file);
  if (!(bytes instanceof Uint8Array)) return { ok: false, file, error: bytes };
  return reviewBytes(file, bytes, options);
}
