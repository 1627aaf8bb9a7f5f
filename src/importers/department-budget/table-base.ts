// The fields every standard table shares, read from its pages.

import type { TableBase } from '../../core/model/tables.js';
import type { TableSource } from './pages.js';
import { lineText } from '../lines.js';

export function tableBase(src: TableSource, empty: boolean): TableBase {
  const first = src.pages[0];
  const firstTitle = first?.title;
  if (!first || !firstTitle) throw new Error(`table ${src.id} has no titled first page`);
  const notePage = src.pages.find((p) => p.note !== null);
  const noteLine = notePage?.note ?? null;
  const noteText = notePage ? notePage.noteLines.map((l) => lineText(l)).join('') : '';
  return {
    id: src.id,
    name: src.template.name,
    title: { value: lineText(firstTitle), source: { line: firstTitle.no } },
    department: src.pages.map((p) => p.department?.text).find((d) => d !== undefined) ?? null,
    unit: src.pages.map((p) => p.unit?.text).find((u) => u !== undefined) ?? null,
    pages: src.pages.map((p) => ({ first: p.first, last: p.last })),
    // Continuation pages that do not repeat the title have no heading of their own.
    headings: src.pages.flatMap((p) =>
      p.title
        ? [
            {
              title: { value: lineText(p.title), source: { line: p.title.no } },
              department: p.department
                ? { label: p.department.label, value: p.department.text, source: { line: p.department.line } }
                : null,
            },
          ]
        : [],
    ),
    empty,
    note: noteLine ? { value: noteText, source: { line: noteLine.no } } : null,
  };
}
