// Realigns a target-table row whose cells the conversion shifted: rows that lost their leading empty
// cells (效益指标 in column 1), gained some (a new project shifted right by four), or carry an extra
// empty cell in the middle. Each non-empty cell is placed in at most one layout column, in order, so
// that the sum of cell fits (cell-fit.ts) minus penalties for moving cells is largest:
// - moving the row's first cell away from its printed column costs a little per column;
// - changing the shift between two consecutive cells costs more (rows move as blocks);
// - leaving a non-empty cell out costs most (it is kept in the diagnostic, never silently lost).
// A row either is a target's first row (fills the head columns, with name and amount at least) or
// holds only indicator columns; both readings are tried and the better one wins.

import type { Cell, SourceLine } from '../lines.js';
import { cellFeatures, fit } from './cell-fit.js';
import type { CellFeatures } from './cell-fit.js';
import type { TargetLayout } from './layouts.js';

// Penalties, on the scale of cell-fit.ts: leaving a cell out (2.5) costs more than a poor fit (about
// −2) so that cells are kept where they can be read, and less than an impossible one (−6), so that a
// surplus 无 does not push a 定性 into the 备注 column. Shifts cost little: rows do shift.
const DROP = 2.5;
const SHIFT_CHANGE = 0.6;
const FIRST_SHIFT = 0.15;
const MAX_CONSECUTIVE_DROPS = 3;

export interface MovedCell {
  cell: Cell;
  key: string;
  /** 1-based layout column the cell was placed in. */
  column: number;
}

export interface RowAlignment {
  line: SourceLine;
  /** The placed cells by layout key. */
  fields: Partial<Record<string, Cell>>;
  /** Non-empty cells that fit no column (surplus cells). */
  dropped: Cell[];
  /** Cells placed in a column other than the one they were printed in. */
  moved: MovedCell[];
  /** True when the row fills the head columns (a target's first row). */
  usesHead: boolean;
  /** 1-based layout column of the last placed cell (0 when none). */
  lastColumn: number;
  /** Printed cells (empty or not) after the last placed one. */
  trailingCells: number;
}

interface Variant {
  allowed: boolean[];
  /** Number of required columns before index k (prefix counts, length m + 1). */
  requiredBefore: number[];
  head: boolean;
}

const variantCache = new WeakMap<TargetLayout, Variant[]>();

/** The two readings of a row: a target's first row (head columns allowed), or indicator columns only. */
function variants(layout: TargetLayout): Variant[] {
  const cached = variantCache.get(layout);
  if (cached) return cached;
  const cols = layout.columns;
  const make = (head: boolean): Variant => {
    const allowed = cols.map((c) => head || c.part === 'indicator');
    const requiredBefore = [0];
    cols.forEach((c, k) => {
      const req = head && layout.requiredHead.includes(c.key) ? 1 : 0;
      requiredBefore.push((requiredBefore[k] ?? 0) + req);
    });
    return { allowed, requiredBefore, head };
  };
  const both = [make(true), make(false)];
  variantCache.set(layout, both);
  return both;
}

interface Solution {
  score: number;
  /** Layout column index per cell, or -1 when dropped. */
  placement: number[];
  head: boolean;
}

export function alignRow(line: SourceLine, layout: TargetLayout): RowAlignment {
  const cells = line.cells.filter((c) => c.text !== '');
  const feats = cells.map((c) => cellFeatures(c.text));
  const best = identity(cells, feats, layout) ?? search(cells, feats, layout);
  return toAlignment(line, layout, cells, best);
}

/** The row as printed, when every cell fits where it stands: most rows, and no search is needed. */
function identity(cells: Cell[], feats: CellFeatures[], layout: TargetLayout): Solution | null {
  const cols = layout.columns;
  const placement: number[] = [];
  let head = false;
  for (let i = 0; i < cells.length; i++) {
    const k = (cells[i]?.column ?? 0) - 1;
    const c = cols[k];
    const f = feats[i];
    if (!c || !f || fit(c.kind, f) < 0) return null;
    if (c.part === 'head') head = true;
    placement.push(k);
  }
  if (head) {
    const placed = new Set(placement.map((k) => cols[k]?.key));
    if (!layout.requiredHead.every((key) => placed.has(key))) return null;
  }
  return { score: 0, placement, head };
}

function search(cells: Cell[], feats: CellFeatures[], layout: TargetLayout): Solution {
  let best: Solution | null = null;
  for (const v of variants(layout)) {
    const s = solve(cells, feats, layout, v);
    if (s && (!best || s.score > best.score + 1e-9)) best = s;
  }
  return best ?? fallback(cells, layout);
}

/** Dynamic programme over (last placed cell i, its column k). */
function solve(cells: Cell[], feats: CellFeatures[], layout: TargetLayout, v: Variant): Solution | null {
  const n = cells.length;
  const cols = layout.columns;
  const m = cols.length;
  if (n === 0) return { score: 0, placement: [], head: false };
  const score: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(-Infinity));
  const back: Array<Array<[number, number] | null>> = Array.from({ length: n }, () =>
    new Array<[number, number] | null>(m).fill(null),
  );
  const printed = (i: number) => cells[i]?.column ?? 0;
  const reqTotal = v.requiredBefore[m] ?? 0;
  for (let i = 0; i < n; i++) {
    const f = feats[i];
    if (!f) continue;
    for (let k = 0; k < m; k++) {
      const c = cols[k];
      if (!c || !v.allowed[k]) continue;
      const own = fit(c.kind, f);
      const shift = k + 1 - printed(i);
      let bestHere = -Infinity;
      let from: [number, number] | null = null;
      if (i <= MAX_CONSECUTIVE_DROPS && (v.requiredBefore[k] ?? 0) === 0) {
        bestHere = -DROP * i + own - FIRST_SHIFT * Math.abs(shift);
      }
      for (let pi = Math.max(0, i - 1 - MAX_CONSECUTIVE_DROPS); pi < i; pi++) {
        const prevShift = (pk: number) => pk + 1 - printed(pi);
        const row = score[pi];
        if (!row) continue;
        for (let pk = 0; pk < k; pk++) {
          const prev = row[pk] ?? -Infinity;
          if (prev === -Infinity) continue;
          if ((v.requiredBefore[k] ?? 0) - (v.requiredBefore[pk + 1] ?? 0) > 0) continue;
          const s = prev - DROP * (i - pi - 1) + own - SHIFT_CHANGE * Math.abs(shift - prevShift(pk));
          if (s > bestHere + 1e-9) {
            bestHere = s;
            from = [pi, pk];
          }
        }
      }
      const sRow = score[i];
      const bRow = back[i];
      if (sRow && bRow) {
        sRow[k] = bestHere;
        bRow[k] = from;
      }
    }
  }
  let end: [number, number] | null = null;
  let endScore = -Infinity;
  for (let i = Math.max(0, n - 1 - MAX_CONSECUTIVE_DROPS); i < n; i++) {
    for (let k = 0; k < m; k++) {
      const s = (score[i]?.[k] ?? -Infinity) - DROP * (n - 1 - i);
      if (s === -Infinity || reqTotal - (v.requiredBefore[k + 1] ?? 0) > 0) continue;
      if (s > endScore + 1e-9) {
        endScore = s;
        end = [i, k];
      }
    }
  }
  if (!end) return null;
  const placement = new Array<number>(n).fill(-1);
  let at: [number, number] | null = end;
  while (at) {
    placement[at[0]] = at[1];
    at = back[at[0]]?.[at[1]] ?? null;
  }
  return { score: endScore, placement, head: v.head };
}

/** When no ordered placement exists (far more cells than columns): cells stay where printed. */
function fallback(cells: Cell[], layout: TargetLayout): Solution {
  const m = layout.columns.length;
  const placement = cells.map((c) => {
    const col = layout.columns[c.column - 1];
    return c.column <= m && col?.part === 'indicator' ? c.column - 1 : -1;
  });
  return { score: -Infinity, placement, head: false };
}

function toAlignment(line: SourceLine, layout: TargetLayout, cells: Cell[], s: Solution): RowAlignment {
  const fields: Partial<Record<string, Cell>> = {};
  const dropped: Cell[] = [];
  const moved: MovedCell[] = [];
  let lastColumn = 0;
  let lastPrinted = 0;
  cells.forEach((cell, i) => {
    const k = s.placement[i] ?? -1;
    const col = layout.columns[k];
    if (k < 0 || !col) {
      dropped.push(cell);
      return;
    }
    fields[col.key] = cell;
    if (cell.column !== k + 1) moved.push({ cell, key: col.key, column: k + 1 });
    lastColumn = k + 1;
    lastPrinted = cell.column;
  });
  return {
    line,
    fields,
    dropped,
    moved,
    usesHead: s.head,
    lastColumn,
    trailingCells: lastColumn === 0 ? 0 : line.cells.length - lastPrinted,
  };
}
