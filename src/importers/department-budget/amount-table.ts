// The amount tables of a department budget (收入总表, 支出总表, 一般公共预算支出表, 基本支出表, 三公经费表,
// 政府性基金表): every data row of every page, in order, with exact amounts keyed by the template's
// columns. Header rows are skipped on every page; what cannot be placed is reported, never dropped
// silently. A table with no non-zero figure is `empty` (its "⇥⇥⇥⇥0⇥0⇥0" marker row is not a row).

import type { AmountRow, AmountTable } from '../../core/model/tables.js';
import type { AmountTableTemplate } from '../../core/templates/template.js';
import type { MoneyUnit } from '../../core/vocabulary.js';
import type { ImportContext } from '../context.js';
import { cellTexts } from '../lines.js';
import type { SourceLine } from '../lines.js';
import { allZero, inform, isBlank, reportLoose, tableScope } from './amount-cell.js';
import { headerWords, isHeaderRow } from './amount-header.js';
import { rowReader } from './amount-rows.js';
import type { TableSource } from './pages.js';
import { tableBase } from './table-base.js';

/** One half of a paired row: its cells, keeping their printed columns; null when the half is blank. */
function halfOf(line: SourceLine, half: 'left' | 'right'): SourceLine | null {
  const mid = Math.ceil(line.cells.length / 2);
  const cells = half === 'left' ? line.cells.slice(0, mid) : line.cells.slice(mid);
  if (cells.every((c) => c.text === '')) return null;
  return { ...line, cells, text: cells.map((c) => c.text).join('\t') };
}

export function parseAmountTable(
  ctx: ImportContext,
  src: TableSource,
  t: AmountTableTemplate,
  fallbackUnit: MoneyUnit = '万元',
): AmountTable {
  const scope = tableScope(ctx, src, fallbackUnit);
  const words = headerWords(t.columns, t.captions);
  const read = rowReader(scope, t);
  const rows: AmountRow[] = [];
  let previous: SourceLine | null = null;
  let unreadable = 0;
  const signature = (line: SourceLine) => cellTexts(line).join('\t');
  const paired = t.layout === 'paired';
  // A paired layout prints two rows side by side: the left ones are read first, then the right ones.
  const halves = paired ? (['left', 'right'] as const) : (['whole'] as const);
  for (const half of halves)
    src.pages.forEach((page, pageIndex) => {
      let firstOnPage = true;
      for (const printed of page.rows) {
        const line = half === 'whole' ? printed : halfOf(printed, half);
        // A row of nothing (a blank template's "… | …") is not a row.
        if (!line || line.cells.every((c) => isBlank(c))) continue;
        if (isHeaderRow(line, words)) continue;
        if (firstOnPage && pageIndex > 0 && previous && signature(line) === signature(previous)) {
          inform(
            scope,
            'row-repeated',
            line.no,
            `${scope.table}第${line.no}行重复了上一页的最后一行，已合并为一行`,
          );
          firstOnPage = false;
          continue;
        }
        firstOnPage = false;
        previous = line;
        const row = read(line);
        if (row === 'unreadable') unreadable++;
        else if (row !== 'marker') rows.push(row);
      }
      if (half !== 'right') reportLoose(scope, page);
    });
  // A row that could not be read may hold figures: the table is then not known to be empty.
  const empty = unreadable === 0 && rows.every((r) => allZero(r.amounts));
  return {
    ...tableBase(src, empty),
    shape: 'amounts',
    classification: t.classification,
    columns: t.columns.map((c) => ({ key: c.key, label: c.label })),
    rows,
  };
}
