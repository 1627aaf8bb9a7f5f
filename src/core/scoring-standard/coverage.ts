// Where the bands of a standard reach, and what they leave out or claim twice. A threshold band
// ("90%以上", "达到80%得8分", "75%以下") reaches to the nearest other boundary, the way a reader takes a
// list of thresholds; a range ("85%-90%") is taken as written, "85-89%" as reaching 90% (whole per
// cents). Gaps and overlaps are found and reported, never smoothed over: the evaluator says what it
// did with a value that falls in one.

import { Decimal } from '../decimal.js';
import type { Band, Gap, Overlap, Points, Region } from './types.js';

const ONE = Decimal.from('1');
const isInteger = (d: Decimal): boolean => d.round(0).eq(d);

interface Boundary {
  v: Decimal;
  from: Band;
  end: 'lo' | 'hi';
}

function boundaries(bands: readonly Band[], except: Band): Boundary[] {
  const out: Boundary[] = [];
  for (const b of bands) {
    if (b === except) continue;
    if (b.lo) out.push({ v: b.lo, from: b, end: 'lo' });
    if (b.hi) out.push({ v: b.hi, from: b, end: 'hi' });
  }
  return out;
}

function regionOf(band: Band, others: readonly Boundary[]): Omit<Region, 'band'> {
  if (band.shape === 'range' && band.dash && band.lo && band.hi) {
    const lo = band.lo;
    const hi = band.hi;
    const next = others.find((o) => o.end === 'lo' && o.v.eq(hi));
    if (next) return { lo, loIncl: band.loIncl, hi, hiIncl: !next.from.loIncl };
    // "85-89%" next to "90%以上": whole per cents, so the range reaches the next one.
    const plusOne = hi.add(ONE);
    if (isInteger(lo) && isInteger(hi) && others.some((o) => o.end === 'lo' && o.v.eq(plusOne))) {
      return { lo, loIncl: band.loIncl, hi: plusOne, hiIncl: false };
    }
    return { lo, loIncl: band.loIncl, hi, hiIncl: true };
  }
  if ((band.shape === 'lower' || band.shape === 'point') && band.lo) {
    const x = band.lo;
    const above = others.filter((o) => o.v.gt(x)).sort((p, q) => p.v.cmp(q.v));
    const first = above[0];
    if (!first) return { lo: x, loIncl: band.loIncl, hi: null, hiIncl: false };
    const starts = above.find((o) => o.v.eq(first.v) && o.end === 'lo');
    return { lo: x, loIncl: band.loIncl, hi: first.v, hiIncl: starts ? !starts.from.loIncl : false };
  }
  if (band.shape === 'upper' && band.hi) {
    const x = band.hi;
    const below = others.filter((o) => o.v.lt(x)).sort((p, q) => q.v.cmp(p.v));
    const first = below[0];
    if (!first) return { lo: null, loIncl: false, hi: x, hiIncl: band.hiIncl };
    const ends = below.find((o) => o.v.eq(first.v) && o.end === 'hi');
    return { lo: first.v, loIncl: ends ? !ends.from.hiIncl : true, hi: x, hiIncl: band.hiIncl };
  }
  return { lo: band.lo, loIncl: band.loIncl, hi: band.hi, hiIncl: band.hiIncl };
}

/** The region each band scores, in the order of the bands. */
export function regionsOf(bands: readonly Band[]): Region[] {
  return bands.map((band, i) => ({ ...regionOf(band, boundaries(bands, band)), band: i }));
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

/** Equal points: the same number, or the same share of the weight. */
export function samePoints(a: Points, b: Points): boolean {
  if (a.kind === 'points' && b.kind === 'points') return a.value.eq(b.value);
  if (a.kind === 'weight' && b.kind === 'weight') {
    return a.numerator.mul(b.denominator).eq(b.numerator.mul(a.denominator));
  }
  return a.kind === 'full-less' && b.kind === 'full-less' && a.value.eq(b.value);
}

interface End {
  v: Decimal | null;
  incl: boolean;
}

function maxLo(a: Region, b: Region): End {
  if (a.lo === null) return { v: b.lo, incl: b.loIncl };
  if (b.lo === null) return { v: a.lo, incl: a.loIncl };
  const c = a.lo.cmp(b.lo);
  if (c === 0) return { v: a.lo, incl: a.loIncl && b.loIncl };
  return c > 0 ? { v: a.lo, incl: a.loIncl } : { v: b.lo, incl: b.loIncl };
}

function minHi(a: Region, b: Region): End {
  if (a.hi === null) return { v: b.hi, incl: b.hiIncl };
  if (b.hi === null) return { v: a.hi, incl: a.hiIncl };
  const c = a.hi.cmp(b.hi);
  if (c === 0) return { v: a.hi, incl: a.hiIncl && b.hiIncl };
  return c < 0 ? { v: a.hi, incl: a.hiIncl } : { v: b.hi, incl: b.hiIncl };
}

/** Stretches that two bands with different points both claim. */
export function overlapsOf(bands: readonly Band[], regions: readonly Region[]): Overlap[] {
  const out: Overlap[] = [];
  for (let i = 0; i < regions.length; i++) {
    for (let j = i + 1; j < regions.length; j++) {
      const a = regions[i];
      const b = regions[j];
      const pa = a && bands[a.band];
      const pb = b && bands[b.band];
      if (!a || !b || !pa || !pb || samePoints(pa.points, pb.points)) continue;
      const lo = maxLo(a, b);
      const hi = minHi(a, b);
      if (lo.v !== null && hi.v !== null) {
        const c = lo.v.cmp(hi.v);
        if (c > 0) continue;
        if (c === 0) {
          if (lo.incl && hi.incl) out.push({ a: a.band, b: b.band, lo: lo.v, hi: hi.v, point: true });
          continue;
        }
      }
      out.push({ a: a.band, b: b.band, lo: lo.v, hi: hi.v, point: false });
    }
  }
  return out;
}

/** True when x lies in the region. */
export function inRegion(r: Pick<Region, 'lo' | 'loIncl' | 'hi' | 'hiIncl'>, x: Decimal): boolean {
  if (r.lo !== null) {
    const c = x.cmp(r.lo);
    if (c < 0 || (c === 0 && !r.loIncl)) return false;
  }
  if (r.hi !== null) {
    const c = x.cmp(r.hi);
    if (c > 0 || (c === 0 && !r.hiIncl)) return false;
  }
  return true;
}

/** "80%–85%", "80%", "75%以下" (unit '%' by default; another unit or none for value bands). */
export function stretchText(lo: Decimal | null, hi: Decimal | null, unit: string | null = '%'): string {
  const u = unit ?? '';
  if (lo === null && hi === null) return '全部区间';
  if (lo === null) return `${hi?.toString() ?? ''}${u}以下`;
  if (hi === null) return `${lo.toString()}${u}以上`;
  if (lo.eq(hi)) return `恰为${lo.toString()}${u}`;
  return `${lo.toString()}${u}–${hi.toString()}${u}`;
}
