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
  /** 部门名称 as printed on the page, and its line. */
  department: { text: string; line: number } | null;
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

const TITLE = /^(?:(20\d{2})\s*年度?)?(.+表)$/;

/** Matches a line against the template's table titles; returns the table and year, or null. */
export function matchTitle(line: SourceLine, template: Template): { table: TableTemplate; year: number | null } | null {
  if (line.tabular) return null;
  const t = compact(line.text).replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]/, '');
  const m = TITLE.exec(t);
  if (!m?.[2]) return null;
  const rest = m[2];
  for (const table of template.tables) {
    if (table.titles.some((title) => compact(title) === rest)) {
      return { table, year: m[1] ? Number(m[1]) : null };
    }
  }
  return null;
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
    const text = compact(line.text);
    if (!line.tabular && page.rows.length === 0 && /^部门名称[:：]/.test(text)) {
      page.department = { text: text.replace(/^部门名称[:：]/, ''), line: line.no };
    } else if (!line.tabular && page.rows.length === 0 && /^(金额)?单位[:：]/.test(text)) {
      page.unit = { text: text.replace(/^(金额)?单位[:：]/, ''), line: line.no };
    } else if (!line.tabular && /^注[:：]/.test(text)) {
      page.note = line;
    } else if (line.tabular) {
      page.rows.push(line);
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
