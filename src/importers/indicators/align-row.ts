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
// They and the fits are multiples of 0.05, which solve relies on to tell equal scores apart.
const DROP = 2.5;
const SHIFT_CHANGE = 0.6;
const FIRST_SHIFT = 0.15;
const MAX_CONSECUTIVE_DROPS = 3;
/** Scores differing by less than this are equal (rounding): see solve. */
const TIE = 1e-9;

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
  /**
   * Per column k, the first column the previous placed cell can be in: an allowed one, with no
   * required column between it and k. Columns before it can never precede k, so the search skips them.
   */
  firstPrevious: number[];
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
    const firstAllowed = Math.max(0, allowed.indexOf(true));
    const firstPrevious = cols.map((_, k) => {
      let pk = firstAllowed;
      while (pk < k && (requiredBefore[k] ?? 0) - (requiredBefore[pk + 1] ?? 0) > 0) pk++;
      return pk;
    });
    return { allowed, requiredBefore, firstPrevious, head };
  };
  const both = [make(true), make(false)];
  variantCache.set(layout, both);
  return both;
}

export interface Solution {
  score: number;
  /** Layout column index per cell, or -1 when dropped. */
  placement: number[];
  head: boolean;
}

/**
 * Aligns the rows of one table. Cell texts repeat from row to row (定性, %, ≥, the level names), so
 * each distinct text is classified once per aligner: use one aligner per table.
 */
export function rowAligner(
  layout: TargetLayout,
  solved: Map<string, Solution> = solvedRows(layout),
): (line: SourceLine) => RowAlignment {
  const featuresOf = memo(cellFeatures);
  const fitsOf = memo((text: string): Fits => {
    const f = featuresOf(text);
    const values = layout.columns.map((c) => fit(c.kind, f));
    return { values, key: values.join(',') };
  });
  return (line) => {
    const cells = line.cells.filter((c) => c.text !== '');
    const feats = cells.map((c) => featuresOf(c.text));
    let best = identity(cells, feats, layout);
    if (!best) {
      // The search depends only on the printed columns and the fits, and rows of the same shape
      // recur (a shifted 定性 row, a 数量指标 row with its %): each shape is solved once.
      const fits = cells.map((c) => fitsOf(c.text));
      const key = cells.map((c, i) => `${c.column}:${fits[i]?.key ?? ''}`).join('|');
      best = solved.get(key) ?? null;
      if (!best) {
        best = search(
          cells,
          fits.map((f) => f.values),
          layout,
        );
        if (solved.size >= MAX_SOLVED_SHAPES) solved.clear();
        solved.set(key, best);
      }
    }
    return toAlignment(line, layout, cells, best);
  };
}

interface Fits {
  /** The fit of the text in each layout column. */
  values: number[];
  /** The values joined: texts with the same fits share a key. */
  key: string;
}

/** Solutions by row shape, kept per layout across tables and documents; bounded, then started afresh. */
const MAX_SOLVED_SHAPES = 4_000;
const solvedByLayout = new WeakMap<TargetLayout, Map<string, Solution>>();

function solvedRows(layout: TargetLayout): Map<string, Solution> {
  let solved = solvedByLayout.get(layout);
  if (!solved) {
    solved = new Map();
    solvedByLayout.set(layout, solved);
  }
  return solved;
}

/** `compute` with its results kept by text. */
function memo<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = compute(text);
      known.set(text, value);
    }
    return value;
  };
}

/** One row on its own, solved afresh (no solution kept from other rows). */
export function alignRow(line: SourceLine, layout: TargetLayout): RowAlignment {
  return rowAligner(layout, new Map())(line);
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

/** The cells of a row and how well each fits each layout column, shared by both readings. */
interface SearchInput {
  /** Printed 1-based column per cell. */
  printed: readonly number[];
  /** fits[i][k]: the fit of cell i in layout column k. */
  fits: readonly (readonly number[])[];
  n: number;
  m: number;
}

function search(cells: Cell[], fits: readonly (readonly number[])[], layout: TargetLayout): Solution {
  const input: SearchInput = {
    printed: cells.map((c) => c.column),
    fits,
    n: cells.length,
    m: layout.columns.length,
  };
  let best: Solution | null = null;
  for (const v of variants(layout)) {
    const s = solve(input, v);
    if (s && (!best || s.score > best.score + TIE)) best = s;
  }
  return best ?? fallback(cells, layout);
}

/**
 * Dynamic programme over (last placed cell i, its column k): score[i * m + k] is the best score of
 * the cells up to i with cell i in column k, back[i * m + k] the (cell, column) before it, as
 * pi * m + pk, or -1. Among equal scores the first candidate in the order (start of the row, then
 * earlier previous cells, then earlier columns) wins. Every score is a sum of fits and penalties
 * that are multiples of 0.05, so two scores are either equal, up to rounding far below TIE, or
 * differ by at least 0.05. That lets the candidates be tried nearest first (the previous cell, the
 * nearest column), which finds a good score early and skips the cells whose best score cannot
 * reach it; ties then go to the later-tried candidate, which comes first in the order.
 */
function solve(input: SearchInput, v: Variant): Solution | null {
  const { printed, fits, n, m } = input;
  if (n === 0) return { score: 0, placement: [], head: false };
  const req = v.requiredBefore;
  const score = new Float64Array(n * m).fill(-Infinity);
  const back = new Int32Array(n * m).fill(-1);
  /** The best score of each cell in any column: no candidate from that cell scores more. */
  const cellBest = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const fitsI = fits[i];
    if (!fitsI) continue;
    const printedI = printed[i] ?? 0;
    const firstPrev = Math.max(0, i - 1 - MAX_CONSECUTIVE_DROPS);
    for (let k = 0; k < m; k++) {
      if (!v.allowed[k]) continue;
      const own = fitsI[k] ?? 0;
      const shift = k + 1 - printedI;
      let bestHere = -Infinity;
      let from = -1;
      const firstPk = v.firstPrevious[k] ?? 0;
      for (let pi = i - 1; pi >= firstPrev; pi--) {
        const dropped = DROP * (i - pi - 1);
        if ((cellBest[pi] ?? -Infinity) - dropped + own < bestHere - TIE) continue;
        const row = pi * m;
        const prevShiftBase = 1 - (printed[pi] ?? 0);
        for (let pk = k - 1; pk >= firstPk; pk--) {
          const prev = score[row + pk] ?? -Infinity;
          if (prev === -Infinity) continue;
          const s = prev - dropped + own - SHIFT_CHANGE * Math.abs(shift - (pk + prevShiftBase));
          if (s > bestHere - TIE) {
            bestHere = s;
            from = row + pk;
          }
        }
      }
      if (i <= MAX_CONSECUTIVE_DROPS && (req[k] ?? 0) === 0) {
        const s = -DROP * i + own - FIRST_SHIFT * Math.abs(shift);
        if (s > bestHere - TIE) {
          bestHere = s;
          from = -1;
        }
      }
      score[i * m + k] = bestHere;
      back[i * m + k] = from;
      if (bestHere > (cellBest[i] ?? -Infinity)) cellBest[i] = bestHere;
    }
  }
  let end = -1;
  let endScore = -Infinity;
  const reqTotal = req[m] ?? 0;
  for (let i = Math.max(0, n - 1 - MAX_CONSECUTIVE_DROPS); i < n; i++) {
    for (let k = 0; k < m; k++) {
      const s = (score[i * m + k] ?? -Infinity) - DROP * (n - 1 - i);
      if (s === -Infinity || reqTotal - (req[k + 1] ?? 0) > 0) continue;
      if (s > endScore + TIE) {
        endScore = s;
        end = i * m + k;
      }
    }
  }
  if (end < 0) return null;
  const placement = new Array<number>(n).fill(-1);
  for (let at = end; at >= 0; at = back[at] ?? -1) placement[Math.floor(at / m)] = at % m;
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
