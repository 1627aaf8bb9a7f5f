// The decoded text as lines of cells, with the conversion's markup undone: markdown headings and
// emphasis (`##`, `**`), checkbox markup (rendered ☑/☐), quoted cells, trailing hard-break spaces.
// Cells keep their 1-based column as printed so provenance can point at them. Lines read from a PDF
// or a workbook (importers/sources) have the same shape and carry their position besides: the page
// and box, or the sheet and cell address.

import type { Box } from '../core/source.js';
import { joinBrokenWords } from '../core/text.js';

export interface Cell {
  /** Cleaned text: trimmed, markup removed, words broken by spaces joined. */
  text: string;
  /** 1-based index of the cell in the printed line. */
  column: number;
  /** PDF: the cell's box on the page (the table cell's rules, or the text's extent). */
  box?: Box;
  /** XLSX: the cell's address ("B7"). */
  address?: string;
}

export interface SourceLine {
  /** 1-based line number. */
  no: number;
  /** The line as decoded (without newline). */
  raw: string;
  /** The line with markup removed, cells still tab-separated. */
  text: string;
  /** Cells (split on tabs); a line without tabs has one cell. */
  cells: Cell[];
  /** True when the line is blank after cleaning. */
  blank: boolean;
  /** True when the line holds at least one tab (a table row as converted). */
  tabular: boolean;
  /** PDF: the 1-based page the line is printed on, and the box of its text. */
  page?: number;
  box?: Box;
  /** XLSX: the worksheet the line (row) is on. */
  sheet?: string;
  /**
   * PDF: the line is wrapped prose — the next line continues the same paragraph (the text reached
   * the right margin and the next line is not indented as a new paragraph).
   */
  wrapped?: boolean;
}

const CHECKED = /<input\s+checked(?:="[^"]*")?\s+type="checkbox"\s*\/?>/gi;
const UNCHECKED = /<input\s+type="checkbox"\s*\/?>/gi;

/** The characters every piece of markup starts with; text without them has none. */
const MARKUP = /[<#*]/;

/** Removes markdown and HTML markup from a piece of text. */
export function cleanMarkup(text: string): string {
  // Most lines and cells carry no markup: only the trailing spaces can then go.
  const unmarked = MARKUP.test(text)
    ? text
        .replace(CHECKED, '☑')
        .replace(UNCHECKED, '☐')
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/\*\*/g, '')
    : text;
  return endsInSpace(unmarked) ? unmarked.replace(/[ \u00a0]+$/, '') : unmarked;
}

function endsInSpace(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x20 || last === 0xa0;
}

export function cleanCell(text: string): string {
  if (text === '') return '';
  let t = cleanMarkup(text).trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) t = t.slice(1, -1).replace(/""/g, '"').trim();
  return joinBrokenWords(t);
}

export function splitLines(text: string): SourceLine[] {
  const raws = text.split('\n');
  // A final newline does not start a line of its own.
  if (raws.length > 1 && raws[raws.length - 1] === '') raws.pop();
  return raws.map((raw, i) => toLine(raw, i + 1));
}

/** What any of the repairs looks at: markup, quotes, spaces, form feeds. */
const NEEDS_REPAIR = /[<#*"\f \u00a0\u3000]/;

const trimmed = (part: string): string => part.trim();

export function toLine(raw: string, no: number): SourceLine {
  // Most lines need no repair at all: their cells are the printed text, trimmed.
  if (!NEEDS_REPAIR.test(raw)) return line(no, raw, raw, trimmed);
  const cleaned = cleanMarkup(raw.includes('\f') ? raw.replace(/\f/g, '') : raw);
  return line(no, raw, cleaned, cleanCell);
}

/** The line with its cells: `text` split at tabs, each part cleaned by `clean`. */
function line(no: number, raw: string, text: string, clean: (part: string) => string): SourceLine {
  const cells = text.split('\t').map((p, i) => ({ text: clean(p), column: i + 1 }));
  return {
    no,
    raw,
    text,
    cells,
    blank: cells.every((c) => c.text === '' || c.text === '**'),
    tabular: cells.length > 1,
  };
}

/** The cells' texts, with trailing empty cells removed. */
export function cellTexts(line: SourceLine): string[] {
  const texts = line.cells.map((c) => c.text);
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts;
}

/** Plain text of a line: the cleaned cells joined by a space, for prose and titles. */
export function lineText(line: SourceLine): string {
  return line.cells
    .map((c) => c.text)
    .filter((t) => t !== '')
    .join(' ');
}
