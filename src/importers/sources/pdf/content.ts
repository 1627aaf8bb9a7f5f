// One PDF page as geometry: the runs of text from pdfjs's text content and the ruling lines drawn by
// its operators (stroked segments and rectangles, and the thin filled rectangles WPS and Excel draw
// cell borders with), all in the viewed page's points, y up.

import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { apply, IDENTITY, multiply } from './geometry.js';
import type { HRule, Matrix, TextRun, VRule } from './geometry.js';
import { unifiedIdeographs } from './radicals.js';

export interface PageContent {
  /** 1-based page number. */
  no: number;
  width: number;
  height: number;
  runs: TextRun[];
  hRules: HRule[];
  vRules: VRule[];
}

/** The operator codes read here (pdfjs's OPS). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  setLineWidth: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** The maps from user space to the viewed page (y up): the viewport's, then a flip. */
function viewMatrix(page: PDFPageProxy): { m: Matrix; width: number; height: number } {
  const vp = page.getViewport({ scale: 1 });
  const t = vp.transform as Matrix;
  return { m: multiply(t, [1, 0, 0, -1, 0, vp.height]), width: vp.width, height: vp.height };
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/;

/** The width text would have at `size`: full-width characters one em, others a little over half. */
function estimatedWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.55;
  return em * size;
}

/**
 * A text item as runs, one per word: producers draw several cells' figures as one string ("82,096,797.42
 * 82,096,797.42"), and pdfjs joins strings drawn close together with a space. Positions within the item
 * are estimated from the characters' widths, scaled to the item's width; the line reader joins words
 * of one cell again.
 */
function itemRuns(text: string, x0: number, width: number, y: number, size: number): TextRun[] {
  const estimate = estimatedWidth(text, size);
  // Some producers report absurd widths (spaces drawn with huge character spacing): trust the estimate then.
  const w = width > 0 && width < estimate * 2.5 ? width : estimate;
  const scale = estimate > 0 ? w / estimate : 1;
  const runs: TextRun[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = x0 + estimatedWidth(text.slice(0, m.index), size) * scale;
    runs.push({ text: m[0], x0: start, x1: start + estimatedWidth(m[0], size) * scale, y, size });
  }
  return runs;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

export function textRuns(items: readonly unknown[], view: Matrix): TextRun[] {
  const runs: TextRun[] = [];
  for (const raw of items) {
    const item = raw as Partial<PdfTextItem>;
    if (typeof item.str !== 'string' || !item.transform || item.str.trim() === '') continue;
    const str = unifiedIdeographs(item.str);
    const [a, b, c, d, e, f] = multiply(item.transform as Matrix, view);
    const size = Math.hypot(c, d);
    if (size <= 0) continue;
    if (Math.abs(b) <= Math.abs(a) * 0.1 && a > 0) {
      runs.push(...itemRuns(str, e, item.width ?? 0, f, size));
    } else {
      // Rotated text (a caption printed vertically): placed by its extent, read as one run.
      const len = item.width ?? estimatedWidth(str, size);
      const [ex, ey] = [e + (a / Math.hypot(a, b)) * len, f + (b / Math.hypot(a, b)) * len];
      runs.push({
        text: str.trim(),
        x0: Math.min(e, ex) - size / 2,
        x1: Math.max(e, ex) + size / 2,
        y: Math.min(f, ey),
        size: Math.max(size, Math.abs(ey - f) / 1.2),
      });
    }
  }
  // A damaged content stream can place text at NaN or infinity: such text has no place on the page.
  return runs.filter((r) => [r.x0, r.x1, r.y, r.size].every(Number.isFinite));
}

/** Thickest filled rectangle still read as a rule (cell borders drawn as fills). */
const MAX_RULE_THICKNESS = 2.5;
/** Tolerance for horizontal/vertical. */
const FLAT = 0.8;

/** The ruling lines the operator list draws, in the viewed page's coordinates. */
export function ruleLines(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: OpCodes,
  view: Matrix,
): { h: HRule[]; v: VRule[] } {
  const h: HRule[] = [];
  const v: VRule[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let strokeVisible = true;
  let fillVisible = true;
  const colourStack: [boolean, boolean][] = [];
  const segment = (x0: number, y0: number, x1: number, y1: number) => {
    const [ax, ay] = apply(multiply(ctm, view), x0, y0);
    const [bx, by] = apply(multiply(ctm, view), x1, y1);
    if (Math.abs(ay - by) <= FLAT && Math.abs(ax - bx) > FLAT)
      h.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) <= FLAT && Math.abs(ay - by) > FLAT)
      v.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) {
      stack.push(ctm);
      colourStack.push([strokeVisible, fillVisible]);
    } else if (fn === ops.restore) {
      ctm = stack.pop() ?? IDENTITY;
      [strokeVisible, fillVisible] = colourStack.pop() ?? [true, true];
    } else if (fn === ops.transform && args) {
      ctm = multiply(args as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      colourStack.push([strokeVisible, fillVisible]);
      const m = args[0] as Matrix | null;
      if (m && m.length === 6) ctm = multiply(m, ctm);
    } else if (fn === ops.paintFormXObjectEnd) {
      ctm = stack.pop() ?? IDENTITY;
      [strokeVisible, fillVisible] = colourStack.pop() ?? [true, true];
    } else if (fn === ops.setStrokeRGBColor && args) {
      strokeVisible = !isWhite(args[0]);
    } else if (fn === ops.setFillRGBColor && args) {
      fillVisible = !isWhite(args[0]);
    } else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const buffer = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (!buffer) continue;
      const stroked =
        paint === ops.stroke ||
        paint === ops.closeStroke ||
        paint === ops.fillStroke ||
        paint === ops.eoFillStroke ||
        paint === ops.closeFillStroke ||
        paint === ops.closeEOFillStroke;
      const filled = paint === ops.fill || paint === ops.eoFill;
      if (stroked && strokeVisible) strokeSegments(buffer, segment);
      else if (filled && fillVisible) {
        for (const r of rectangles(buffer)) {
          const [ax, ay] = apply(multiply(ctm, view), r[0], r[1]);
          const [bx, by] = apply(multiply(ctm, view), r[2], r[3]);
          const [x0, x1, y0, y1] = [Math.min(ax, bx), Math.max(ax, bx), Math.min(ay, by), Math.max(ay, by)];
          if (y1 - y0 <= MAX_RULE_THICKNESS && x1 - x0 > y1 - y0) h.push({ y: (y0 + y1) / 2, x0, x1 });
          else if (x1 - x0 <= MAX_RULE_THICKNESS && y1 - y0 > x1 - x0) v.push({ x: (x0 + x1) / 2, y0, y1 });
        }
      }
    }
  }
  // Degenerate matrices in a damaged file give NaN or infinite coordinates: not lines of any table.
  return {
    h: h.filter((r) => [r.y, r.x0, r.x1].every(Number.isFinite)),
    v: v.filter((r) => [r.x, r.y0, r.y1].every(Number.isFinite)),
  };
}

function isWhite(colour: unknown): boolean {
  return typeof colour === 'string' && /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(colour);
}

// pdfjs's path buffer: an operator code followed by its coordinates.
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** Calls `segment` for every straight segment of the path (curves are skipped). */
function strokeSegments(
  buf: ArrayLike<number>,
  segment: (x0: number, y0: number, x1: number, y1: number) => void,
): void {
  let [sx, sy, cx, cy] = [0, 0, 0, 0];
  for (let k = 0; k < buf.length;) {
    const op = buf[k++];
    if (op === MOVE) {
      cx = sx = buf[k++] ?? 0;
      cy = sy = buf[k++] ?? 0;
    } else if (op === LINE) {
      const x = buf[k++] ?? 0;
      const y = buf[k++] ?? 0;
      segment(cx, cy, x, y);
      [cx, cy] = [x, y];
    } else if (op === CURVE) {
      k += 4;
      cx = buf[k++] ?? 0;
      cy = buf[k++] ?? 0;
    } else if (op === QUAD) {
      k += 2;
      cx = buf[k++] ?? 0;
      cy = buf[k++] ?? 0;
    } else if (op === CLOSE) {
      if (cx !== sx || cy !== sy) segment(cx, cy, sx, sy);
      [cx, cy] = [sx, sy];
    } else break;
  }
}

/** The axis-aligned rectangles among the path's subpaths: [x0, y0, x1, y1] in path coordinates. */
function rectangles(buf: ArrayLike<number>): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let pts: [number, number][] = [];
  const close = () => {
    if (pts.length >= 4 && pts.length <= 5) {
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const distinct = (vs: number[]) => new Set(vs.map((v) => Math.round(v * 10))).size;
      if (distinct(xs) <= 2 && distinct(ys) <= 2)
        out.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
    }
    pts = [];
  };
  for (let k = 0; k < buf.length;) {
    const op = buf[k++];
    if (op === MOVE) {
      close();
      pts.push([buf[k++] ?? 0, buf[k++] ?? 0]);
    } else if (op === LINE) pts.push([buf[k++] ?? 0, buf[k++] ?? 0]);
    else if (op === CURVE) {
      k += 6;
      pts = [];
    } else if (op === QUAD) {
      k += 4;
      pts = [];
    } else if (op === CLOSE) close();
    else break;
  }
  close();
  return out;
}

export { viewMatrix };
