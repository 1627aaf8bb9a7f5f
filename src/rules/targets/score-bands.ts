// Reading a 评（扣）分标准 text into score bands: "95%以上计10分；90%-95%的计8分；75%以下不计分" gives
// [95,∞)→10, [90,95)→8, [0,75)→0. Only percentage bands are read; a text that cannot be read without
// guessing (several ranges for one score, "分别得…") gives no bands, so the rules stay silent on it.
// Thresholds ("90%以上", "达到80%得8分") reach up to the next boundary, as readers take them.

import { Decimal } from '../../core/decimal.js';
import { toHalfWidth } from '../../core/text.js';
import { perText } from '../support/memo.js';

/** A score: points, or 满分 (the indicator's weight). */
export type Score = { points: Decimal; text: string } | 'full';

export type BandShape = 'range' | 'lower' | 'upper' | 'point';

/** One band as written: its shape, bounds (per cent) and score. */
export interface ScoreBand {
  shape: BandShape;
  lo: Decimal | null;
  loIncl: boolean;
  hi: Decimal | null;
  hiIncl: boolean;
  /** A dash range ("85%-90%"): whether its upper end is included is not written, the neighbours decide. */
  dash: boolean;
  score: Score;
  /** The clause as written (normalised), for messages. */
  text: string;
}

export interface ScoringStandard {
  bands: ScoreBand[];
  /** Every explicit score in the text ("得8分", "计10分", "10分"), deductions excluded. */
  scores: Decimal[];
  /** "该指标分值为20分": the weight the text itself states. */
  statedWeight: Decimal | null;
  /** The text gives 满分 somewhere (with or without a band). */
  full: boolean;
  /** The text scores by deviation (偏离), deduction (扣), formula (得分=) or a catch-all (否则, 其余). */
  deviation: boolean;
  deduction: boolean;
  formula: boolean;
  catchAll: boolean;
  /** True when part of the text could not be read as bands (the band list is then left empty). */
  unreadable: boolean;
}

/** The normalised text: half width, no spaces, one dash, comparison words as symbols. */
export function normaliseScoring(text: string): string {
  let t = toHalfWidth(text).replace(/[\s\u00a0]+/g, '');
  t = t.replace(/[—–－~～]+/g, '-').replace(/(?<=\d%?)至(?=\d)/g, '-');
  const words: [RegExp, string][] = [
    [/大于或者等于|大于或等于|大于等于|不低于|不少于/g, '≥'],
    [/小于或者等于|小于或等于|小于等于|不高于|不超过|不大于/g, '≤'],
    [/>=/g, '≥'],
    [/<=/g, '≤'],
    [/大于|高于|超过/g, '>'],
    [/小于|低于|不足|不到/g, '<'],
  ];
  for (const [re, sym] of words) t = t.replace(re, sym);
  return t;
}

const num = (name: string): string => String.raw`(?<${name}>\d+(?:\.\d+)?)`;
// Tokens in the order they are tried at each position.
const TOKEN = new RegExp(
  [
    String.raw`(?<range>${num('ra')}%?-${num('rb')}%)`,
    String.raw`(?<op>[≥>≤<])${num('on')}%`,
    String.raw`(?<numop>${num('nn')}%(?:\(含\))?[≤<])`,
    String.raw`(?<side>${num('sn')}%(?<incl>\(含\))?(?<word>及以上|以上|及以下|以下))`,
    String.raw`(?<full>(?:得|计|记|为|即为|即)?满分)`,
    String.raw`(?<zero>不得分|不计分|不给分|不记分)`,
    String.raw`(?<pts>(?:得|计|记|给|赋)?${num('pn')}分)`,
    String.raw`(?<point>${num('xn')}%)`,
  ].join('|'),
  'g',
);

interface Bound {
  lo?: { v: Decimal; incl: boolean };
  hi?: { v: Decimal; incl: boolean };
  shape: BandShape;
  dash?: boolean;
}

type Groups = Record<string, string | undefined>;

function dec(text: string | undefined): Decimal {
  return Decimal.from(text ?? '0');
}

function boundOf(g: Groups): Bound | null {
  if (g['range']) {
    const a = dec(g['ra']);
    const b = dec(g['rb']);
    const [lo, hi] = a.lt(b) ? [a, b] : [b, a];
    return { shape: 'range', lo: { v: lo, incl: true }, hi: { v: hi, incl: false }, dash: true };
  }
  if (g['op']) {
    const v = dec(g['on']);
    if (g['op'] === '≥') return { shape: 'lower', lo: { v, incl: true } };
    if (g['op'] === '>') return { shape: 'lower', lo: { v, incl: false } };
    if (g['op'] === '≤') return { shape: 'upper', hi: { v, incl: true } };
    return { shape: 'upper', hi: { v, incl: false } };
  }
  if (g['numop']) {
    // "70%≤满意度": the number is the lower bound of what follows.
    return { shape: 'lower', lo: { v: dec(g['nn']), incl: g['numop'].endsWith('≤') } };
  }
  if (g['side']) {
    const v = dec(g['sn']);
    // As the standards are written, 以上 includes the figure and 以下 leaves it to the band above
    // unless it says 及以下 or (含).
    if (g['word']?.endsWith('以上')) return { shape: 'lower', lo: { v, incl: true } };
    return { shape: 'upper', hi: { v, incl: g['word'] === '及以下' || g['incl'] !== undefined } };
  }
  if (g['point']) return { shape: 'point', lo: { v: dec(g['xn']), incl: true } };
  return null;
}

function combine(bounds: readonly Bound[]): Bound | null {
  if (bounds.length === 1) return bounds[0] ?? null;
  if (bounds.length !== 2) return null;
  const [a, b] = bounds;
  if (!a || !b) return null;
  const lower = [a, b].find((x) => x.shape === 'lower' || x.shape === 'point');
  const upper = [a, b].find((x) => x.shape === 'upper');
  // "大于100%或小于50%" is two bands, not one: left unread.
  if (!lower?.lo || !upper?.hi || !lower.lo.v.lt(upper.hi.v)) return null;
  return { shape: 'range', lo: lower.lo, hi: upper.hi };
}

/** Removes what is not a band: formulas, stated weights, deductions. */
function strip(t: string): {
  text: string;
  statedWeight: Decimal | null;
  formula: boolean;
  deduction: boolean;
} {
  let statedWeight: Decimal | null = null;
  let text = t.replace(/(?:该指标)?分值为(\d+(?:\.\d+)?)分/g, (_m, n: string) => {
    statedWeight = Decimal.from(n);
    return '';
  });
  const formula = /得分=|[×x*]指标分值|比重赋分/.test(text);
  text = text.replace(/(?:计算公式为:?)?得分=[^;；。]*/g, '').replace(/[\u4e00-\u9fa5]*率=[^;；。,，]*/g, '');
  const deduction = /扣/.test(text);
  // "每下降1%扣0.1分", "每下降1%扣的分值=满分分值/15": a deduction per step, not a band.
  text = text.replace(/每[^;；。,，]*/g, '').replace(/扣\d+(?:\.\d+)?分/g, '');
  return { text, statedWeight, formula, deduction };
}

/** Reads a scoring standard. Never throws; an empty or unreadable text gives no bands. */
function parseScoringUncached(raw: string): ScoringStandard {
  const norm = normaliseScoring(raw);
  const { text, statedWeight, formula, deduction } = strip(norm);
  const out: ScoringStandard = {
    bands: [],
    scores: [],
    statedWeight,
    full: /满分/.test(text),
    deviation: /偏离|浮动/.test(text),
    deduction,
    formula,
    catchAll: /否则|其余|其他|其它|未达到|未完成|不符合|未达标/.test(text),
    unreadable: false,
  };
  let pending: Bound[] = [];
  let clauseStart = 0;
  let multiple = /分别/.test(text);
  for (const m of text.matchAll(TOKEN)) {
    const g: Groups = m.groups ?? {};
    let score: Score | null = null;
    if (g['full']) score = 'full';
    else if (g['zero']) score = { points: Decimal.ZERO, text: g['zero'] };
    else if (g['pts']) score = { points: dec(g['pn']), text: g['pts'] };
    if (score === null) {
      const b = boundOf(g);
      if (b) {
        if (pending.length === 0) clauseStart = m.index;
        pending.push(b);
      }
      continue;
    }
    if (score !== 'full') out.scores.push(score.points);
    if (pending.length === 0) continue;
    const b = combine(pending);
    if (!b) multiple = true;
    else {
      out.bands.push({
        shape: b.shape,
        lo: b.lo?.v ?? null,
        loIncl: b.lo?.incl ?? false,
        hi: b.hi?.v ?? null,
        hiIncl: b.hi?.incl ?? false,
        dash: b.dash === true,
        score,
        text: text.slice(clauseStart, m.index + m[0].length),
      });
    }
    pending = [];
  }
  if (multiple) {
    out.bands = [];
    out.unreadable = true;
  }
  return out;
}

export const scoreText = (s: Score): string => (s === 'full' ? '满分' : `${s.points.toString()}分`);

/** parseScoring, computed once per text and shared by the rules that read it. */
export const parseScoring = perText(parseScoringUncached);
