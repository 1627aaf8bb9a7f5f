import { describe, expect, it } from 'vitest';
import { findGrids } from './grid.js';
import type { HRule, VRule } from './geometry.js';

/** A 3×3 table at x 0/100/200/300, y 300/200/100/0 (top to bottom), all rules drawn cell by cell. */
function ruled(skip: (kind: 'h' | 'v', a: number, b: number) => boolean = () => false) {
  const h: HRule[] = [];
  const v: VRule[] = [];
  const xs = [0, 100, 200, 300];
  const ys = [300, 200, 100, 0];
  for (let r = 0; r < 4; r++)
    for (let c = 0; c < 3; c++)
      if (!skip('h', r, c)) h.push({ y: ys[r] ?? 0, x0: xs[c] ?? 0, x1: xs[c + 1] ?? 0 });
  for (let c = 0; c < 4; c++)
    for (let r = 0; r < 3; r++)
      if (!skip('v', c, r)) v.push({ x: xs[c] ?? 0, y0: ys[r + 1] ?? 0, y1: ys[r] ?? 0 });
  return { h, v };
}

describe('findGrids', () => {
  it('rebuilds a table from rules drawn cell by cell, with rows top to bottom', () => {
    const { h, v } = ruled();
    const [g] = findGrids(h, v);
    expect([g?.xs, g?.ys]).toEqual([
      [0, 100, 200, 300],
      [300, 200, 100, 0],
    ]);
    expect(g?.cellAt[2]?.[1]).toMatchObject({
      row: 2,
      col: 1,
      rowSpan: 1,
      colSpan: 1,
      box: [100, 0, 200, 100],
    });
  });

  it('merges cells with no rule between them: a caption over two columns, a name over two rows', () => {
    // No vertical rule between columns 1 and 2 in row 0; no horizontal rule between rows 1 and 2 in column 0.
    const { h, v } = ruled(
      (kind, a, b) => (kind === 'v' && a === 2 && b === 0) || (kind === 'h' && a === 2 && b === 0),
    );
    const [g] = findGrids(h, v);
    expect(g?.cellAt[0]?.[1]).toMatchObject({ row: 0, col: 1, colSpan: 2, box: [100, 200, 300, 300] });
    expect(g?.cellAt[0]?.[2]).toBe(g?.cellAt[0]?.[1]);
    expect(g?.cellAt[2]?.[0]).toMatchObject({ row: 1, col: 0, rowSpan: 2 });
  });

  it('joins collinear pieces of a rule and tolerates half a point of misalignment', () => {
    const { h, v } = ruled();
    const jittered = h.map((r, i) => ({ ...r, y: r.y + (i % 2 ? 0.4 : -0.4) }));
    const [g] = findGrids(jittered, v);
    expect(g?.cellAt.length).toBe(3);
  });

  it('does not take a frame around text, or separate tables, for one table', () => {
    const frame = findGrids(
      [
        { y: 0, x0: 0, x1: 500 },
        { y: 700, x0: 0, x1: 500 },
      ],
      [
        { x: 0, y0: 0, y1: 700 },
        { x: 500, y0: 0, y1: 700 },
      ],
    );
    expect(frame).toEqual([]);
    const a = ruled();
    const b = ruled();
    const lower = {
      h: b.h.map((r) => ({ ...r, y: r.y - 400 })),
      v: b.v.map((r) => ({ ...r, y0: r.y0 - 400, y1: r.y1 - 400 })),
    };
    const grids = findGrids([...a.h, ...lower.h], [...a.v, ...lower.v]);
    expect(grids.map((g) => g.box)).toEqual([
      [0, 0, 300, 300],
      [0, -400, 300, -100],
    ]);
  });
});
