// The explanation of a document in a layout other than Hunan's, read by the sections its template
// lists (core/templates): Shanghai's budgets print 主要职能, 机构设置, 名词解释 and 预算编制说明 before
// the tables and 其他相关情况说明 and the 项目经费情况说明 after them; the final accounts print
// 第一部分 before the tables and the eleven items of the 情况说明 and the glossary after them. Each
// section keeps its heading, lines and paragraphs with their provenance; the table of contents never
// counts as headings. What a layout's explanation states is read by the reader for that kind.

import type { Narrative, NarrativeSection, NarrativeSectionKey } from '../../../core/model/narrative.js';
import type { NarrativeSectionTemplate, Template } from '../../../core/templates/template.js';
import { compact, toHalfWidth } from '../../../core/text.js';
import type { ImportContext } from '../../context.js';
import { cellTexts, lineText } from '../../lines.js';
import type { SourceLine } from '../../lines.js';
import { readFinalAccountsFacts } from './final-accounts-facts.js';
import { concatTexts, textSegments } from './located-text.js';
import type { LocatedText } from './located-text.js';
import { assembleParagraphs } from './paragraphs.js';
import type { Paragraph } from './paragraphs.js';
import { readUnitsTable } from './units.js';

/** Longest heading: a heading is a title, not a sentence. */
const MAX_HEADING = 60;
const NUMBERED = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.])/;
const PART = /^第[一二三四五六七八九十]+部分/;
const SENTENCE = /[。，；;,]/;
const LEADERS = /[.…·]{3,}/;

/** The form titles are compared in: half width, no white space, no quotation marks or 的/及/和/与. */
function key(text: string): string {
  return toHalfWidth(compact(text)).replace(/["“”'‘’的及和与]/g, '');
}

interface HeadingMatch {
  section: NarrativeSectionTemplate;
  /** The words before the title in a named heading (the department, year or project). */
  prefix: string;
}

const titleKeys = new WeakMap<NarrativeSectionTemplate, string[]>();

function keysOf(section: NarrativeSectionTemplate): string[] {
  let keys = titleKeys.get(section);
  if (!keys) {
    keys = section.titles.map(key);
    titleKeys.set(section, keys);
  }
  return keys;
}

function matchHeading(line: SourceLine, sections: readonly NarrativeSectionTemplate[]): HeadingMatch | null {
  // A list item (the contents printed as "- 一、…") is never a heading.
  if (line.blank || line.tabular || /^\s*[-*+•]\s/.test(line.text)) return null;
  const plain = lineText(line);
  if (plain.length > MAX_HEADING * 2) return null;
  const text = toHalfWidth(compact(plain));
  const numbering = NUMBERED.exec(text);
  // A note in brackets after a numbered heading ("二、部门决算单位构成（仅有一个单位的部门…）") is not part of it.
  const bare = numbering ? text.slice(numbering[0].length).replace(/\([^)]*\)?$/, '') : text;
  if (bare.length > MAX_HEADING || SENTENCE.test(bare) || LEADERS.test(bare)) return null;
  const rest = key(bare);
  for (const section of sections) {
    for (const want of keysOf(section)) {
      if (section.heading === 'numbered') {
        if (numbering && (rest === want || (rest.startsWith(want) && rest.length <= want.length + 4)))
          return { section, prefix: '' };
      } else if (section.heading === 'bare') {
        if (rest === want) return { section, prefix: '' };
      } else if (rest.endsWith(want)) {
        return { section, prefix: rest.slice(0, rest.length - want.length) };
      }
    }
  }
  return null;
}

/** True when the line is the heading of one of the template's explanation sections. */
export function isSectionHeading(line: SourceLine, template: Template): boolean {
  return template.narrative !== undefined && matchHeading(line, template.narrative) !== null;
}

/** The words before the title as printed (full-width brackets kept): "生命健康专项（政策资金）". */
function printedPrefix(line: SourceLine, m: HeadingMatch): string {
  const printed = compact(lineText(line));
  const title = m.section.titles.find((t) => printed.endsWith(compact(t)));
  return title ? printed.slice(0, printed.length - compact(title).length) : m.prefix;
}

/** The subject a repeated section names: the project before "项目经费情况说明", without a year. */
function subjectOf(prefix: string): string | undefined {
  const s = prefix.replace(/^20\d{2}年度?/, '');
  return s === '' ? undefined : s;
}

interface Span {
  match: HeadingMatch;
  heading: SourceLine;
  body: SourceLine[];
}

/** The sections found in the lines (in order), each with the lines up to the next heading or gap. */
function findSpans(
  lines: readonly SourceLine[],
  sections: readonly NarrativeSectionTemplate[],
  excluded: ReadonlySet<number>,
): Span[] {
  const spans: Span[] = [];
  let current: Span | null = null;
  let previous: SourceLine | null = null;
  const seen = new Set<string>();
  for (const line of lines) {
    // Lines that are not next to each other have the tables between them: a section ends there.
    if (previous && line.no !== previous.no + 1) current = null;
    previous = line;
    if (excluded.has(line.no)) continue;
    const m = matchHeading(line, sections);
    if (m && (m.section.repeated || !seen.has(m.section.key))) {
      seen.add(m.section.key);
      current = { match: m, heading: line, body: [] };
      spans.push(current);
      continue;
    }
    if (!line.blank && !line.tabular && PART.test(toHalfWidth(compact(lineText(line))))) {
      current = null;
      continue;
    }
    current?.body.push(line);
  }
  return spans;
}

/**
 * The paragraphs of a section: prose joined as printed, and each row of a small table the section
 * prints (序号 | 单位名称 | 备注) as a paragraph of its own, its cells separated by tabs.
 */
function sectionParagraphs(ctx: ImportContext, lines: readonly SourceLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  let run: SourceLine[] = [];
  const flush = () => {
    out.push(...assembleParagraphs(ctx, run));
    run = [];
  };
  for (const line of lines) {
    if (!line.tabular) {
      run.push(line);
      continue;
    }
    flush();
    const text = cellTexts(line).join('\t');
    if (text !== '')
      out.push({
        kind: 'standalone',
        body: { text, lineOf: Array.from(text, () => line.no) },
        first: line.no,
        last: line.no,
      });
  }
  flush();
  return out;
}

export function parseTemplateNarrative(
  ctx: ImportContext,
  lines: readonly SourceLine[],
  template: Template,
  excluded: ReadonlySet<number> = new Set(),
): Narrative {
  const sectionTemplates = template.narrative ?? [];
  const spans = findSpans(lines, sectionTemplates, excluded);
  const texts = new Map<NarrativeSectionKey, LocatedText>();
  const sections: NarrativeSection[] = spans.map((span) => {
    const body = [...span.body];
    while (body.length > 0 && body[body.length - 1]?.blank) body.pop();
    const paragraphs = sectionParagraphs(ctx, body);
    const k = span.match.section.key;
    if (!texts.has(k) && paragraphs.length > 0) texts.set(k, concatTexts(paragraphs.map((p) => p.body)));
    const section: NarrativeSection = {
      no: sectionTemplates.indexOf(span.match.section) + 1,
      key: span.match.section.key,
      heading: { value: lineText(span.heading), source: { line: span.heading.no } },
      lines: { first: span.heading.no, last: body[body.length - 1]?.no ?? span.heading.no },
      paragraphs: paragraphs.map((p) => {
        const out: NarrativeSection['paragraphs'][number] = {
          text: p.body.text,
          lines: { first: p.first, last: p.last },
        };
        if (p.first !== p.last) out.segments = textSegments(p.body);
        return out;
      }),
    };
    const subject = span.match.section.repeated
      ? subjectOf(printedPrefix(span.heading, span.match))
      : undefined;
    if (subject) section.subject = subject;
    return section;
  });
  reportMissing(ctx, sectionTemplates, sections, lines);
  const unitsSpan = spans.find((s) => s.match.section.key === 'units');
  const facts = template.kind === 'final-accounts' ? readFinalAccountsFacts(texts) : null;
  return {
    sections,
    facts: facts?.facts ?? [],
    classAmounts: facts?.classAmounts ?? [],
    unitsListed: unitsSpan ? readUnitsTable(unitsSpan.body) : [],
    onlyOwnLevel: false,
    threePublicChangeReason: null,
    otherMatters: {},
  };
}

function reportMissing(
  ctx: ImportContext,
  templates: readonly NarrativeSectionTemplate[],
  sections: readonly NarrativeSection[],
  lines: readonly SourceLine[],
): void {
  const present = new Set(sections.map((s) => s.key));
  const last = lines[lines.length - 1]?.no ?? 1;
  for (const t of templates) {
    if (t.repeated || present.has(t.key)) continue;
    const after = sections.find((s) => templates.findIndex((x) => x.key === s.key) > templates.indexOf(t));
    ctx.report(
      'section-missing',
      'warning',
      `说明缺少“${t.titles[0] ?? t.key}”${after ? `（应在“${after.heading.value}”之前）` : ''}`,
      after?.heading.source.line ?? last,
      { table: '说明' },
    );
  }
}
