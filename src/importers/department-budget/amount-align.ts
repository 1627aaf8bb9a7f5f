// Assigning a row's amount cells to the template's columns when the conversion shifted them: a row
// can carry extra empty cells (or lose some) between its name and its figures. The check that
// identifies the shift is the table's own identity, total = sum of the other columns ("其中" columns
// are parts of the column before them and are not summed). Only a unique fit is accepted.

import { Decimal } from '../../core/decimal.js';
import type { ColumnTemplate } from '../../core/templates/template.js';
import { labelKey } from '../../core/text.js';
import type { Cell } from '../lines.js';
import { cellAmount, isBlank } from './amount-cell.js';

/** Which column is the total and which columns add up to it (indexes into the columns). */
export interface SumSpec {
  total: number;
  parts: number[];
}

const specs = new WeakMap<readonly ColumnTemplate[], SumSpec | null>();

/** The sum identity of a column set, or null when it has no 'total' column (made once per set). */
export function sumSpec(columns: readonly ColumnTemplate[]): SumSpec | null {
  let spec = specs.get(columns);
  if (spec === undefined) {
    spec = makeSumSpec(columns);
    specs.set(columns, spec);
  }
  return spec;
}

/** A column's part in the row identity: as the template says, else by its key and label. */
export function sumRole(c: ColumnTemplate): 'total' | 'part' | 'none' {
  if (c.sum) return c.sum;
  if (c.key === 'total') return 'total';
  return labelKey(c.label).startsWith('其中') ? 'none' : 'part';
}

function makeSumSpec(columns: readonly ColumnTemplate[]): SumSpec | null {
  const total = columns.findIndex((c) => sumRole(c) === 'total');
  if (total < 0) return null;
  const parts = columns.flatMap((c, i) => (i !== total && sumRole(c) === 'part' ? [i] : []));
  return parts.length > 0 ? { total, parts } : null;
}

export type Alignment =
  /** The cells as they stand (positional) fit the columns. */
  | { kind: 'positional'; cells: (Cell | undefined)[] }
  /** Empty cells were dropped so that total = sum of the parts. */
  | { kind: 'realigned'; cells: (Cell | undefined)[]; dropped: number[] }
  /** More figures than columns, or no unique fit: the row cannot be assigned. */
  | { kind: 'unresolved'; reason: 'too-many' | 'ambiguous' };

/** Upper bound on the candidate alignments tried for one row. */
const MAX_CANDIDATES = 2000;

/**
 * Assigns `cells` (the cells after the row's name) to `width` columns. Positional when the row fits
 * and, where the table has a sum identity, satisfies it; otherwise the fewest empty cells are dropped
 * that give exactly one assignment satisfying total = Σ parts.
 */
export function alignAmounts(cells: readonly Cell[], width: number, spec: SumSpec | null): Alignment {
  const trimmed = [...cells];
  while (trimmed.length > 0 && isBlank(trimmed[trimmed.length - 1])) trimmed.pop();
  const fits = trimmed.length <= width;
  const positional = pad(trimmed, width);
  if (fits && (!spec || sumHolds(positional, spec) !== false))
    return { kind: 'positional', cells: positional };
  const empties = trimmed.flatMap((c, i) => (isBlank(c) ? [i] : []));
  if (spec) {
    let tried = 0;
    for (let k = Math.max(1, trimmed.length - width); k <= empties.length; k++) {
      const fitsSum = new Map<string, { cells: (Cell | undefined)[]; dropped: number[] }>();
      for (const dropped of combinations(empties, k)) {
        if (++tried > MAX_CANDIDATES) break;
        const kept = pad(
          trimmed.filter((_, i) => !dropped.includes(i)),
          width,
        );
        // Dropping either of two adjacent empties gives the same row: keep the first found.
        const sig = signature(kept);
        if (sumHolds(kept, spec) === true && !fitsSum.has(sig)) fitsSum.set(sig, { cells: kept, dropped });
      }
      if (fitsSum.size === 1) {
        const [only] = fitsSum.values();
        if (only) return { kind: 'realigned', ...only };
      }
      if (fitsSum.size > 1)
        return fits ? { kind: 'positional', cells: positional } : { kind: 'unresolved', reason: 'ambiguous' };
    }
  }
  // A row that fits but breaks the identity is kept as printed: the mismatch is the document's.
  return fits ? { kind: 'positional', cells: positional } : { kind: 'unresolved', reason: 'too-many' };
}

function pad(cells: readonly Cell[], width: number): (Cell | undefined)[] {
  const padded = new Array<Cell | undefined>(width);
  for (let i = 0; i < width; i++) padded[i] = cells[i];
  return padded;
}

/** true/false when the identity can be checked, null when a cell is not an amount or all are blank. */
function sumHolds(cells: readonly (Cell | undefined)[], spec: SumSpec): boolean | null {
  const value = (i: number): Decimal | null => {
    const c = cells[i];
    if (isBlank(c) || !c) return Decimal.ZERO;
    return cellAmount(c)?.value ?? null;
  };
  const total = value(spec.total);
  const parts = spec.parts.map(value);
  if (total === null || parts.some((p) => p === null)) return null;
  const sum = Decimal.sum(parts.filter((p): p is Decimal => p !== null));
  if (total.isZero() && sum.isZero()) return null;
  return total.eq(sum);
}

function signature(cells: readonly (Cell | undefined)[]): string {
  return cells.map((c) => c?.text ?? '').join('\t');
}

function* combinations(items: readonly number[], k: number, start = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - k; i++) {
    const head = items[i];
    if (head === undefined) continue;
    for (const rest of combinations(items, k - 1, i + 1)) yield [head, ...rest];
  }
}
