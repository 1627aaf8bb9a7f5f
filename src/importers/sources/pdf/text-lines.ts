// Runs of text as lines: runs whose glyphs stand side by side on one baseline form a line, read left
// to right; a line splits into segments where the gap between runs is wide (a caption and a unit at
// the two ends of a line, the columns of a table drawn without rules). Text is joined without the
// spaces a PDF puts between CJK characters; Latin words and numbers keep one space.

import { runBottom, runTop } from './geometry.js';
import type { TextRun } from './geometry.js';

export interface Segment {
  text: string;
  x0: number;
  x1: number;
}

export interface TextLine {
  runs: TextRun[];
  segments: Segment[];
  x0: number;
  x1: number;
  /** Baseline of the line (its first run's), top and bottom of its glyphs. */
  y: number;
  top: number;
  bottom: number;
  size: number;
}

const LATIN = /[A-Za-z0-9%.,)）\]]$/;
const LATIN_START = /^[A-Za-z0-9(（[]/;

/** Joins runs of one line, left to right. */
export function joinRuns(runs: readonly TextRun[]): string {
  let out = '';
  let prev: TextRun | null = null;
  for (const r of runs) {
    if (prev && r.x0 - prev.x1 > prev.size * 0.25 && LATIN.test(out) && LATIN_START.test(r.text)) out += ' ';
    out += r.text;
    prev = r;
  }
  return out;
}

/** Joins the lines of one cell or paragraph, top to bottom: CJK text without a space. */
export function joinLines(texts: readonly string[]): string {
  let out = '';
  for (const t of texts) {
    if (t === '') continue;
    if (out !== '' && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(t)) out += ' ';
    out += t;
  }
  return out;
}

/** Groups runs into lines (top to bottom), each line's runs left to right. */
export function groupLines(runs: readonly TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: TextLine[] = [];
  for (const r of sorted) {
    // The run joins a line whose baseline is close and whose glyphs overlap its own vertically.
    // Runs come top to bottom, so only the last lines can take it.
    let line: TextLine | undefined;
    for (let i = lines.length - 1; i >= 0; i--) {
      const l = lines[i];
      if (!l || l.bottom > runTop(r) + r.size * 2) break;
      if (
        Math.abs(l.y - r.y) <= Math.min(l.size, r.size) * 0.45 &&
        Math.min(l.top, runTop(r)) - Math.max(l.bottom, runBottom(r)) > Math.min(l.size, r.size) * 0.5
      ) {
        line = l;
        break;
      }
    }
    if (line) {
      line.runs.push(r);
      line.top = Math.max(line.top, runTop(r));
      line.bottom = Math.min(line.bottom, runBottom(r));
      line.size = Math.max(line.size, r.size);
    } else {
      lines.push({
        runs: [r],
        segments: [],
        x0: 0,
        x1: 0,
        y: r.y,
        top: runTop(r),
        bottom: runBottom(r),
        size: r.size,
      });
    }
  }
  for (const l of lines) {
    l.runs.sort((a, b) => a.x0 - b.x0);
    l.x0 = Math.min(...l.runs.map((r) => r.x0));
    l.x1 = Math.max(...l.runs.map((r) => r.x1));
    l.segments = segments(l.runs);
  }
  return lines.sort((a, b) => b.top - a.top);
}

/** Splits a line's runs where the gap is wider than two characters. */
function segments(runs: readonly TextRun[]): Segment[] {
  const out: Segment[] = [];
  let group: TextRun[] = [];
  const flush = () => {
    const first = group[0];
    const last = group[group.length - 1];
    if (first && last)
      out.push({ text: joinRuns(group), x0: first.x0, x1: Math.max(...group.map((r) => r.x1)) });
    group = [];
  };
  for (const r of runs) {
    const prev = group[group.length - 1];
    if (prev && r.x0 - prev.x1 > Math.max(prev.size, r.size) * 2) flush();
    group.push(r);
  }
  flush();
  return out;
}
