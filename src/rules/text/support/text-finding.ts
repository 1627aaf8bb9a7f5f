// How a text rule reports a phrase: the words around it, quoted, and the line it is printed on (for a
// phrase that runs over a line break, both lines), with the table, unit, project or indicator the
// piece belongs to. Sentences are the stretches between 。；！？ in the text as printed.

import type { FindingDraft } from '../../rule.js';
import { lineOf } from './pieces.js';
import type { TextPiece } from './pieces.js';

const WORD = /[0-9A-Za-z.,%]/;

/** The piece's text around [start, end), at most `width` characters either side, cut marks shown. */
export function excerpt(text: string, start: number, end: number, width = 12): string {
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  // Never cut a number or a Latin word in two.
  while (from > 0 && WORD.test(text.charAt(from - 1)) && WORD.test(text.charAt(from))) from--;
  while (to < text.length && WORD.test(text.charAt(to - 1)) && WORD.test(text.charAt(to))) to++;
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** Where a piece is printed, for messages: 部门预算说明, 目录, 封面, 部门收支总表标题, …. */
export function placeOf(piece: TextPiece): string {
  const table = piece.table ?? '表';
  switch (piece.role) {
    case 'title':
      return piece.table ? `${piece.table}标题` : '封面';
    case 'cover':
      return '封面';
    case 'contents':
      return '目录';
    case 'part':
    case 'heading':
      return '标题';
    case 'paragraph':
      return '说明';
    case 'table-title':
      return `${table}标题`;
    case 'table-unit-line':
      return `${table}表头`;
    case 'table-note':
      return `${table}表注`;
    case 'row':
      return table;
    case 'target':
      return piece.project ? `“${piece.project}”绩效目标` : '绩效目标';
    case 'form':
      return piece.project ? `“${piece.project}”申报表` : '申报表';
  }
}

/** The lines a phrase at [start, end) of a piece is printed on, the first first. */
export function phraseLines(piece: TextPiece, start: number, end: number): number[] {
  const first = lineOf(piece, start);
  const last = lineOf(piece, Math.max(start, end - 1));
  return first === last ? [first] : [first, last];
}

/** Where the piece belongs, for a finding: table, unit, project, indicator. */
export function pieceContext(
  piece: TextPiece,
): Pick<FindingDraft, 'table' | 'unit' | 'project' | 'indicator'> {
  const out: Pick<FindingDraft, 'table' | 'unit' | 'project' | 'indicator'> = {};
  if (piece.table !== undefined) out.table = piece.table;
  if (piece.unit !== undefined) out.unit = piece.unit;
  if (piece.project !== undefined) out.project = piece.project;
  if (piece.indicator !== undefined) out.indicator = piece.indicator;
  return out;
}

/** A finding about the phrase at [start, end) of a piece. */
export function phraseFinding(
  piece: TextPiece,
  start: number,
  end: number,
  fields: Omit<FindingDraft, 'lines'> & { lines?: number[] },
): FindingDraft {
  const lines = [...phraseLines(piece, start, end), ...(fields.lines ?? [])];
  return { ...pieceContext(piece), ...fields, lines: lines.filter((l, i) => lines.indexOf(l) === i) };
}

const SENTENCE_END = /[。；;！!？?\n]/;

/** The sentence of `text` that holds `index`: [start, end) with the end mark excluded. */
export function sentenceAt(text: string, index: number): { start: number; end: number; text: string } {
  let start = index;
  while (start > 0 && !SENTENCE_END.test(text.charAt(start - 1))) start--;
  let end = index;
  while (end < text.length && !SENTENCE_END.test(text.charAt(end))) end++;
  return { start, end, text: text.slice(start, end) };
}
