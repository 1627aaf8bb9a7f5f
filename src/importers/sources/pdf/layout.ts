// One page as lines in reading order: each row of a ruled table is a line whose cells are the table's
// columns (a merged cell's text in its first column and row, blanks under it); text outside tables
// forms lines of their own, and a block of lines whose segments stand in the same columns is a table
// drawn without rules. Page numbers at the page's edges are dropped. Prose lines that run to the
// right margin and are continued by an unindented line are marked as wrapped.

import type { Box } from '../../../core/source.js';
import { round2, runMiddle } from './geometry.js';
import type { TextRun } from './geometry.js';
import type { PageContent } from './content.js';
import { findGrids } from './grid.js';
import type { Grid, GridCell } from './grid.js';
import { groupLines, joinLines, joinRuns } from './text-lines.js';
import type { Segment, TextLine } from './text-lines.js';

export interface PageCell {
  text: string;
  box: Box;
}

export interface PageLine {
  cells: PageCell[];
  box: Box;
  /** A table row (ruled or aligned), as opposed to a line of text. */
  tabular: boolean;
  wrapped: boolean;
}

const boxOf = (b: readonly number[]): Box => [
  round2(b[0] ?? 0),
  round2(b[1] ?? 0),
  round2(b[2] ?? 0),
  round2(b[3] ?? 0),
];

/** The grid and cell a run's middle falls in, or null. */
function placeRun(grids: readonly Grid[], r: TextRun): { grid: Grid; cell: GridCell } | null {
  const cx = (r.x0 + r.x1) / 2;
  const cy = runMiddle(r);
  for (const g of grids) {
    const [x0, y0, x1, y1] = g.box;
    if (cx < x0 || cx > x1 || cy < y0 || cy > y1) continue;
    const col = Math.max(
      0,
      g.xs.findIndex((x, i) => cx >= x && cx < (g.xs[i + 1] ?? Infinity)),
    );
    const row = Math.max(
      0,
      g.ys.findIndex((y, i) => cy <= y && cy > (g.ys[i + 1] ?? -Infinity)),
    );
    const cell = g.cellAt[Math.min(row, g.cellAt.length - 1)]?.[Math.min(col, g.xs.length - 2)];
    if (cell) return { grid: g, cell };
  }
  return null;
}

/** A cell's text: its runs as lines, top to bottom, joined. */
function cellText(runs: readonly TextRun[]): string {
  return joinLines(groupLines(runs).map((l) => joinRuns(l.runs)));
}

function gridLines(g: Grid, runsOf: Map<GridCell, TextRun[]>): { top: number; line: PageLine }[] {
  const out: { top: number; line: PageLine }[] = [];
  const cols = g.xs.length - 1;
  for (let r = 0; r < g.cellAt.length; r++) {
    const row = g.cellAt[r] ?? [];
    const cells: PageCell[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = row[c];
      const own = cell && cell.row === r && cell.col === c;
      const text = own ? cellText(runsOf.get(cell) ?? []) : '';
      const box = own ? cell.box : [g.xs[c] ?? 0, g.ys[r + 1] ?? 0, g.xs[c + 1] ?? 0, g.ys[r] ?? 0];
      cells.push({ text, box: boxOf(box) });
    }
    if (cells.every((c) => c.text === '')) continue;
    const top = g.ys[r] ?? 0;
    const box = boxOf([g.xs[0] ?? 0, g.ys[r + 1] ?? 0, g.xs[cols] ?? 0, top]);
    out.push({ top, line: { cells, box, tabular: cols > 1, wrapped: false } });
  }
  return out;
}

const PAGE_NUMBER =
  /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/共]\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

/** Lines of text outside the tables; blocks of aligned multi-segment lines become table rows. */
function textLines(lines: readonly TextLine[], page: PageContent): { top: number; line: PageLine }[] {
  const kept = lines.filter(
    (l) =>
      !(
        PAGE_NUMBER.test(joinRuns(l.runs).trim()) &&
        (l.top < page.height * 0.1 || l.bottom > page.height * 0.9)
      ),
  );
  const aligned = alignedBlocks(kept);
  const out: { top: number; line: PageLine }[] = [];
  kept.forEach((l, i) => {
    const columns = aligned.get(i);
    const box = boxOf([l.x0, l.bottom, l.x1, l.top]);
    if (columns) {
      const cells = columns.cells.map((seg, k) => {
        const x = columns.starts[k] ?? l.x0;
        return seg
          ? { text: seg.text, box: boxOf([seg.x0, l.bottom, seg.x1, l.top]) }
          : { text: '', box: boxOf([x, l.bottom, x, l.top]) };
      });
      out.push({ top: l.top, line: { cells, box, tabular: true, wrapped: false } });
    } else {
      // A line split by wide gaps (a caption and the unit at its two ends) keeps its parts as cells.
      const cells = l.segments.map((s) => ({ text: s.text, box: boxOf([s.x0, l.bottom, s.x1, l.top]) }));
      out.push({ top: l.top, line: { cells, box, tabular: false, wrapped: false } });
    }
  });
  markWrapped(kept, out, aligned);
  return out;
}

interface AlignedRow {
  /** The columns' left edges. */
  starts: number[];
  /** The line's segment in each column, or null. */
  cells: (Segment | null)[];
}

/**
 * Blocks of two or more consecutive lines of two or more segments each, whose segments start at the
 * same few columns: a table printed without rules. Returns, per line index, its cells by column.
 */
function alignedBlocks(lines: readonly TextLine[]): Map<number, AlignedRow> {
  const out = new Map<number, AlignedRow>();
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && (lines[j]?.segments.length ?? 0) >= 2) {
      const next = lines[j + 1];
      const cur = lines[j];
      j++;
      if (!next || !cur || cur.bottom - next.top > cur.size * 2.5) break;
    }
    const block = lines.slice(i, j);
    if (block.length >= 2) {
      const columns = columnStarts(block);
      if (columns) {
        block.forEach((l, k) => {
          const cells: (Segment | null)[] = columns.map(() => null);
          for (const s of l.segments) {
            const c = nearestColumn(columns, s.x0);
            cells[c] = s;
          }
          out.set(i + k, { starts: columns, cells });
        });
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The columns' left edges if every line's segments fall in distinct columns; else null. */
function columnStarts(block: readonly TextLine[]): number[] | null {
  const size = Math.max(...block.map((l) => l.size));
  const starts = block.flatMap((l) => l.segments.map((s) => s.x0)).sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of starts) {
    const last = columns[columns.length - 1];
    if (last === undefined || x - last > size * 1.5) columns.push(x);
  }
  if (columns.length < 2) return null;
  for (const l of block) {
    const used = new Set(l.segments.map((s) => nearestColumn(columns, s.x0)));
    if (used.size !== l.segments.length) return null;
  }
  return columns;
}

function nearestColumn(columns: readonly number[], x: number): number {
  let best = 0;
  for (let k = 0; k < columns.length; k++) if ((columns[k] ?? 0) <= x + 2) best = k;
  return best;
}

/** Marks prose lines that run to the right margin and are continued by an unindented line. */
function markWrapped(
  lines: readonly TextLine[],
  out: readonly { line: PageLine }[],
  aligned: ReadonlyMap<number, unknown>,
): void {
  const prose = lines.filter((l, i) => !aligned.has(i) && l.segments.length === 1);
  if (prose.length < 2) return;
  const right = Math.max(...prose.map((l) => l.x1));
  const left = Math.min(...prose.map((l) => l.x0));
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    const line = out[i]?.line;
    if (!next || !line || aligned.has(i) || aligned.has(i + 1)) return;
    if (l.segments.length !== 1 || next.segments.length !== 1) return;
    const reachesMargin = l.x1 >= right - l.size * 1.5;
    const close = l.bottom - next.top < l.size * 1.2;
    const unindented = next.x0 <= left + l.size * 0.8;
    // A line that ends a sentence at the margin may end its paragraph too: the reader decides there.
    const endsSentence = /[。！？；：.!?;:]["”’)）]?$/.test(joinRuns(l.runs));
    line.wrapped = reachesMargin && close && unindented && !endsSentence;
  });
}

export function layoutPage(page: PageContent): PageLine[] {
  const grids = findGrids(page.hRules, page.vRules);
  const runsOf = new Map<GridCell, TextRun[]>();
  const loose: TextRun[] = [];
  for (const r of page.runs) {
    const placed = placeRun(grids, r);
    if (!placed) {
      loose.push(r);
      continue;
    }
    const list = runsOf.get(placed.cell);
    if (list) list.push(r);
    else runsOf.set(placed.cell, [r]);
  }
  const all = [...grids.flatMap((g) => gridLines(g, runsOf)), ...textLines(groupLines(loose), page)];
  // Stable sort by top: rows of one table keep their order.
  return all.sort((a, b) => b.top - a.top).map((x) => x.line);
}
