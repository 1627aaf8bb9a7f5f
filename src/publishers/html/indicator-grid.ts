// The indicator part of a target table: one row per indicator as printed, with 一级指标 merged over
// consecutive rows of the same level 1 and 二级指标 over consecutive rows of the same level 2 (as the
// printed tables merge them), and the target's own cells (unit, project, amount, goal) merged over
// all its rows.

import type { Indicator } from '../../core/model/targets.js';
import type { IndicatorField } from '../indicator-columns.js';
import { row, td } from './table-kit.js';

const level1Of = (i: Indicator): string => i.level1 ?? i.level1Text ?? '';
const level2Of = (i: Indicator): string => i.level2Text ?? i.level2 ?? '';

function fieldText(i: Indicator, f: IndicatorField): string {
  if (f === 'weight') return i.weight?.toString() ?? i.weightText ?? '';
  return i[f] ?? '';
}

const FIELD_CLASS: Partial<Record<IndicatorField, string>> = {
  name: 'w-name',
  content: 'w-text',
  scoring: 'w-text',
  weight: 'num',
  valueType: 'center',
  unit: 'center',
};

/** Length of the run of rows starting at `start` that share `key`. */
function runLength<T>(items: readonly T[], start: number, key: (x: T) => string): number {
  const k = key(items[start] as T);
  let n = 1;
  while (start + n < items.length && key(items[start + n] as T) === k) n++;
  return n;
}

/** Cells of each indicator row (level 1 and 2 merged); one empty row when there is no indicator. */
export function indicatorCells(
  indicators: readonly Indicator[],
  fields: readonly IndicatorField[],
  spans: Partial<Record<IndicatorField, number>> = {},
): string[][] {
  if (indicators.length === 0)
    return [[td(''), td(''), ...fields.map((f) => td('', { colspan: spans[f] ?? 1 }))]];
  const rows: string[][] = [];
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i] as Indicator;
    const cells: string[] = [];
    const prev = indicators[i - 1];
    if (!prev || level1Of(prev) !== level1Of(ind)) {
      cells.push(td(level1Of(ind), { rowspan: runLength(indicators, i, level1Of), cls: 'level' }));
    }
    const l2key = (x: Indicator) => level1Of(x) + '\u0000' + level2Of(x);
    if (!prev || l2key(prev) !== l2key(ind)) {
      cells.push(td(level2Of(ind), { rowspan: runLength(indicators, i, l2key), cls: 'level' }));
    }
    for (const f of fields) {
      const cls = FIELD_CLASS[f];
      cells.push(td(fieldText(ind, f), { colspan: spans[f] ?? 1, ...(cls ? { cls } : {}) }));
    }
    rows.push(cells);
  }
  return rows;
}

/** Rows of one target: `lead` cells (already built without rowspan) merged over all indicator rows. */
export function targetRows(
  lead: (rowspan: number) => string[],
  indicatorRows: readonly string[][],
  cls?: string,
): string {
  return indicatorRows
    .map((cells, i) =>
      row(i === 0 ? [...lead(indicatorRows.length), ...cells] : [...cells], i === 0 ? cls : undefined),
    )
    .join('');
}
