// The review use case: read a file, import it, run the rule catalogue over it, and keep the source
// lines so that adapters can quote the lines a finding points at. Unreadable input is a value
// (a LoadFailure), never a throw, so one bad file does not stop the review of the others.

import type { BudgetDocument } from '../core/model/document.js';
import type { SourceRef } from '../core/source.js';
import { lineText } from '../importers/lines.js';
import { locate } from '../importers/provenance.js';
import type { ReviewOptions } from '../rules/engine.js';
import { review } from '../rules/engine.js';
import type { Finding } from '../rules/rule.js';
import type { LoadFailure, LoadOptions, LoadResult } from './load.js';
import { loadBytes, loadFile } from './load.js';
import type { FileSource } from './ports.js';

export type ReviewFileOptions = ReviewOptions & LoadOptions;

export interface ReviewedDocument {
  ok: true;
  file: string;
  document: BudgetDocument;
  findings: Finding[];
  /** Cleaned text of each source line (index 0 is line 1), cells separated by " | ". */
  sourceLines: string[];
  /** Where each source line is in the file, for PDF (page, box) and XLSX (sheet, cell); else null. */
  linePositions: (SourceRef | null)[];
}

export type ReviewResult = ReviewedDocument | { ok: false; file: string; error: LoadFailure };

function reviewed(loaded: LoadResult, options: ReviewOptions): ReviewResult {
  if (!loaded.ok) return loaded;
  const sourceLines = loaded.sourceLines.map((l) =>
    l.tabular
      ? l.cells
          .map((c) => c.text)
          .join(' | ')
          .replace(/( \| )+$/, '')
      : lineText(l),
  );
  return {
    ok: true,
    file: loaded.file,
    document: loaded.document,
    findings: review(loaded.document, options),
    sourceLines,
    linePositions: loaded.sourceLines.map((l) => {
      if (l.page === undefined && l.sheet === undefined) return null;
      const ref: SourceRef = { line: l.no };
      locate(ref, loaded.sourceLines);
      return ref;
    }),
  };
}

/** Reviews one document already in memory (used by tests and by callers holding the bytes). */
export async function reviewBytes(
  file: string,
  bytes: Uint8Array,
  options: ReviewFileOptions = {},
): Promise<ReviewResult> {
  return reviewed(await loadBytes(file, bytes, options), options);
}

export async function reviewFile(
  ports: { files: FileSource },
  file: string,
  options: ReviewFileOptions = {},
): Promise<ReviewResult> {
  return reviewed(await loadFile(ports, file, options), options);
}
