// Paragraphs of a section: one per printed line, except that a sentence the conversion broke at a
// page edge ("…坚持过紧日子" / "的要求，…") is joined with its continuation. Chart captions ("收入预算图",
// "■ 本级财政拨款收入") and short numbered headings ("（一）职能职责") stay paragraphs of their own.

import { compact, toHalfWidth } from '../../../core/text.js';
import type { ImportContext } from '../../context.js';
import { lineText } from '../../lines.js';
import type { SourceLine } from '../../lines.js';
import { assembleText } from './located-text.js';
import type { LocatedText, TextPiece } from './located-text.js';

export type ParagraphKind = 'prose' | 'caption' | 'standalone';

export interface Paragraph {
  kind: ParagraphKind;
  body: LocatedText;
  first: number;
  last: number;
}

/** A line that opens a numbered item or a heading, in compact half-width form. */
const NEW_ITEM =
  /^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d+[.、](?!\d)|[-*•]|第[一二三四五六七八九十\d]+[条项部])/;
/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。;:!?…．.]["'”’)）》」』\]]*$/;
const CAPTION_MARK = /^[■□●◆◇▲○]/;
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s/;
const INNER_PUNCT = /[。;,、:!?]/;

function form(line: SourceLine): string {
  return toHalfWidth(compact(lineText(line)));
}

function kindOf(line: SourceLine, previous: ParagraphKind | null): ParagraphKind {
  const c = form(line);
  if (CAPTION_MARK.test(c) || (c.endsWith('图') && c.length <= 12)) return 'caption';
  // A chart's legend follows its caption: a short label without punctuation or figures.
  if (previous === 'caption' && c.length <= 20 && !INNER_PUNCT.test(c) && !/\d/.test(c)) return 'caption';
  if (MARKDOWN_HEADING.test(line.raw)) return 'standalone';
  if (
    NEW_ITEM.test(c) &&
    c.length <= 30 &&
    !INNER_PUNCT.test(c.replace(/^(?:\d+|[一二三四五六七八九十]+)[.、]/, ''))
  )
    return 'standalone';
  return 'prose';
}

/** Cuts the lines of a section body into paragraphs, joining broken sentences (reported as info). */
export function assembleParagraphs(ctx: ImportContext, lines: readonly SourceLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  let pieces: TextPiece[] = [];
  let kind: ParagraphKind | null = null;
  let first = 0;
  let last = 0;
  const flush = () => {
    if (kind !== null && pieces.length > 0) out.push({ kind, body: assembleText(pieces), first, last });
    pieces = [];
    kind = null;
  };
  let previous: SourceLine | null = null;
  for (const line of lines) {
    if (line.blank) continue;
    const before = previous;
    previous = line;
    // A PDF line that runs to the margin is continued by the next: the same paragraph, no repair.
    if (before?.wrapped && kind !== null && kind !== 'caption' && !line.tabular) {
      pieces.push({ text: lineText(line), line: line.no });
      last = line.no;
      continue;
    }
    const k = kindOf(line, kind ?? out[out.length - 1]?.kind ?? null);
    const tail = pieces[pieces.length - 1]?.text.trim() ?? '';
    const open = kind === 'prose' && !SENTENCE_END.test(toHalfWidth(tail.slice(-4)));
    if (open && k === 'prose' && !NEW_ITEM.test(form(line))) {
      // On one PDF page the break is the line's end, not a page break: nothing was repaired.
      const where = (l: SourceLine | null) => l?.page ?? l?.sheet;
      const samePage = where(before) !== undefined && where(before) === where(line);
      if (!samePage) {
        ctx.report(
          'sentence-joined',
          'info',
          `第${last}行的句子没有结束，已与第${line.no}行连接（分页断开的句子）`,
          last,
          { table: '部门预算说明' },
        );
      }
      pieces.push({ text: lineText(line), line: line.no });
      last = line.no;
      continue;
    }
    flush();
    kind = k;
    pieces = [{ text: lineText(line), line: line.no }];
    first = line.no;
    last = line.no;
  }
  flush();
  return out;
}
