// What evaluating one indicator needs: its parsed standard, the weight the standard scores within,
// and the outcome (points within the weight, with the reason in Chinese, or the reason the actual
// does not fit the standard). Points are kept exact here; the self-evaluation rounds them.

import { Decimal } from '../core/decimal.js';
import type { ParsedStandard, Points } from '../core/scoring-standard/index.js';
import type { Comparator } from '../core/vocabulary.js';
import { num } from './format.js';

export interface EvalContext {
  std: ParsedStandard;
  /** The weight the standard's points are within (the document's weight). */
  weight: Decimal;
  /** The indicator's name (a growth rate may be negative, a satisfaction rate not). */
  name: string | null;
  /** The indicator's comparator (指标值类型), for met-or-not against the target. */
  comparator: Comparator | null;
  /** Points of the qualitative default: 达成 from `met`%, 部分达成 from `partial`% of the weight. */
  qualitative: { met: Decimal; partial: Decimal };
}

export type Scored = { ok: true; points: Decimal; reason: string } | { ok: false; error: string };

export const fail = (error: string): Scored => ({ ok: false, error });

const SCALE = 6;
const HUNDRED = Decimal.from('100');

/** Points as a number within the weight: "满分" is the weight, "总分的50%" half of it. */
export function resolve(p: Points, weight: Decimal): Decimal {
  if (p.kind === 'points') return p.value;
  if (p.kind === 'full-less') return weight.sub(p.value);
  return weight.mul(p.numerator).div(p.denominator, SCALE) ?? Decimal.ZERO;
}

/** n times the points, exact for shares of the weight (14 × 10/15 is 9.33, not 14 × 0.666667). */
export function resolveTimes(p: Points, n: Decimal, weight: Decimal): Decimal {
  if (p.kind === 'weight') return weight.mul(p.numerator).mul(n).div(p.denominator, SCALE) ?? Decimal.ZERO;
  return resolve(p, weight).mul(n);
}

/** Points written as in the standard: "满分", "8分", "总分的50%". */
export function pointsText(p: Points): string {
  if (p.kind === 'points') return `${num(p.value)}分`;
  if (p.kind === 'full-less') return `满分减${num(p.value)}分`;
  if (p.numerator.eq(p.denominator)) return '满分';
  if (p.denominator.eq(HUNDRED)) return `分值的${num(p.numerator)}%`;
  return `分值的${num(p.numerator)}/${num(p.denominator)}`;
}

/** Points kept within 0 and the weight; the reason says when the standard gave more. */
export function within(points: Decimal, ctx: EvalContext, reason: string): Scored {
  if (points.gt(ctx.weight)) {
    return {
      ok: true,
      points: ctx.weight,
      reason: `${reason}；评分标准所给超过该指标分值${num(ctx.weight)}分，按${num(ctx.weight)}分计`,
    };
  }
  if (points.isNegative()) return { ok: true, points: Decimal.ZERO, reason: `${reason}；不低于0分` };
  return { ok: true, points, reason };
}

export const divide = (a: Decimal, b: Decimal, scale = SCALE): Decimal | null => a.div(b, scale);
