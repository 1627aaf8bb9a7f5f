// The numeric condition of a clause: "95%以上", "90%-95%", "≥90%", "70%≤满意度<90%", "<500>450场",
// "20兆瓦及以上", "达到80%", "偏离10%(含)-20%". Each number keeps its unit; years, months and days of a
// date ("2023年", "12月底", "每月25日") are not conditions. A clause with two bounds is one range when
// one is a lower and the other an upper bound; anything else cannot be read as one band.

import { Decimal } from '../decimal.js';
import type { BandShape } from './types.js';

const NUM = String.raw`\d+(?:\.\d+)?`;
const UNITS = [
  '个百分点',
  '百分点',
  '%',
  '万元',
  '亿元',
  '元',
  '万方',
  '兆瓦',
  '场次',
  '人次',
  '万人',
  '批次',
  '个月',
  '场',
  '家',
  '个',
  '项',
  '件',
  '篇',
  '期',
  '次',
  '人',
  '口',
  '天',
  '所',
  '例',
  '起',
  '处',
  '名',
  '笔',
  '年',
  '月',
  '日',
];
const UNIT = `(?:${UNITS.join('|')})`;
const INCL = String.raw`(?:\(含\))`;
const SIDE = '(?:及以上|以上|及以下|以下|及以内|以内)';

const TOKEN = new RegExp(
  [
    String.raw`(?<range>(?<ra>${NUM})(?<ua>${UNIT})?(?<ia>${INCL})?-(?<rb>${NUM})(?<ub>${UNIT})?(?<ib>${INCL})?)`,
    String.raw`(?<op>[≥>≤<=])(?<on>${NUM})(?<ou>${UNIT})?`,
    String.raw`(?<numop>(?<nn>${NUM})(?<nu>${UNIT})?${INCL}?(?<nop>[≤<]))`,
    String.raw`(?<side>(?<sn>${NUM})(?<su>${UNIT})?(?<incl>${INCL})?(?<word>${SIDE}))`,
    String.raw`(?<point>(?<xn>${NUM})(?<xu>${UNIT})?)`,
  ].join('|'),
  'g',
);

/** One bound of a condition, with the unit written next to its number ('%' for per cent and 百分点). */
export interface Bound {
  shape: BandShape;
  lo: { v: Decimal; incl: boolean } | null;
  hi: { v: Decimal; incl: boolean } | null;
  dash: boolean;
  unit: string | null;
}

const unitOf = (u: string | undefined): string | null =>
  u === undefined ? null : u === '个百分点' || u === '百分点' ? '%' : u;
const isDateUnit = (u: string | null): boolean => u === '年' || u === '月' || u === '日';

function boundOf(g: Record<string, string | undefined>): Bound | null {
  if (g['range']) {
    const a = Decimal.from(g['ra'] ?? '0');
    const b = Decimal.from(g['rb'] ?? '0');
    const unit = unitOf(g['ub'] ?? g['ua']);
    const swap = b.lt(a);
    const [lo, hi] = swap ? [b, a] : [a, b];
    // "(含)" marks its own end as included: "10%(含)-20%", "90%-60%(含)" (written high to low).
    const loMarked = swap ? g['ib'] !== undefined : g['ia'] !== undefined;
    const hiMarked = swap ? g['ia'] !== undefined : g['ib'] !== undefined;
    return {
      shape: 'range',
      lo: { v: lo, incl: true },
      hi: { v: hi, incl: hiMarked && !loMarked },
      dash: !loMarked && !hiMarked,
      unit,
    };
  }
  if (g['op']) {
    const v = Decimal.from(g['on'] ?? '0');
    const unit = unitOf(g['ou']);
    switch (g['op']) {
      case '≥':
        return { shape: 'lower', lo: { v, incl: true }, hi: null, dash: false, unit };
      case '>':
        return { shape: 'lower', lo: { v, incl: false }, hi: null, dash: false, unit };
      case '≤':
        return { shape: 'upper', lo: null, hi: { v, incl: true }, dash: false, unit };
      case '<':
        return { shape: 'upper', lo: null, hi: { v, incl: false }, dash: false, unit };
      default:
        return { shape: 'range', lo: { v, incl: true }, hi: { v, incl: true }, dash: false, unit };
    }
  }
  if (g['numop']) {
    // "70%≤满意度": the number is the lower bound of what follows.
    const v = Decimal.from(g['nn'] ?? '0');
    return {
      shape: 'lower',
      lo: { v, incl: g['nop'] === '≤' },
      hi: null,
      dash: false,
      unit: unitOf(g['nu']),
    };
  }
  if (g['side']) {
    const v = Decimal.from(g['sn'] ?? '0');
    const unit = unitOf(g['su']);
    const word = g['word'] ?? '';
    // As the standards are written, 以上 includes the figure; 以下 leaves it to the band above unless it
    // says 及以下 or (含); 以内 includes it.
    if (word.endsWith('以上')) return { shape: 'lower', lo: { v, incl: true }, hi: null, dash: false, unit };
    const incl = word === '及以下' || word.endsWith('以内') || g['incl'] !== undefined;
    return { shape: 'upper', lo: null, hi: { v, incl }, dash: false, unit };
  }
  if (g['point']) {
    const v = Decimal.from(g['xn'] ?? '0');
    return { shape: 'point', lo: { v, incl: true }, hi: null, dash: false, unit: unitOf(g['xu']) };
  }
  return null;
}

/** The bounds written in a clause, date parts left out. */
export function boundsIn(cond: string): readonly Bound[] {
  if (!DIGIT.test(cond)) return NONE;
  const hit = seen.get(cond);
  if (hit) return hit;
  const out = readBounds(cond);
  // Conditions repeat across standards ("满意度95%以上"): reading is pure, so answers are kept (a
  // bounded number of them; the bounds are never changed by their users).
  if (seen.size >= MAX_SEEN) seen.clear();
  seen.set(cond, out);
  return out;
}

const DIGIT = /\d/;
const NONE: readonly Bound[] = Object.freeze([]);
const MAX_SEEN = 4096;
const seen = new Map<string, readonly Bound[]>();

function readBounds(cond: string): Bound[] {
  const out: Bound[] = [];
  for (const m of cond.matchAll(TOKEN)) {
    const b = boundOf(m.groups ?? {});
    if (!b || isDateUnit(b.unit)) continue;
    // A year written without 年 ("2023全市…") is not a condition either.
    if (b.shape === 'point' && b.unit === null && b.lo && /^\d{4}$/.test(b.lo.v.toString())) continue;
    out.push(b);
  }
  return out;
}

/** Two bounds as one range ("<90%且≥80%"), one bound as itself; null when they do not make one band. */
export function combine(bounds: readonly Bound[]): Bound | null {
  if (bounds.length === 1) return bounds[0] ?? null;
  if (bounds.length !== 2) return null;
  const [a, b] = bounds;
  if (!a || !b) return null;
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit) return null;
  const lower = [a, b].find((x) => x.shape === 'lower' || x.shape === 'point');
  const upper = [a, b].find((x) => x.shape === 'upper');
  // "大于100%或小于50%" is two bands, not one: left unread.
  if (!lower?.lo || !upper?.hi || !lower.lo.v.lt(upper.hi.v)) return null;
  return { shape: 'range', lo: lower.lo, hi: upper.hi, dash: false, unit: a.unit ?? b.unit };
}
