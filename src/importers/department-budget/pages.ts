// The tables of a document as pages: each printed page of a table starts with its title
// ("2024年部门收支总体情况表"), then the unit line (部门名称/编制部门/…) and 单位, then rows. A PDF or
// workbook says where a page (sheet) ends: a new page that starts with rows and no title continues the
// table, a new page that starts with text ends it (the explanation printed after the tables). Pages of
// the same table are grouped in order, so the table handlers see one table however many pages it
// spans. A title counts only when rows follow it: a table of contents lists the titles too.

import type { Template, TableId, TableTemplate } from '../../core/templates/template.js';
import { compact } from '../../core/text.js';
import type { SourceLine } from '../lines.js';
import { isSectionHeading } from './narrative/template-narrative.js';

export interface TablePage {
  tableId: TableId;
  template: TableTemplate;
  /** The title line; null on a continuation page that does not repeat it. */
  title: SourceLine | null;
  /** Year printed in the title. */
  year: number | null;
  /** 部门名称 (or 编制部门, 编制单位, 单位名称) as printed on the page: the label, the name and its line. */
  department: { label: string; text: string; line: number } | null;
  /** 单位 as printed (万元). */
  unit: { text: string; line: number } | null;
  /** Tabular lines (rows, including header rows) in order. */
  rows: SourceLine[];
  /** The note (注：… or 说明：…) printed under the table on this page, with the lines that continue it. */
  note: SourceLine | null;
  noteLines: SourceLine[];
  /** Non-blank, non-tabular lines on the page that are neither metadata nor note (e.g. a quoted cell that spilled). */
  loose: SourceLine[];
  first: number;
  last: number;
}

export interface TableSource {
  id: TableId;
  template: TableTemplate;
  pages: TablePage[];
}

/** The line above a table's rows that names the department or unit it is for. */
const UNIT_LABEL = /^(部门名称|单位名称|编制部门|编制单位)[:：]/;
const MONEY_UNIT = /^(?:金额)?单位[:：]/;

const TITLE = /^(?:(20\d{2})\s*年度?)?(.+表)$/;

/** The form titles are compared in: no white space, no quotation marks. */
function titleKey(text: string): string {
  const c = compact(text);
  return /["“”'‘’]/.test(c) ? c.replace(/["“”'‘’]/g, '') : c;
}

const titlesCache = new WeakMap<Template, ReadonlyMap<string, TableTemplate>>();

/** The template's tables by their title keys (the first table wins), built once per template. */
function tablesByTitle(template: Template): ReadonlyMap<string, TableTemplate> {
  let byTitle = titlesCache.get(template);
  if (!byTitle) {
    const map = new Map<string, TableTemplate>();
    for (const table of template.tables) {
      for (const title of table.titles) if (!map.has(titleKey(title))) map.set(titleKey(title), table);
    }
    titlesCache.set(template, map);
    byTitle = map;
  }
  return byTitle;
}

type TitleMatch = { table: TableTemplate; year: number | null } | null;

/** Lines are matched against every template while a document is recognised: the result is kept. */
const matched = new WeakMap<SourceLine, Map<Template, TitleMatch>>();

/** Matches a line against the template's table titles; returns the table and year, or null. */
export function matchTitle(line: SourceLine, template: Template): TitleMatch {
  // Every line of the document is tried: a title is never a table row and always ends in 表.
  if (line.tabular || !line.text.trimEnd().endsWith('表')) return null;
  let byTemplate = matched.get(line);
  const known = byTemplate?.get(template);
  if (known !== undefined) return known;
  const result = titleMatch(line, template);
  if (!byTemplate) {
    byTemplate = new Map();
    matched.set(line, byTemplate);
  }
  byTemplate.set(template, result);
  return result;
}

function titleMatch(line: SourceLine, template: Template): TitleMatch {
  const t = titleKey(line.text).replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]/, '');
  const m = TITLE.exec(t);
  if (!m?.[2]) return null;
  const table = tablesByTitle(template).get(m[2]);
  return table ? { table, year: m[1] ? Number(m[1]) : null } : null;
}

/** The page (PDF) or sheet (workbook) a line is printed on; undefined for text. */
function pageOf(line: SourceLine): number | string | undefined {
  return line.page ?? line.sheet;
}

/**
 * The unit line's and money unit's parts of a line: a text conversion prints them on lines of their
 * own, a PDF or workbook often on one line (编制部门：… at the left, 单位：元 at the right).
 */
function metaOf(line: SourceLine): {
  department?: { label: string; text: string };
  unit?: string;
} | null {
  const parts = line.cells.map((c) => compact(c.text)).filter((t) => t !== '');
  if (parts.length === 0 || parts.length > 3) return null;
  const out: { department?: { label: string; text: string }; unit?: string } = {};
  for (const p of parts) {
    const label = UNIT_LABEL.exec(p);
    if (label?.[1]) {
      // One cell may hold both ("编制部门：…单位：元" when a conversion joined them).
      const unitAt = p.search(/(?:金额)?单位[:：](?:万元|元|亿元)$/);
      if (unitAt > label[0].length) {
        out.department = { label: label[1], text: p.slice(label[0].length, unitAt) };
        out.unit = p.slice(unitAt).replace(MONEY_UNIT, '');
      } else out.department = { label: label[1], text: p.slice(label[0].length) };
    } else if (MONEY_UNIT.test(p)) out.unit = p.replace(MONEY_UNIT, '');
    else return null;
  }
  return out;
}

/** True when rows follow the title before another title, text of the body, or the end. */
function hasRows(lines: readonly SourceLine[], from: number, template: Template): boolean {
  let seen = 0;
  for (let i = from + 1; i < lines.length && seen < 12; i++) {
    const line = lines[i];
    if (!line || line.blank) continue;
    if (matchTitle(line, template)) return false;
    if (line.tabular && !metaOf(line)) return true;
    seen++;
  }
  return false;
}

/** Indexes of the lines that are table titles followed by rows, in order. */
export function titleLines(lines: readonly SourceLine[], template: Template): number[] {
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (matchTitle(line, template) && hasRows(lines, i, template)) out.push(i);
  });
  return out;
}

function newPage(
  table: TableTemplate,
  title: SourceLine | null,
  year: number | null,
  first: number,
): TablePage {
  return {
    tableId: table.id,
    template: table,
    title,
    year,
    department: null,
    unit: null,
    rows: [],
    note: null,
    noteLines: [],
    loose: [],
    first,
    last: first,
  };
}

/**
 * The table pages of the document and the lines that belong to none (the explanation, before and
 * after the tables). Lines before the first title are never in a table.
 */
export function splitPages(
  lines: readonly SourceLine[],
  template: Template,
): { pages: TablePage[]; outside: SourceLine[] } {
  const titles = new Set(titleLines(lines, template));
  const pages: TablePage[] = [];
  const outside: SourceLine[] = [];
  let page: TablePage | null = null;
  let lastPage: number | string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const printedOn = pageOf(line);
    const newSheet = printedOn !== undefined && printedOn !== lastPage && !line.blank;
    if (!line.blank) lastPage = printedOn ?? lastPage;
    const title = titles.has(i) ? matchTitle(line, template) : null;
    if (title) {
      page = newPage(title.table, line, title.year, line.no);
      pages.push(page);
      continue;
    }
    // The explanation printed after the tables starts with a heading of its own.
    if (page && !line.blank && !line.tabular && isSectionHeading(line, template)) page = null;
    if (page && newSheet) {
      // A new page or sheet: rows continue the table, anything else ends it — but a header caption
      // repeated at the top of the page and read as a line of its own (科目编码 … 支出预算, its other
      // cells merged down into the next line) comes before the rows it heads.
      const caption = !line.tabular && repeatedCaption(lines, i);
      if ((line.tabular && !metaOf(line)) || caption) {
        page = newPage(page.template, null, page.year, line.no);
        pages.push(page);
        if (caption) continue;
      } else page = null;
    }
    if (!page) {
      outside.push(line);
      continue;
    }
    if (line.blank) continue;
    const meta = page.rows.length === 0 ? metaOf(line) : null;
    if (meta) {
      if (meta.department) page.department = { ...meta.department, line: line.no };
      if (meta.unit !== undefined) page.unit = { text: meta.unit, line: line.no };
      page.last = line.no;
      continue;
    }
    page.last = line.no;
    if (line.tabular) {
      page.rows.push(line);
      continue;
    }
    if (/^(?:注|说明)[:：]/.test(compact(line.text))) {
      page.note ??= line;
      page.noteLines.push(line);
    } else if (page.note) page.noteLines.push(line);
    else page.loose.push(line);
  }
  return { pages, outside };
}

/** Header captions: short, without figures (科目编码, 支出预算, 项目). */
const CAPTION = /^[^\d]{1,12}$/;

/**
 * A line at the top of a page that is a table's header caption: two or more short cells without
 * figures, followed on the same page by a table row.
 */
function repeatedCaption(lines: readonly SourceLine[], i: number): boolean {
  const line = lines[i];
  if (!line) return false;
  const cells = line.cells.map((c) => compact(c.text)).filter((t) => t !== '');
  if (cells.length < 2 || !cells.every((t) => CAPTION.test(t)) || metaOf(line)) return false;
  for (let k = i + 1; k < lines.length; k++) {
    const next = lines[k];
    if (!next || next.blank) continue;
    return next.tabular && pageOf(next) === pageOf(line);
  }
  return false;
}

/** Groups pages by table, in document order of each table's first page. */
export function groupPages(pages: readonly TablePage[]): TableSource[] {
  const byId = new Map<TableId, TableSource>();
  for (const p of pages) {
    let src = byId.get(p.tableId);
    if (!src) {
      src = { id: p.tableId, template: p.template, pages: [] };
      byId.set(p.tableId, src);
    }
    src.pages.push(p);
  }
  return [...byId.values()];
}
