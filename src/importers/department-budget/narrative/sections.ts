// The seven sections of Part 1 (一、部门基本概况 … 七、名词解释): where each heading is and which lines
// belong to it. The table of contents repeats the headings as list lines ("- 一、部门基本概况") or as
// a run of bare headings; neither counts. A section whose heading is absent is reported, not guessed.

import { NARRATIVE_SECTIONS } from '../../../core/model/narrative.js';
import type { NarrativeSectionKey } from '../../../core/model/narrative.js';
import type { Located } from '../../../core/source.js';
import { compact, toHalfWidth } from '../../../core/text.js';
import type { ImportContext } from '../../context.js';
import { lineText } from '../../lines.js';
import type { SourceLine } from '../../lines.js';

export interface SectionSpan {
  no: number;
  key: NarrativeSectionKey;
  title: string;
  heading: Located<string>;
  /** The heading line and the section's lines after it, up to its last non-blank line. */
  lines: readonly SourceLine[];
}

const HEADING = /^([一二三四五六七八九十]+)[、.,]?(.+?)[:]?$/;
const LIST_ITEM = /^\s*[-*+•]\s/;
const PART = /^第([一二三四五六七八九十])部分/;
/** A run of this many headings with nothing but blank lines between them is a table of contents. */
const TOC_RUN = 4;

/** Title comparison that tolerates the small variants documents print ("的", quotes, "情况"). */
function titleKey(text: string): string {
  return text.replace(/[的及和与、“”"'‘’]/g, '');
}

// Every line of Part 1 is tried as a heading. The readable text of a line (lineText) holds only the
// characters of its cleaned text, so a line whose text lacks the numeral a heading starts with is
// settled without building it.
const NUMERAL = /[一二三四五六七八九十]/;

/** The section a line heads, or null. */
export function sectionOf(line: SourceLine): (typeof NARRATIVE_SECTIONS)[number] | null {
  if (line.blank || line.tabular || LIST_ITEM.test(line.text) || !NUMERAL.test(line.text)) return null;
  const m = HEADING.exec(toHalfWidth(compact(lineText(line))));
  const rest = m?.[2];
  if (!rest || rest.length > 24) return null;
  const key = titleKey(rest);
  for (const s of NARRATIVE_SECTIONS) {
    const want = titleKey(s.title);
    if (key === want || (key.startsWith(want) && key.length <= want.length + 4)) return s;
  }
  return null;
}

/** The part a line heads ("第一部分…" → 一), or undefined. */
function partOf(line: SourceLine): string | undefined {
  return line.text.includes('第') ? PART.exec(compact(lineText(line)))?.[1] : undefined;
}

function isPartHeading(line: SourceLine): boolean {
  return partOf(line) !== undefined;
}

/** Indexes (into `lines`) of the headings that belong to the body of Part 1. */
function bodyHeadings(lines: readonly SourceLine[]): number[] {
  // The body follows the last "第一部分" line when the cover prints one for the contents and one for the body.
  let start = 0;
  lines.forEach((l, i) => {
    if (partOf(l) === '一') start = i;
  });
  const candidates: { i: number; no: number }[] = [];
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    const s = l ? sectionOf(l) : null;
    if (s) candidates.push({ i, no: s.no });
  }
  const tocLike = new Set<number>();
  let run: { i: number; no: number }[] = [];
  const closeRun = () => {
    if (run.length >= TOC_RUN) run.forEach((c) => tocLike.add(c.i));
    run = [];
  };
  for (const c of candidates) {
    const prev = run[run.length - 1];
    // A contents run counts up with nothing but blank lines between; the body starts again at 一.
    const continues =
      prev !== undefined && c.no > prev.no && lines.slice(prev.i + 1, c.i).every((l) => l.blank);
    if (!continues) closeRun();
    run.push(c);
  }
  closeRun();
  return candidates.map((c) => c.i).filter((i) => !tocLike.has(i));
}

/** Finds the sections in order of the document and reports those that are missing. */
export function findSections(ctx: ImportContext, lines: readonly SourceLine[]): SectionSpan[] {
  const found = new Map<NarrativeSectionKey, number>();
  for (const i of bodyHeadings(lines)) {
    const line = lines[i];
    const s = line ? sectionOf(line) : null;
    if (s && !found.has(s.key)) found.set(s.key, i);
  }
  const starts = [...found.values()].sort((a, b) => a - b);
  const spans: SectionSpan[] = [];
  for (const s of NARRATIVE_SECTIONS) {
    const start = found.get(s.key);
    const line = start === undefined ? undefined : lines[start];
    if (start === undefined || !line) continue;
    const next = starts.find((i) => i > start) ?? lines.length;
    let end = start + 1;
    while (end < next && !isPartHeading(lines[end] ?? line)) end++;
    while (end > start + 1 && lines[end - 1]?.blank) end--;
    spans.push({
      no: s.no,
      key: s.key,
      title: s.title,
      heading: { value: lineText(line), source: { line: line.no } },
      lines: lines.slice(start, end),
    });
  }
  spans.sort((a, b) => (a.heading.source.line < b.heading.source.line ? -1 : 1));
  reportMissing(ctx, lines, spans);
  return spans;
}

function reportMissing(
  ctx: ImportContext,
  lines: readonly SourceLine[],
  spans: readonly SectionSpan[],
): void {
  const byNo = new Map(spans.map((s) => [s.no, s]));
  const lastLine = lines[lines.length - 1]?.no ?? 1;
  for (const s of NARRATIVE_SECTIONS) {
    if (byNo.has(s.no)) continue;
    const before = [...spans].reverse().find((p) => p.no < s.no);
    const after = spans.find((p) => p.no > s.no);
    const where = before
      ? `（应在“${before.heading.value}”之后）`
      : after
        ? `（应在“${after.heading.value}”之前）`
        : '';
    const line = after?.heading.source.line ?? before?.lines[before.lines.length - 1]?.no ?? lastLine;
    ctx.report('section-missing', 'warning', `部门预算说明缺少第${s.no}节“${s.title}”${where}`, line, {
      table: '部门预算说明',
    });
  }
}
