// Walks the rows of one form: a row that starts with a label is handed to the form's field handler
// (which may open a table: funding, schedule, income…); a row without a label belongs to the table
// that is open, or to the indicator list after its header; anything else is reported as unplaced.
// Which labels were seen, and where, is returned for the completeness check.

import type { ImportContext } from '../context.js';
import { quote } from '../context.js';
import type { SourceLine } from '../lines.js';
import type { FormBlock } from './blocks.js';
import type { IndicatorList } from './indicator-list.js';
import { labelName } from './labels.js';
import type { LabelId } from './labels.js';
import { isIndicatorHeader, rowItems, splitRow } from './row-items.js';
import type { FieldGroup, RowItem } from './row-items.js';

/** A table that reads the label-less rows following its label. */
export interface TableReader {
  row(line: number, items: RowItem[]): void;
  /** Called when the table ends (another label, or the end of the form). */
  finish?(): void;
}

/** Applies a row's label groups to the form; returns the table a table label opens, if any. */
export type FieldHandler = (line: SourceLine, groups: FieldGroup[]) => TableReader | null;

/** Where each label was first seen; 'indicators' for the indicator list's header. */
export type SeenLabels = Map<LabelId | 'indicators', number>;

export function walkForm(
  ctx: ImportContext,
  block: FormBlock,
  indicators: IndicatorList,
  onFields: FieldHandler,
): SeenLabels {
  const seen: SeenLabels = new Map();
  // The table whose label-less rows follow (held in an object: it changes inside `open`).
  const state: { table: TableReader | null } = { table: null };
  const indicatorTable: TableReader = { row: (line, items) => indicators.row(line, items) };
  const open = (next: TableReader | null) => {
    state.table?.finish?.();
    state.table = next;
  };
  for (const line of block.rows) {
    const items = rowItems(line);
    if (items.length === 0) continue;
    if (isIndicatorHeader(items)) {
      if (!seen.has('indicators')) seen.set('indicators', line.no);
      indicators.header(items);
      open(indicatorTable);
      continue;
    }
    const { leading, groups } = splitRow(ctx, line, items);
    if (groups.length === 0) {
      if (leading.length === 0) continue; // section headings only
      if (state.table) state.table.row(line.no, leading);
      else
        ctx.report(
          'unplaced-line',
          'warning',
          `第${line.no}行“${quote(line.text)}”没有栏目名称，也不属于任何表格，未读取`,
          line.no,
        );
      continue;
    }
    for (const item of leading)
      ctx.report(
        'unplaced-line',
        'warning',
        `第${line.no}行第${item.column}栏“${item.text}”位于栏目名称之前，未读取`,
        line.no,
        { column: item.column },
      );
    open(onFields(line, firstOccurrences(ctx, line.no, groups, seen)));
  }
  open(null);
  return seen;
}

/** Drops labels seen before in the form (a repeated row), with the phone cell that belongs to them. */
function firstOccurrences(
  ctx: ImportContext,
  line: number,
  groups: FieldGroup[],
  seen: SeenLabels,
): FieldGroup[] {
  const kept: FieldGroup[] = [];
  let droppedOwner = false;
  for (const group of groups) {
    const id = group.label.id;
    if (id === 'phone') {
      if (!droppedOwner) kept.push(group);
      continue;
    }
    const before = seen.get(id);
    droppedOwner = before !== undefined;
    if (before !== undefined) {
      ctx.report(
        'unplaced-line',
        'warning',
        `第${line}行重复了“${labelName(id)}”栏（已在第${before}行读取），未读取`,
        line,
        { column: group.at.column },
      );
      continue;
    }
    seen.set(id, line);
    kept.push(group);
  }
  return kept;
}

/** A labelled field the form being read does not have: reported, not read. */
export function unexpected(ctx: ImportContext, line: SourceLine, group: FieldGroup, why: string): void {
  ctx.report(
    'unplaced-line',
    'warning',
    `第${line.no}行“${labelName(group.label.id)}”栏未读取：${why}`,
    line.no,
    {
      column: group.at.column,
    },
  );
}
