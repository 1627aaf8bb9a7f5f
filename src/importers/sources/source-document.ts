// What every format reader gives the table and narrative readers: the document as lines of cells in
// reading order (text: the file's lines; XLSX: each sheet's rows; PDF: each page's text lines and
// table rows), each line and cell with its position in the file. Everything after the readers is the
// same for every format.

import type { SourceLine } from '../lines.js';

export const SOURCE_FORMATS = ['text', 'xlsx', 'pdf'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface SourceDocument {
  format: SourceFormat;
  /** Text: the detected encoding; otherwise the format's name ('xlsx', 'pdf'). */
  encoding: string;
  lines: SourceLine[];
  /** PDF: the number of pages; XLSX: the number of sheets read. */
  pageCount?: number;
}

/** Why bytes could not be read as a document of any supported format. */
export const READ_FAILURES = [
  'empty-file',
  'binary-data',
  'encoding-invalid',
  'damaged-file',
  'pdf-without-text',
  'unsupported-format',
  'converter-missing',
] as const;
export type ReadFailureCode = (typeof READ_FAILURES)[number];

export interface ReadFailure {
  code: ReadFailureCode;
  /** Chinese, for people: what is wrong and what to do. */
  message: string;
}

export type ReadResult = { ok: true; source: SourceDocument } | { ok: false; error: ReadFailure };
