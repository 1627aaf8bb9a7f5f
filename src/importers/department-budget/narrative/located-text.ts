// Prose with provenance: text assembled from source lines, with the spaces the conversion scattered
// through CJK text and numbers removed ("27.8 万元" → "27.8万元"), where every UTF-16 unit remembers
// the line it came from. A fact found anywhere in a joined sentence still points at its own line.

import type { TextSegment } from '../../../core/source.js';
import { toHalfWidth } from '../../../core/text.js';

export interface LocatedText {
  /** The text as printed, without stray spaces. */
  readonly text: string;
  /** Same length as `text`: the 1-based source line of each UTF-16 unit. */
  readonly lineOf: readonly number[];
}

export interface TextPiece {
  text: string;
  line: number;
}

/** White space and the invisible spaces the conversion leaves (no-break, ideographic, zero-width). */
function isSpace(c: number): boolean {
  return (
    c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0xfeff
  );
}

function isLatin(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Joins pieces (one per source line) into one text. White space is dropped except a single space
 * between two Latin letters or digits ("GB 2312", "110 120"), which the conversion did not invent.
 */
export function assembleText(pieces: readonly TextPiece[]): LocatedText {
  let text = '';
  const lines: number[] = [];
  let prev = -1;
  let pendingSpace: number | null = null;
  for (const piece of pieces) {
    if (prev >= 0 && pendingSpace === null) pendingSpace = piece.line;
    let run = 0; // start of the current run of kept units in piece.text
    const flushRun = (end: number) => {
      text += piece.text.slice(run, end);
      for (let k = run; k < end; k++) lines.push(piece.line);
    };
    for (let k = 0; k < piece.text.length; k++) {
      const c = piece.text.charCodeAt(k);
      if (isSpace(c)) {
        flushRun(k);
        run = k + 1;
        if (prev >= 0) pendingSpace ??= piece.line;
        continue;
      }
      if (pendingSpace !== null) {
        if (isLatin(prev) && isLatin(c)) {
          text += ' ';
          lines.push(pendingSpace);
        }
        pendingSpace = null;
      }
      prev = c;
    }
    flushRun(piece.text.length);
  }
  return { text, lineOf: lines };
}

/** Concatenates texts with a separator that belongs to the line before it (patterns never cross it). */
export function concatTexts(texts: readonly LocatedText[], separator = '\n'): LocatedText {
  let text = '';
  const lineOf: number[] = [];
  for (const t of texts) {
    if (text !== '') {
      text += separator;
      const last = lineOf[lineOf.length - 1] ?? 1;
      for (let k = 0; k < separator.length; k++) lineOf.push(last);
    }
    text += t.text;
    lineOf.push(...t.lineOf);
  }
  return { text, lineOf };
}

/** The part of a text between two offsets, keeping provenance. */
export function sliceText(t: LocatedText, start: number, end = t.text.length): LocatedText {
  return { text: t.text.slice(start, end), lineOf: t.lineOf.slice(start, end) };
}

/** The source line of the unit at `index` (clamped to the text). */
export function lineAt(t: LocatedText, index: number): number {
  if (t.lineOf.length === 0) return 1;
  const i = Math.min(Math.max(index, 0), t.lineOf.length - 1);
  return t.lineOf[i] ?? 1;
}

/**
 * The form patterns run on: full-width ASCII to half width ("（一）" → "(一)", "：" → ":"). Every
 * character maps to exactly one character, so offsets in it are offsets in `text`.
 */
export function matchForm(t: LocatedText): string {
  return toHalfWidth(t.text);
}

/** The offsets at which the text passes to another line, as the model's segments (the first at 0). */
export function textSegments(t: LocatedText): TextSegment[] {
  const out: TextSegment[] = [];
  let previous = -1;
  t.lineOf.forEach((line, offset) => {
    if (line !== previous) out.push({ offset, source: { line } });
    previous = line;
  });
  return out;
}
