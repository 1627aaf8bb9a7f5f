// A standard cut into scoring clauses: each is what precedes a score ("满意度95%以上" + "计10分",
// "效果一般" + "得3分", "未完成" + "不得分"). Points are numbers of points or shares of the weight
// (满分, 总分的50%); "扣N分" is a deduction, never a score. The text after the last score is the tail
// ("，扣完为止", "或扣相应分数").

import { Decimal } from '../decimal.js';
import { boundsIn } from './conditions.js';
import type { Bound } from './conditions.js';
import type { Points } from './types.js';

export const FULL: Points = { kind: 'weight', numerator: Decimal.from('1'), denominator: Decimal.from('1') };
export const ZERO: Points = { kind: 'points', value: Decimal.ZERO };
const HUNDRED = Decimal.from('100');

export const pointsOf = (value: Decimal): Points => ({ kind: 'points', value });
export const shareOf = (percent: Decimal): Points => ({
  kind: 'weight',
  numerator: percent,
  denominator: HUNDRED,
});

const POINTS = new RegExp(
  [
    String.raw`(?<zero>不得分|不计分|不给分|不记分|(?:得|计|记|为)0分|(?<![\d.扣])0分)`,
    String.raw`(?<share>(?:得|计|记)?总分的(?<sn>\d+(?:\.\d+)?)%)`,
    String.raw`(?<full>(?:得|计|记|为|即为|即|集计|即可得)?满分(?!分值|的基础))`,
    String.raw`(?<pts>(?<![扣\d.])(?:得|计|记|给|赋|为)?(?<pn>\d+(?:\.\d+)?)分(?![值数别]))`,
    String.raw`(?<bare>(?<![不扣])得分(?![=值]))`,
  ].join('|'),
  'g',
);

export interface Clause {
  /** What precedes the score: a condition ("满意度95%以上") or a label ("效果一般"), separators trimmed. */
  cond: string;
  /** The numeric bounds written in `cond` (read once; the readers all ask). */
  bounds: readonly Bound[];
  points: Points;
  /** The score as written ("计10分", "不得分"). */
  pointsText: string;
  /** The whole clause as written (condition and score). */
  text: string;
  /** Offset of the clause's end in the text. */
  end: number;
}

const EDGE = /^[,，;；。、:：的]+|[,，;；。、:：的]+$/g;

export function trimClause(text: string): string {
  return text.replace(EDGE, '');
}

/** The scores of a text in order, each with the condition or label before it. */
export function clausesOf(text: string): Clauses {
  // The readers of one standard ask for the same text in turn: the last answer is kept (it is not
  // changed by its users, who build new clauses where they need others).
  if (last?.text === text) return last.result;
  const result = readClauses(text);
  last = { text, result };
  return result;
}

export interface Clauses {
  clauses: Clause[];
  tail: string;
}

let last: { text: string; result: Clauses } | null = null;

function readClauses(text: string): Clauses {
  const clauses: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(POINTS)) {
    const g = m.groups ?? {};
    let points: Points;
    if (g['zero']) points = ZERO;
    else if (g['share']) points = shareOf(Decimal.from(g['sn'] ?? '0'));
    else if (g['pts']) points = pointsOf(Decimal.from(g['pn'] ?? '0'));
    else points = FULL;
    const end = m.index + m[0].length;
    const raw = text.slice(start, m.index);
    const cond = trimClause(raw);
    clauses.push({
      cond,
      bounds: boundsIn(cond),
      points,
      pointsText: m[0],
      text: trimClause(text.slice(start, end)),
      end,
    });
    start = end;
  }
  return { clauses, tail: text.slice(start) };
}

/** Every explicit number of points in the text, in order (shares of the weight and deductions excluded). */
export function explicitPoints(clauses: readonly Clause[]): Decimal[] {
  const out: Decimal[] = [];
  for (const c of clauses) if (c.points.kind === 'points') out.push(c.points.value);
  return out;
}

/** "不得分或扣相应分数", "则扣相应分数", "予以扣分": the evaluator may give points in between. */
export const JUDGED = /扣相应(?:的)?分数|扣相应分|予以扣分|酌情扣分/;
