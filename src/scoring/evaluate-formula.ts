// Formula standards: "得分=（实际完成率-60%）/（1-60%）×指标分值" above the threshold and nothing below
// it; "得分=完成率×指标分值" (proportional). The reason prints the formula with the figures:
// "实际完成率80%，得分=(80%-60%)/(1-60%)×5=2.50".

import { Decimal } from '../core/decimal.js';
import type { LinearRule, ProportionalRule } from '../core/scoring-standard/index.js';
import type { Actual } from './actual.js';
import type { EvalContext, Scored } from './context.js';
import { fail, resolve, within } from './context.js';
import { num, pct } from './format.js';
import { rateFrom } from './measure.js';

const HUNDRED = Decimal.from('100');

export function evaluateLinear(rule: LinearRule, actual: Actual, ctx: EvalContext): Scored {
  const m = rateFrom(actual, ctx.std, ctx.name);
  if ('error' in m) return fail(m.error);
  const t = rule.threshold;
  if (m.x.lt(t)) return within(Decimal.ZERO, ctx, `${m.text}，低于${pct(t)}，不得分`);
  const multiplier = resolve(rule.multiplier, ctx.weight);
  const share = m.x.sub(t).div(HUNDRED.sub(t), 6) ?? Decimal.ZERO;
  const points = share.mul(multiplier);
  return within(
    points,
    ctx,
    `${m.text}，得分=(${pct(m.x)}-${pct(t)})/(1-${pct(t)})×${num(multiplier)}=${points.toFixed(2)}`,
  );
}

export function evaluateProportional(rule: ProportionalRule, actual: Actual, ctx: EvalContext): Scored {
  const m = rateFrom(actual, ctx.std, ctx.name);
  if ('error' in m) return fail(m.error);
  if (!m.x.lt(rule.full)) return within(ctx.weight, ctx, `${m.text}，全部完成，得满分${num(ctx.weight)}分`);
  const points = m.x.mul(ctx.weight).div(HUNDRED, 6) ?? Decimal.ZERO;
  return within(points, ctx, `${m.text}，按比例得分=${pct(m.x)}×${num(ctx.weight)}=${points.toFixed(2)}`);
}
