// The two money tables of a project form: 项目资金申请 (合计 and 市级/省级/中央/县级资金) and 支出明细预算
// (合计 and spending items with 测算依据及说明), each with 上年度安排资金 and 本年度申请资金. Columns come
// from the header row; a row whose label cell moved is shifted back as a whole (the label anchors it).

import type { FundingLine } from '../../core/model/forms.js';
import type { ImportContext } from '../context.js';
import { amountCell, reportIfCut } from './cells.js';
import type { RowItem } from './row-items.js';

export interface MoneyColumns {
  label: number;
  previous: number;
  current: number;
  basis: number;
}

/**
 * Columns from the header cells after the table label ("项目 | 上年度安排资金 | 本年度申请资金 |
 * 测算依据及说明"); a header cell that is missing is assumed in its usual place after the one before.
 */
export function moneyColumns(labelColumn: number, header: readonly RowItem[]): MoneyColumns {
  const find = (test: (key: string) => boolean): number | undefined =>
    header.find((h) => test(h.key))?.column;
  const label = find((k) => k === '项目') ?? labelColumn + 1;
  const previous = find((k) => k.startsWith('上年度')) ?? label + 1;
  const current = find((k) => k.startsWith('本年度')) ?? previous + 1;
  const basis = find((k) => k.startsWith('测算依据')) ?? current + 1;
  return { label, previous, current, basis };
}

/** "2", "3、": an item number with nothing after it, which the form prints as an empty slot. */
const NUMBER_ONLY = /^\d+[、.．]?$/;

/**
 * Reads one row of a money table. Returns null for an empty numbered slot (the form prints these on
 * purpose, so they are skipped without a diagnostic).
 */
export function readMoneyRow(
  ctx: ImportContext,
  line: number,
  items: readonly RowItem[],
  cols: MoneyColumns,
  kind: 'funding' | 'spending',
): FundingLine | null {
  const first = items[0];
  if (!first) return null;
  // The label anchors the row: if it is not in the label column, every cell moved by the same amount.
  const labelled = first.column === cols.label || !/^[\d.,]+\s*(万元|万)?$/.test(first.key);
  const shift = labelled ? first.column - cols.label : 0;
  const label = labelled ? first : undefined;
  const rest = labelled ? items.slice(1) : items;
  const what = kind === 'funding' ? '项目资金申请' : '支出明细预算';
  if (shift !== 0)
    ctx.report(
      'row-realigned',
      'info',
      `第${line}行${what}“${first.text}”${shift < 0 ? '左' : '右'}移了${Math.abs(shift)}栏，已按表头对齐`,
      line,
      { column: first.column },
    );
  let previous: RowItem | undefined;
  let current: RowItem | undefined;
  let basis: RowItem | undefined;
  for (const item of rest) {
    const col = item.column - shift;
    if (col === cols.previous && !previous) previous = item;
    else if (col === cols.current && !current) current = item;
    else if (col >= cols.basis && !basis && kind === 'spending') basis = item;
    else
      ctx.report(
        'unplaced-line',
        'warning',
        `第${line}行第${item.column}栏“${item.text}”不在${what}表的任何一栏（项目、上年度安排资金、本年度申请资金${kind === 'spending' ? '、测算依据及说明' : ''}）`,
        line,
        { column: item.column },
      );
  }
  const labelText = label?.text ?? '';
  if (kind === 'spending' && NUMBER_ONLY.test(labelText) && !previous && !current && !basis) return null;
  if (basis) reportIfCut(ctx, basis, line, '测算依据及说明');
  return {
    label: labelText,
    previous: amountCell(ctx, previous, line, '上年度安排资金'),
    current: amountCell(ctx, current, line, '本年度申请资金'),
    basis: basis?.text ?? null,
    source: { line, column: label?.column ?? first.column },
  };
}
