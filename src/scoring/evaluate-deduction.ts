// Deduction standards: full points at the reference, less `per` for each whole step away from it,
// never below zero, and nothing at or beyond the cutoff. Counted steps are whole: 7 口 short of 5-口
// steps is one step ("每少5口扣2分" deducts 2 for 5 to 9 short).

import { Decimal } from '../core/decimal.js';
import type { DeductionRule } from '../core/scoring-standard/index.js';
import type { Actual } from './actual.js';
import { normalUnit } from './actual.js';
import type { EvalContext, Scored } from './context.js';
import { fail, pointsText, resolve, resolveTimes, within } from './context.js';
import { num, pct, qty } from './format.js';
import type { MeasureResult } from './measure.js';
import { convert, deviationFrom, valueIn } from './measure.js';

const HUNDRED = Decimal.from('100');

/** How far from the reference the actual is, in step units; null when at or better than it. */
function distance(
  rule: DeductionRule,
  actual: Actual,
  ctx: EvalContext,
): MeasureResult & { beyond?: boolean } {
  if (rule.measure === 'count') {
    if (actual.kind !== 'number') return { error: `应填写发生的次数或例数，实际填写“${actual.text}”` };
    const unit = normalUnit(rule.step.unit);
    const n = convert(actual.value, actual.unit ?? unit, unit);
    if (n === null)
      return { error: `单位不符：评分标准按“${rule.step.unit ?? ''}”计，实际填写“${actual.text}”` };
    if (n.isNegative()) return { error: `次数“${actual.text}”不能为负数` };
    return { x: n, text: `${qty(n, rule.step.unit)}` };
  }
  if (rule.measure === 'deviation') {
    const d = deviationFrom(actual, ctx.std, false);
    if ('error' in d) return d;
    const free = rule.allowance ?? Decimal.ZERO;
    const over = d.x.sub(free);
    return {
      x: over.isNegative() ? Decimal.ZERO : over,
      text: free.isZero() ? d.text : `${d.text}，超出允许的${pct(free)}`,
    };
  }
  const ref = rule.reference;
  if (!ref) return { error: '评分标准没有基准值' };
  const v = valueIn(actual, ref.unit, ctx.std, ctx.name);
  if ('error' in v) return v;
  const gap = rule.measure === 'shortfall' ? ref.value.sub(v.x) : v.x.sub(ref.value);
  const word = rule.measure === 'shortfall' ? '少' : '多';
  if (!gap.isNegative() && !gap.isZero() && rule.stepRelative) {
    const rel = gap.mul(HUNDRED).div(ref.value, 2) ?? Decimal.ZERO;
    return { x: rel, text: `实际${qty(v.x, ref.unit)}，比基准${qty(ref.value, ref.unit)}${word}${pct(rel)}` };
  }
  return {
    x: gap.isNegative() ? Decimal.ZERO : gap,
    text: `实际${qty(v.x, ref.unit)}，${gap.isNegative() || gap.isZero() ? `达到基准${qty(ref.value, ref.unit)}` : `比基准${qty(ref.value, ref.unit)}${word}${qty(gap, ref.unit)}`}`,
  };
}

function cutoffHit(rule: DeductionRule, actual: Actual): boolean {
  const c = rule.cutoff;
  if (!c || actual.kind !== 'number' || rule.measure === 'count' || rule.measure === 'deviation')
    return false;
  const x = convert(actual.value, actual.unit ?? c.at.unit, c.at.unit);
  if (x === null) return false;
  const cmp = x.cmp(c.at.value);
  if (rule.measure === 'excess') return cmp > 0 || (cmp === 0 && c.incl);
  return cmp < 0 || (cmp === 0 && c.incl);
}

export function evaluateDeduction(rule: DeductionRule, actual: Actual, ctx: EvalContext): Scored {
  const m = distance(rule, actual, ctx);
  if ('error' in m) return fail(m.error);
  const full = resolve(rule.full, ctx.weight);
  if (cutoffHit(rule, actual) && rule.cutoff) {
    const c = rule.cutoff;
    return within(
      Decimal.ZERO,
      ctx,
      `${m.text}，${rule.measure === 'excess' ? '超过' : '低于'}${c.incl ? '或等于' : ''}${qty(c.at.value, c.at.unit)}，不得分`,
    );
  }
  const steps = m.x.div(rule.step.value, 6)?.round(6) ?? Decimal.ZERO;
  const whole = Decimal.of(steps.units / 10n ** BigInt(steps.scale));
  if (whole.isZero())
    return within(
      full,
      ctx,
      `${m.text}，得${pointsText(rule.full)}${rule.full.kind === 'points' ? '' : `${num(full)}分`}`,
    );
  const taken = resolveTimes(rule.per, whole, ctx.weight);
  const points = full.sub(taken);
  const per =
    rule.per.kind === 'points'
      ? `${num(rule.per.value)}分`
      : `${pointsText(rule.per)}（${resolve(rule.per, ctx.weight).toFixed(2)}分）`;
  const step = `每${qty(rule.step.value, rule.step.unit)}扣${per}，计${num(whole)}步扣${taken.toFixed(2)}分`;
  if (points.isNegative() || points.isZero())
    return within(Decimal.ZERO, ctx, `${m.text}，${step}，扣完为止，得0分`);
  return within(
    points,
    ctx,
    `${m.text}，${step}，得分=${num(full)}-${taken.toFixed(2)}=${points.toFixed(2)}`,
  );
}
