// Where the bands of a scoring standard reach, and what they leave out or claim twice. A threshold
// band ("90%以上", "达到80%得8分", "75%以下") reaches to the nearest other boundary, the way a reader
// takes a list of thresholds; a range ("85%-90%") is taken as written, "85-89%" as reaching 90%.

import { Decimal } from '../../core/decimal.js';
import type { ScoreBand, Score } from './score-bands.js';

/** The part of the axis (per cent) a band scores; null ends are open (−∞ / +∞). */
export interface Region {
  lo: Decimal | null;
  loIncl: boolean;
  hi: Decimal | null;
  hiIncl: boolean;
  band: ScoreBand;
}

export interface Gap {
  lo: Decimal;
  hi: Decimal;
  /** True when only the boundary itself is left out ("小于90%且大于80%" … "小于80%": 80% exactly). */
  point: boolean;
}

export interface Overlap {
  a: Region;
  b: Region;
  lo: Decimal | null;
  hi: Decimal | null;
  point: boolean;
}

const ONE = Decimal.from('1');
const isInteger = (d: Decimal): boolean => d.round(0).eq(d);

function boundaries(
  bands: readonly ScoreBand[],
  except: ScoreBand,
): { v: Decimal; from: ScoreBand; end: 'lo' | 'hi' }[] {
  const out: { v: Decimal; from: ScoreBand; end: 'lo' | 'hi' }[] = [];
  for (const b of bands) {
    if (b === except) continue;
    if (b.lo) out.push({ v: b.lo, from: b, end: 'lo' });
    if (b.hi) out.push({ v: b.hi, from: b, end: 'hi' });
  }
  return out;
}

/** The region each band scores. */
export function regionsOf(bands: readonly ScoreBand[]): Region[] {
  return bands.map((band): Region => {
    const others = boundaries(bands, band);
    if (band.shape === 'range' && band.dash && band.lo && band.hi) {
      const lo = band.lo;
      const hi = band.hi;
      const next = others.find((o) => o.end === 'lo' && o.v.eq(hi));
      if (next) return { lo, loIncl: band.loIncl, hi, hiIncl: !next.from.loIncl, band };
      // "85-89%" next to "90%以上": whole per cents, so the range reaches the next one.
      const plusOne = hi.add(ONE);
      if (isInteger(lo) && isInteger(hi) && others.some((o) => o.end === 'lo' && o.v.eq(plusOne))) {
        return { lo, loIncl: band.loIncl, hi: plusOne, hiIncl: false, band };
      }
      return { lo, loIncl: band.loIncl, hi, hiIncl: true, band };
    }
    if ((band.shape === 'lower' || band.shape === 'point') && band.lo) {
      const x = band.lo;
      const above = others.filter((o) => o.v.gt(x)).sort((p, q) => p.v.cmp(q.v));
      const first = above[0];
      if (!first) return { lo: x, loIncl: band.loIncl, hi: null, hiIncl: false, band };
      const starts = above.find((o) => o.v.eq(first.v) && o.end === 'lo');
      return { lo: x, loIncl: band.loIncl, hi: first.v, hiIncl: starts ? !starts.from.loIncl : false, band };
    }
    if (band.shape === 'upper' && band.hi) {
      const x = band.hi;
      const below = others.filter((o) => o.v.lt(x)).sort((p, q) => q.v.cmp(p.v));
      const first = below[0];
      if (!first) return { lo: null, loIncl: false, hi: x, hiIncl: band.hiIncl, band };
      const ends = below.find((o) => o.v.eq(first.v) && o.end === 'hi');
      return { lo: first.v, loIncl: ends ? !ends.from.hiIncl : true, hi: x, hiIncl: band.hiIncl, band };
    }
    return { lo: band.lo, loIncl: band.loIncl, hi: band.hi, hiIncl: band.hiIncl, band };
  });
}

const loCmp = (a: Region, b: Region): number => {
  if (a.lo === null) return b.lo === null ? 0 : -1;
  if (b.lo === null) return 1;
  return a.lo.cmp(b.lo);
};

/** Uncovered stretches between the lowest and the highest band. */
export function gapsOf(regions: readonly Region[]): Gap[] {
  const sorted = [...regions].sort(loCmp);
  const gaps: Gap[] = [];
  let reach: { v: Decimal | null; incl: boolean } | null = null;
  for (const r of sorted) {
    if (reach === null) {
      reach = { v: r.hi, incl: r.hiIncl };
      continue;
    }
    if (reach.v === null) break;
    if (r.lo !== null) {
      const c = r.lo.cmp(reach.v);
      if (c > 0) gaps.push({ lo: reach.v, hi: r.lo, point: false });
      else if (c === 0 && !reach.incl && !r.loIncl) gaps.push({ lo: r.lo, hi: r.lo, point: true });
    }
    if (r.hi === null) reach = { v: null, incl: false };
    else {
      const c = r.hi.cmp(reach.v);
      if (c > 0) reach = { v: r.hi, incl: r.hiIncl };
      else if (c === 0) reach = { v: r.hi, incl: reach.incl || r.hiIncl };
    }
  }
  return gaps;
}

const sameScore = (a: Score, b: Score): boolean =>
  a === 'full' || b === 'full' ? a === b : a.points.eq(b.points);

/** Stretches that two bands with different scores both claim. */
export function overlapsOf(regions: readonly Region[]): Overlap[] {
  const out: Overlap[] = [];
  for (let i = 0; i < regions.length; i++) {
    for (let j = i + 1; j < regions.length; j++) {
      const a = regions[i];
      const b = regions[j];
      if (!a || !b || sameScore(a.band.score, b.band.score)) continue;
      const lo = maxLo(a, b);
      const hi = minHi(a, b);
      if (lo.v !== null && hi.v !== null) {
        const c = lo.v.cmp(hi.v);
        if (c > 0) continue;
        if (c === 0) {
          if (lo.incl && hi.incl) out.push({ a, b, lo: lo.v, hi: hi.v, point: true });
          continue;
        }
      }
      out.push({ a, b, lo: lo.v, hi: hi.v, point: false });
    }
  }
  return out;
}

function maxLo(a: Region, b: Region): { v: Decimal | null; incl: boolean } {
  if (a.lo === null) return { v: b.lo, incl: b.loIncl };
  if (b.lo === null) return { v: a.lo, incl: a.loIncl };
  const c = a.lo.cmp(b.lo);
  if (c === 0) return { v: a.lo, incl: a.loIncl && b.loIncl };
  return c > 0 ? { v: a.lo, incl: a.loIncl } : { v: b.lo, incl: b.loIncl };
}

function minHi(a: Region, b: Region): { v: Decimal | null; incl: boolean } {
  if (a.hi === null) return { v: b.hi, incl: b.hiIncl };
  if (b.hi === null) return { v: a.hi, incl: a.hiIncl };
  const c = a.hi.cmp(b.hi);
  if (c === 0) return { v: a.hi, incl: a.hiIncl && b.hiIncl };
  return c < 0 ? { v: a.hi, incl: a.hiIncl } : { v: b.hi, incl: b.hiIncl };
}

/** "80%–85%", "80%", "75%以下". */
export function stretchText(lo: Decimal | null, hi: Decimal | null): string {
  if (lo === null && hi === null) return '全部区间';
  if (lo === null) return `${hi?.toString() ?? ''}%以下`;
  if (hi === null) return `${lo.toString()}%以上`;
  if (lo.eq(hi)) return `恰为${lo.toString()}%`;
  return `${lo.toString()}%–${hi.toString()}%`;
}
