// The text publisher: a document as the tab-separated text the corpus is written in — the form the
// text importer reads, so that import ∘ render is the identity on the model. Pure: model in, text out.

import type { BudgetDocument } from '../../core/model/document.js';
import { documentGrids } from '../grid/index.js';
import type { Grid } from '../grid/index.js';

export interface RenderTextOptions {
  /** Unresolved review errors: when above zero, the first line says so (the importer skips it). */
  unresolvedErrors?: number;
}

/** The warning line put first in a published file that still has review errors. */
export function unresolvedErrorsNotice(n: number): string {
  return `注：本文件含未解决的审核错误 ${n} 项`;
}

export function renderText(doc: BudgetDocument, options: RenderTextOptions = {}): string {
  const lines: string[] = [];
  const errors = options.unresolvedErrors ?? 0;
  if (errors > 0) lines.push(unresolvedErrorsNotice(errors), '');
  const { preface, grids, epilogue } = documentGrids(doc);
  lines.push(...preface);
  for (const g of grids) lines.push(...gridLines(g));
  lines.push(...(epilogue ?? []));
  return lines.join('\n') + '\n';
}

/** A grid as lines: caption lines each followed by a blank line, the rows, the notes. */
export function gridLines(g: Grid): string[] {
  const lines: string[] = [];
  for (const c of g.caption) lines.push(c, '');
  for (const r of [...g.header, ...g.body]) lines.push(r.map((c) => c.text).join('\t'));
  lines.push('');
  for (const n of g.notes) lines.push(n, '');
  return lines;
}
