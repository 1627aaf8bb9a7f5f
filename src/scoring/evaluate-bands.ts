// Scoring a band standard: the actual's value, completion rate or deviation falls in one band and
// earns its points. Where the standard is defective the evaluator says what it did rather than guess
// silently: in two bands at once (overlap) the lower points; in a stretch no band covers (gap) the
// lower of the two neighbouring bands; outside every band the standard's "否则" points, the default
// rule when the text only says when full points are earned, and otherwise none.

import { Decimal } from '../core/decimal.js';
import type { BandsRule, Region } from '../core/scoring-standard/index.js';
import { inRegion, stretchText } from '../core/scoring-standard/index.js';
import type { Actual } from './actual.js';
import type { EvalContext, Scored } from './context.js';
import { fail, pointsText, resolve, within } from './context.js';
import { num, qty } from './format.js';
import type { MeasureResult } from './measure.js';
import { deviationFrom, rateFrom, valueIn } from './measure.js';

function measure(rule: BandsRule, actual: Actual, ctx: EvalContext): MeasureResult {
  if (rule.axis === 'rate') return rateFrom(actual, ctx.std, ctx.name);
  if (rule.axis === 'deviation') return deviationFrom(actual, ctx.std, rule.side === 'over');
  return valueIn(actual, rule.unit, ctx.std, ctx.name);
}

function bandPoints(rule: BandsRule, r: Region, ctx: EvalContext): Decimal {
  const b = rule.bands[r.band];
  return b ? resolve(b.points, ctx.weight) : Decimal.ZERO;
}

const bandText = (rule: BandsRule, r: Region): string => rule.bands[r.band]?.text ?? '';

/** The default for a standard that only writes when full points are earned: x ÷ threshold × weight. */
function byDefault(rule: BandsRule, x: Decimal, text: string, ctx: EvalContext): Scored {
  const full = rule.bands[0];
  const threshold = full ? (full.lo ?? full.hi) : null;
  if (!threshold || threshold.isZero() || x.isZero()) {
    return within(
      Decimal.ZERO,
      ctx,
      `${text}，未达到评分标准的得分条件，评分标准未写此时的得分，按默认规则不得分`,
    );
  }
  const lower = full?.lo === null;
  const ratio = (lower ? threshold.div(x, 6) : x.div(threshold, 6)) ?? Decimal.ZERO;
  const points = ratio.mul(ctx.weight);
  const formula = lower ? `${num(threshold)} ÷ ${num(x)}` : `${num(x)} ÷ ${num(threshold)}`;
  return within(
    points,
    ctx,
    `${text}，未达到“${full?.text ?? ''}”；评分标准未写此时的得分，按默认规则：得分=${formula}×${num(ctx.weight)}=${points.toFixed(2)}`,
  );
}

export function evaluateBands(rule: BandsRule, actual: Actual, ctx: EvalContext): Scored {
  if (actual.kind === 'points') {
    if (!rule.judged) return fail(`该评分标准按档次计分，不能直接填写得分“${actual.text}”`);
    if (actual.value.gt(ctx.weight))
      return fail(`酌情给分${num(actual.value)}分超过该指标分值${num(ctx.weight)}分`);
    return within(actual.value, ctx, `评价人酌情给分${num(actual.value)}分（评分标准允许扣相应分数）`);
  }
  const m = measure(rule, actual, ctx);
  if ('error' in m) return fail(m.error);
  const { x, text } = m;
  const hits = rule.regions.filter((r) => inRegion(r, x));
  if (hits.length > 0) {
    const sorted = [...hits].sort((a, b) => bandPoints(rule, a, ctx).cmp(bandPoints(rule, b, ctx)));
    const r = sorted[0] as Region;
    const points = bandPoints(rule, r, ctx);
    const band = rule.bands[r.band];
    const implicit = band?.implicit ? '（评分标准未写此档，按满分计）' : '';
    const twice =
      hits.length > 1
        ? `；该值同时属于${hits.map((h) => `“${bandText(rule, h)}”`).join('和')}，评分标准重叠，按较低档计`
        : '';
    return within(points, ctx, `${text}，属于“${bandText(rule, r)}”${implicit}，得${num(points)}分${twice}`);
  }
  if (rule.rest) {
    const points = resolve(rule.rest, ctx.weight);
    return within(points, ctx, `${text}，不属于任何所列档次，按“否则”得${pointsText(rule.rest)}`);
  }
  if (rule.restDefault) return byDefault(rule, x, text, ctx);
  // Neighbours of a gap: the nearest band wholly below the value and the nearest wholly above it.
  const below = rule.regions
    .filter((r) => r.hi !== null && !r.hi.gt(x))
    .sort((a, b) => (b.hi as Decimal).cmp(a.hi as Decimal))[0];
  const above = rule.regions
    .filter((r) => r.lo !== null && !r.lo.lt(x))
    .sort((a, b) => (a.lo as Decimal).cmp(b.lo as Decimal))[0];
  if (below && above) {
    const [r] = [below, above].sort((a, b) => bandPoints(rule, a, ctx).cmp(bandPoints(rule, b, ctx)));
    const points = r ? bandPoints(rule, r, ctx) : Decimal.ZERO;
    const gap = stretchText(below.hi, above.lo, rule.axis === 'value' ? rule.unit : '%');
    return within(
      points,
      ctx,
      `${text}，落在评分标准的漏档（${gap}），按相邻较低档“${r ? bandText(rule, r) : ''}”计${num(points)}分`,
    );
  }
  return within(
    Decimal.ZERO,
    ctx,
    `${text}，不在评分标准的任何档次内（评分标准未写${qty(x, rule.unit)}的得分），不得分`,
  );
}
