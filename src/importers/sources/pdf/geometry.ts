// The geometry a PDF page is read from, in page points with the origin at the bottom left and y up
// (the page as it is viewed: rotation and crop box applied): runs of text and ruling lines.

/** A piece of text drawn in one go, with its extent: baseline y, left and right x, font size. */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size (the em square's height). */
  size: number;
}

/** A horizontal rule at `y` from `x0` to `x1`. */
export interface HRule {
  y: number;
  x0: number;
  x1: number;
}

/** A vertical rule at `x` from `y0` to `y1` (y0 < y1). */
export interface VRule {
  x: number;
  y0: number;
  y1: number;
}

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 then m2 (PDF order: a point goes through m1 first). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The top of a run's glyphs (most CJK and Latin glyphs stand within 0.9 em above the baseline). */
export const runTop = (r: TextRun): number => r.y + r.size * 0.88;
/** The bottom of a run's glyphs (descenders reach 0.12 em below the baseline). */
export const runBottom = (r: TextRun): number => r.y - r.size * 0.12;
/** The vertical middle of a run's glyphs: where the run is placed in a table cell. */
export const runMiddle = (r: TextRun): number => r.y + r.size * 0.38;

/** Rounds a coordinate to two decimals for boxes (PDF points; finer is noise). */
export const round2 = (v: number): number => Math.round(v * 100) / 100;
