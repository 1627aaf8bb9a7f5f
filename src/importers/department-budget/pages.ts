// Part 2 of a department budget as pages: each printed page of a table starts with its title
// ("2024年部门收支总体情况表"), then 部门名称 and 单位 lines, then rows. Pages of the same table are
// grouped in order, so the table handlers see one table however many pages it spans.

import type { Template, TableId, TableTemplate } from '../../core/templates/template.js';
import { compact } from '../../core/text.js';
import type { SourceLine } from '../lines.js';

export interface TablePage {
  tableId: TableId;
  template: TableTemplate;
  /** The title line. */
  title: SourceLine;
  /** Year printed in the title. */
  year: number | null;
  /** 部门名称 (or 编制部门, 编制单位, 单位名称) as printed on the page: the label, the name and its line. */
  department: { label: string; text: string; line: number } | null;
  /** 单位 as printed (万元). */
  unit: { text: string; line: number } | null;
  /** Tabular lines (rows, including header rows) in order. */
  rows: SourceLine[];
  /** The note (注：…) printed under the table on this page. */
  note: SourceLine | null;
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

const TITLE = /^(?:(20\d{2})\s*年度?)?(.+表)$/;

const titlesCache = new WeakMap<Template, ReadonlyMap<string, TableTemplate>>();

/** The template's tables by their compact titles (the first table wins), built once per template. */
function tablesByTitle(template: Template): ReadonlyMap<string, TableTemplate> {
  let byTitle = titlesCache.get(template);
  if (!byTitle) {
    const map = new Map<string, TableTemplate>();
    for (const table of template.tables) {
      for (const title of table.titles) if (!map.has(compact(title))) map.set(compact(title), table);
    }
    titlesCache.set(template, map);
    byTitle = map;
  }
  return byTitle;
}

/** Matches a line against the template's table titles; returns the table and year, or null. */
export function matchTitle(
  line: SourceLine,
  template: Template,
): { table: TableTemplate; year: number | null } | null {
  // Every line of the document is tried: a title is never a table row and always ends in 表.
  if (line.tabular || !line.text.trimEnd().endsWith('表')) return null;
  const t = compact(line.text).replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]/, '');
  const m = TITLE.exec(t);
  if (!m?.[2]) return null;
  const table = tablesByTitle(template).get(m[2]);
  return table ? { table, year: m[1] ? Number(m[1]) : null } : null;
}

/** The lines from `start` on, cut into table pages. Lines before the first title are not included. */
export function splitPages(lines: readonly SourceLine[], start: number, template: Template): TablePage[] {
  const pages: TablePage[] = [];
  let page: TablePage | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const title = matchTitle(line, template);
    if (title) {
      page = {
        tableId: title.table.id,
        template: title.table,
        title: line,
        year: title.year,
        department: null,
        unit: null,
        rows: [],
        note: null,
        loose: [],
        first: line.no,
        last: line.no,
      };
      pages.push(page);
      continue;
    }
    if (!page || line.blank) continue;
    page.last = line.no;
    if (line.tabular) {
      page.rows.push(line);
      continue;
    }
    const text = compact(line.text);
    const unitLabel = page.rows.length === 0 ? UNIT_LABEL.exec(text) : null;
    if (unitLabel?.[1]) {
      page.department = { label: unitLabel[1], text: text.slice(unitLabel[0].length), line: line.no };
    } else if (page.rows.length === 0 && /^(金额)?单位[:：]/.test(text)) {
      page.unit = { text: text.replace(/^(金额)?单位[:：]/, ''), line: line.no };
    } else if (/^注[:：]/.test(text)) {
      page.note = line;
    } else {
      page.loose.push(line);
    }
  }
  return pages;
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
