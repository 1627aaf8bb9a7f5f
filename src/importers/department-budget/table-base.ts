// The fields every standard table shares, read from its pages.

import type { TableBase } from '../../core/model/tables.js';
import type { TableSource } from './pages.js';
import { lineText } from '../lines.js';

export function tableBase(src: TableSource, empty: boolean): TableBase {
  const first = src.pages[0];
  if (!first) throw new Error(`table ${src.id} has no pages`);
  const noteLine = src.pages.map((p) => p.note).find((n) => n !== null) ?? null;
  return {
    id: src.id,
    name: src.template.name,
    title: { value: lineText(first.title), source: { line: first.title.no } },
    department: src.pages.map((p) => p.department?.text).find((d) => d !== undefined) ?? null,
    unit: src.pages.map((p) => p.unit?.text).find((u) => u !== undefined) ?? null,
    pages: src.pages.map((p) => ({ first: p.first, last: p.last })),
    headings: src.pages.map((p) => ({
      title: { value: lineText(p.title), source: { line: p.title.no } },
      department: p.department
        ? { label: p.department.label, value: p.department.text, source: { line: p.department.line } }
        : null,
    })),
    empty,
    note: noteLine ? { value: lineText(noteLine), source: { line: noteLine.no } } : null,
  };
}
