// Tables rebuilt from ruling lines: rules that touch form a grid; its column and row lines are the
// distinct positions of its vertical and horizontal rules; two neighbouring grid cells with no rule
// between them are one merged cell. Only grids of two columns or more are tables (a frame around
// text is not).

import type { HRule, VRule } from './geometry.js';

/** Rules closer than this (points) are the same line; gaps this small are no gap. */
const TOL = 1.5;
/** A boundary counts when rules cover this share of it. */
const COVERED = 0.6;

export interface GridCell {
  /** Top-left grid position and span (rows count from the top). */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** [x0, y0, x1, y1], y up. */
  box: [number, number, number, number];
}

export interface Grid {
  /** Column lines, left to right. */
  xs: number[];
  /** Row lines, top to bottom (descending y). */
  ys: number[];
  /** The merged cell each grid position belongs to: cellAt[row][col]. */
  cellAt: GridCell[][];
  box: [number, number, number, number];
}

/** Merges collinear rules that overlap or touch. */
function mergeH(rules: readonly HRule[]): HRule[] {
  const sorted = [...rules].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const out: HRule[] = [];
  for (const r of sorted) {
    const same = out.filter((o) => Math.abs(o.y - r.y) <= TOL && r.x0 <= o.x1 + TOL && r.x1 >= o.x0 - TOL);
    const last = same[same.length - 1];
    if (last) {
      last.x0 = Math.min(last.x0, r.x0);
      last.x1 = Math.max(last.x1, r.x1);
    } else out.push({ ...r });
  }
  return out;
}

function mergeV(rules: readonly VRule[]): VRule[] {
  return mergeH(rules.map((r) => ({ y: r.x, x0: r.y0, x1: r.y1 }))).map((r) => ({
    x: r.y,
    y0: r.x0,
    y1: r.x1,
  }));
}

/** Positions closer than TOL become one (their mean). */
function cluster(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - (last[last.length - 1] ?? v) <= TOL) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Groups of rules that touch each other (union-find over intersections). */
function components(h: readonly HRule[], v: readonly VRule[]): { h: HRule[]; v: VRule[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let k = i;
    while (parent[k] !== r) {
      const next = parent[k] ?? r;
      parent[k] = r;
      k = next;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[ra] = rb;
  };
  h.forEach((hr, i) => {
    v.forEach((vr, j) => {
      if (vr.x >= hr.x0 - TOL && vr.x <= hr.x1 + TOL && hr.y >= vr.y0 - TOL && hr.y <= vr.y1 + TOL)
        union(i, h.length + j);
    });
  });
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  const group = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) {
      g = { h: [], v: [] };
      groups.set(root, g);
    }
    return g;
  };
  h.forEach((r, i) => group(i).h.push(r));
  v.forEach((r, j) => group(h.length + j).v.push(r));
  return [...groups.values()];
}

/** Length of [a0, a1] covered by the union of the intervals. */
function coverage(a0: number, a1: number, intervals: readonly [number, number][]): number {
  const parts = intervals
    .map(([s, e]) => [Math.max(s, a0), Math.min(e, a1)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((p, q) => p[0] - q[0]);
  let covered = 0;
  let end = a0;
  for (const [s, e] of parts) {
    if (e <= end) continue;
    covered += e - Math.max(s, end);
    end = e;
  }
  return covered;
}

function buildGrid(h: readonly HRule[], v: readonly VRule[]): Grid | null {
  const xs = cluster(v.map((r) => r.x));
  const ys = cluster(h.map((r) => r.y)).reverse();
  if (xs.length < 3 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const vAt = (x: number) =>
    v.filter((r) => Math.abs(r.x - x) <= TOL).map((r) => [r.y0, r.y1] as [number, number]);
  const hAt = (y: number) =>
    h.filter((r) => Math.abs(r.y - y) <= TOL).map((r) => [r.x0, r.x1] as [number, number]);
  const vLines = xs.map(vAt);
  const hLines = ys.map(hAt);
  // Union-find over grid cells: neighbours without a rule between them are one cell.
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let r = 0; r < rows; r++) {
    const [top, bottom] = [ys[r] ?? 0, ys[r + 1] ?? 0];
    for (let c = 0; c < cols; c++) {
      const [left, right] = [xs[c] ?? 0, xs[c + 1] ?? 0];
      if (c + 1 < cols && coverage(bottom, top, vLines[c + 1] ?? []) < (top - bottom) * COVERED)
        parent[find(id(r, c))] = find(id(r, c + 1));
      if (r + 1 < rows && coverage(left, right, hLines[r + 1] ?? []) < (right - left) * COVERED)
        parent[find(id(r, c))] = find(id(r + 1, c));
    }
  }
  const extent = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const e = extent.get(root);
      if (!e) extent.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        e.r0 = Math.min(e.r0, r);
        e.r1 = Math.max(e.r1, r);
        e.c0 = Math.min(e.c0, c);
        e.c1 = Math.max(e.c1, c);
      }
    }
  const cells = new Map<number, GridCell>();
  for (const [root, e] of extent) {
    cells.set(root, {
      row: e.r0,
      col: e.c0,
      rowSpan: e.r1 - e.r0 + 1,
      colSpan: e.c1 - e.c0 + 1,
      box: [xs[e.c0] ?? 0, ys[e.r1 + 1] ?? 0, xs[e.c1 + 1] ?? 0, ys[e.r0] ?? 0],
    });
  }
  const cellAt: GridCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: GridCell[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = cells.get(find(id(r, c)));
      if (cell) row.push(cell);
    }
    cellAt.push(row);
  }
  return { xs, ys, cellAt, box: [xs[0] ?? 0, ys[ys.length - 1] ?? 0, xs[xs.length - 1] ?? 0, ys[0] ?? 0] };
}

/** The tables the rules of a page draw, top to bottom. */
export function findGrids(hRules: readonly HRule[], vRules: readonly VRule[]): Grid[] {
  const h = mergeH(hRules);
  const v = mergeV(vRules);
  const grids: Grid[] = [];
  for (const comp of components(h, v)) {
    if (comp.h.length < 2 || comp.v.length < 2) continue;
    const g = buildGrid(comp.h, comp.v);
    if (g) grids.push(g);
  }
  return grids.sort((a, b) => b.box[3] - a.box[3]);
}
