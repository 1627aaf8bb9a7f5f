// Provenance for documents read from a PDF or a workbook: the readers point at a line and cell of the
// lines they were given (`{line, column}`), as for text; this pass adds where that line and cell are
// in the file — the page and box on it, or the sheet and cell address. One pass over the finished
// document, so that no reader needs to know the format it reads.

import type { SourceRef } from '../core/source.js';
import type { SourceLine } from './lines.js';

const REF_KEYS = new Set(['line', 'column', 'page', 'box', 'sheet', 'cell']);

function isSourceRef(x: object): x is SourceRef {
  if (typeof (x as { line?: unknown }).line !== 'number') return false;
  for (const k of Object.keys(x)) if (!REF_KEYS.has(k)) return false;
  return true;
}

/** Adds page/box or sheet/cell to one reference, from the line and cell it names. */
export function locate(ref: SourceRef, lines: readonly SourceLine[]): void {
  const line = lines[ref.line - 1];
  if (!line) return;
  const cell = ref.column !== undefined ? line.cells[ref.column - 1] : undefined;
  if (line.page !== undefined) {
    ref.page = line.page;
    const box = cell?.box ?? line.box;
    if (box) ref.box = box;
  }
  if (line.sheet !== undefined) {
    ref.sheet = line.sheet;
    const address = cell?.address ?? line.cells.find((c) => c.text !== '')?.address ?? line.cells[0]?.address;
    if (address) ref.cell = address;
  }
}

/** Adds positions to every source reference in the document (in place). */
export function locateSources(document: object, lines: readonly SourceLine[]): void {
  const seen = new Set<object>();
  const visit = (x: unknown): void => {
    if (x === null || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) {
      for (const item of x) visit(item);
      return;
    }
    if (isSourceRef(x)) {
      locate(x, lines);
      return;
    }
    for (const v of Object.values(x)) visit(v);
  };
  visit(document);
}
