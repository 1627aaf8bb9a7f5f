// The table of contents (目录) of a department budget and the part headings of its body. The contents
// run from the 目录 line to the first line that is not an entry of it: a part heading printed a second
// time (the body's 第一部分), or prose. Entries lose their list marks, dot leaders and page numbers.

import type { ContentsEntry, ContentsEntryKind } from '../../core/model/contents.js';
import { NARRATIVE_SECTIONS } from '../../core/model/narrative.js';
import type { Located } from '../../core/source.js';
import type { TableId, Template } from '../../core/templates/template.js';
import { HEADING_NUMBER, compact, toHalfWidth } from '../../core/text.js';
import { lineText } from '../lines.js';
import type { SourceLine } from '../lines.js';

const CONTENTS_TITLE = /^目录$/;
const LIST_MARK = /^\s*[-*+•]\s+/;
/** Dot leaders and the page number after them ("一、部门主要职能 ……………… 3"). */
const LEADER = /\s*(?:[.…·．。]{2,}|[—-]{3,})\s*(\d+)?\s*$/;
const TRAILING_PAGE = /\s+(\d{1,3})$/;
const PART = /^第([一二三四五六七八九十]+)部分/;
/** An entry is short: a heading, not a sentence. */
const MAX_ENTRY_LENGTH = 60;

/** The part a line heads ("第一部分 …" → 一), or null. */
export function partNumeral(text: string): string | null {
  return PART.exec(compact(text))?.[1] ?? null;
}

function entryText(line: SourceLine): { text: string; page?: number } {
  let text = lineText(line).replace(LIST_MARK, '').trim();
  let page: number | undefined;
  const leader = LEADER.exec(text);
  if (leader) {
    if (leader[1]) page = Number(leader[1]);
    text = text.slice(0, leader.index).trim();
  } else {
    const trailing = TRAILING_PAGE.exec(text);
    if (trailing?.[1] && /[表况明释能置成]$/.test(text.slice(0, trailing.index))) {
      page = Number(trailing[1]);
      text = text.slice(0, trailing.index).trim();
    }
  }
  return page === undefined ? { text } : { text, page };
}

/** The canonical words of an entry: numbering, year and white space removed, half width. */
function entryKey(text: string): string {
  // "4．2025年部门…表": a number before the year, with no space after its point.
  return compact(
    toHalfWidth(text)
      .trim()
      .replace(/^\d+[.、]\s*(?=20\d{2}年)/, '')
      .replace(HEADING_NUMBER, ''),
  )
    .replace(/^20\d{2}年度?/, '')
    .replace(/^部门(?=部门)/, '');
}

function tableOf(key: string, template: Template): TableId | undefined {
  for (const t of template.tables) {
    if (compact(t.name) === key || t.titles.some((title) => compact(title) === key)) return t.id;
  }
  return undefined;
}

function isSection(key: string): boolean {
  return NARRATIVE_SECTIONS.some((s) =>
    key.replace(/[的及和与“”"]/g, '').startsWith(s.title.replace(/[的及和与“”"]/g, '')),
  );
}

function classify(text: string, template: Template): { kind: ContentsEntryKind; table?: TableId } {
  if (partNumeral(text)) return { kind: 'part' };
  const key = entryKey(text);
  const table = tableOf(key, template);
  if (table) return { kind: 'table', table };
  if (isSection(key) || HEADING_NUMBER.test(toHalfWidth(text).trim())) return { kind: 'section' };
  return { kind: 'other' };
}

export interface Framing {
  contents: ContentsEntry[];
  /** Part headings of the body, after the contents. */
  parts: Located<string>[];
}

/** Reads the contents and the part headings from the lines before the first table (Part 1 and cover). */
export function readFraming(lines: readonly SourceLine[], template: Template): Framing {
  const contents: ContentsEntry[] = [];
  const titleAt = lines.findIndex((l) => !l.blank && !l.tabular && CONTENTS_TITLE.test(compact(l.text)));
  let bodyStart = 0;
  if (titleAt >= 0) {
    const partsSeen = new Set<string>();
    let i = titleAt + 1;
    for (; i < lines.length; i++) {
      const line = lines[i];
      if (!line || line.blank) continue;
      const { text, page } = entryText(line);
      const part = partNumeral(text);
      if (part && partsSeen.has(part)) break;
      if (part) partsSeen.add(part);
      if (line.tabular || text.length > MAX_ENTRY_LENGTH) break;
      const { kind, table } = classify(text, template);
      // Prose after the contents (a heading without numbering, leaders or a page) ends them.
      if (kind === 'other' && page === undefined && !/^注[:：]/.test(text) && contents.length > 0) break;
      const entry: ContentsEntry = { text, kind, source: { line: line.no } };
      if (table) entry.table = table;
      if (page !== undefined) entry.page = page;
      contents.push(entry);
    }
    bodyStart = i;
  }
  const parts: Located<string>[] = [];
  for (const line of lines.slice(bodyStart)) {
    if (line.blank || line.tabular || !partNumeral(line.text)) continue;
    const text = lineText(line);
    if (text.length <= MAX_ENTRY_LENGTH) parts.push({ value: text, source: { line: line.no } });
  }
  return { contents, parts };
}
