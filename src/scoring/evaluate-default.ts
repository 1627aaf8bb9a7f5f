// The domain's default scoring (domain.md §6), for a standard that is empty or cannot be read and for
// the cases a standard leaves out ("完成计满分" says nothing of 未完成). A quantitative indicator that
// is met gets its weight, otherwise "≥" actual ÷ target × weight and "≤" target ÷ actual × weight; a
// qualitative one is scored in three grades: 达成 full, 部分达成 50–80% and 未达成 0–50% of the weight
// (region settings), the degree within a grade given by the evaluator. Every reason says "默认规则".

import { Decimal } from '../core/decimal.js';
import type { Actual } from './actual.js';
import type { EvalContext, Scored } from './context.js';
import { fail, within } from './context.js';
import { num, pct, qty } from './format.js';
import { targetOf, valueIn } from './measure.js';

const HUNDRED = Decimal.from('100');
const MET = /^(?:是|完成|已完成|全部完成|达成|已达成|达到|达标|符合|符合要求|满足|合格|按时完成|及时)$/;
const PARTIAL = /^(?:部分达成|部分完成|基本达成|基本完成)$/;
const UNMET = /^(?:否|未完成|未达成|未达到|未达标|不符合|不符合要求|不合格|没有|无)$/;

/** Whether a numeric actual meets the target under the indicator's comparator and direction. */
export function metAgainstTarget(
  actual: Actual,
  ctx: EvalContext,
): { met: boolean; text: string; x: Decimal; t: Decimal } | { error: string } {
  const target = targetOf(ctx.std);
  if (!target) return { error: `指标值不是数值，应填写“完成”或“未完成”，实际填写“${actual.text}”` };
  const v = valueIn(actual, target.unit, ctx.std, ctx.name);
  if ('error' in v) return v;
  const c =
    ctx.std.target.kind === 'number' && ctx.std.target.comparator
      ? ctx.std.target.comparator
      : ctx.comparator;
  const cmp = v.x.cmp(target.value);
  const met =
    c === '>'
      ? cmp > 0
      : c === '<'
        ? cmp < 0
        : c === '≤'
          ? cmp <= 0
          : c === '≥'
            ? cmp >= 0
            : ctx.std.direction === 'lower'
              ? cmp <= 0
              : cmp >= 0;
  return {
    met,
    text: `实际${qty(v.x, target.unit)}，目标${c && c !== '定量' && c !== '定性' ? c : ''}${qty(target.value, target.unit)}`,
    x: v.x,
    t: target.value,
  };
}

function qualitative(actual: Actual, ctx: EvalContext, prefix: string): Scored {
  const { met, partial } = ctx.qualitative;
  if (actual.kind === 'points') {
    if (actual.value.gt(ctx.weight))
      return fail(`给分${num(actual.value)}分超过该指标分值${num(ctx.weight)}分`);
    return within(actual.value, ctx, `${prefix}评价人给分${num(actual.value)}分`);
  }
  if (actual.kind !== 'words')
    return fail(`定性指标应填写“达成”“部分达成 60%”或“未达成”，实际填写“${actual.text}”`);
  const w = actual.words.replace(/\s/g, '');
  const degree = actual.degree;
  const grade = MET.test(w) ? 'met' : PARTIAL.test(w) ? 'partial' : UNMET.test(w) ? 'unmet' : null;
  if (grade === null) return fail(`定性指标应填写“达成”“部分达成 60%”或“未达成”，实际填写“${actual.text}”`);
  const [lo, hi] =
    grade === 'met' ? [met, HUNDRED] : grade === 'partial' ? [partial, met] : [Decimal.ZERO, partial];
  const label = grade === 'met' ? '达成' : grade === 'partial' ? '部分达成' : '未达成';
  const rule = `${prefix}按默认规则，${label}得分值的${pct(lo)}–${pct(hi)}`;
  if (degree === null) {
    if (grade === 'met') return within(ctx.weight, ctx, `${rule}，得满分${num(ctx.weight)}分`);
    if (grade === 'unmet') return within(Decimal.ZERO, ctx, `${rule}，未填写程度，按0分计`);
    return fail(`“部分达成”按分值的${pct(lo)}–${pct(hi)}计分：请同时填写程度，如“部分达成 ${num(lo)}%”`);
  }
  if (degree.lt(lo) || degree.gt(hi))
    return fail(`“${label}”的程度应在${pct(lo)}–${pct(hi)}之间，实际填写${pct(degree)}`);
  const points = ctx.weight.mul(degree).div(HUNDRED, 6) ?? Decimal.ZERO;
  return within(points, ctx, `${rule}，程度${pct(degree)}，得分=${points.toFixed(2)}`);
}

/** The default rule, with what led to it ("评分标准无法解析", "未完成；评分标准未写…") as the prefix. */
export function evaluateDefault(actual: Actual, ctx: EvalContext, why: string): Scored {
  const prefix = why ? `${why}，` : '';
  if (!targetOf(ctx.std) || actual.kind !== 'number') {
    if (targetOf(ctx.std) && actual.kind === 'words' && MET.test(actual.words)) {
      return within(ctx.weight, ctx, `${prefix}按默认规则，完成得满分${num(ctx.weight)}分`);
    }
    return qualitative(actual, ctx, prefix);
  }
  const r = metAgainstTarget(actual, ctx);
  if ('error' in r) return fail(r.error);
  if (r.met)
    return within(ctx.weight, ctx, `${prefix}${r.text}，达到目标，按默认规则得满分${num(ctx.weight)}分`);
  const lower = ctx.std.direction === 'lower';
  if ((lower ? r.x : r.t).isZero())
    return within(Decimal.ZERO, ctx, `${prefix}${r.text}，未达到目标，按默认规则不得分`);
  const ratio = (lower ? r.t.div(r.x, 6) : r.x.div(r.t, 6)) ?? Decimal.ZERO;
  const points = ratio.mul(ctx.weight);
  const formula = lower ? `${num(r.t)} ÷ ${num(r.x)}` : `${num(r.x)} ÷ ${num(r.t)}`;
  return within(
    points,
    ctx,
    `${prefix}${r.text}，未达到目标，按默认规则得分=${formula}×${num(ctx.weight)}=${points.toFixed(2)}`,
  );
}
