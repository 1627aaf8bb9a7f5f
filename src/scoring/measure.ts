// From an actual value to the number a rule scores: the value itself in the rule's unit, the
// completion rate (actual ÷ target, or target ÷ actual where less is better), or the deviation from
// the target (|actual − target| ÷ target). Rates and deviations are in per cent, rounded to two
// decimals: the figure the reason prints is the figure that is scored. A value that cannot be what
// the indicator measures (text for a number, 150% for a satisfaction rate, another unit) is an error.

import { Decimal } from '../core/decimal.js';
import type { ParsedStandard } from '../core/scoring-standard/index.js';
import type { Actual } from './actual.js';
import { normalUnit } from './actual.js';
import { pct, qty } from './format.js';

export interface Measured {
  x: Decimal;
  /** How the number was reached, for the reason: "实际完成率 80%（实际 160个 ÷ 目标 200个）". */
  text: string;
}

export type MeasureResult = Measured | { error: string };

const HUNDRED = Decimal.from('100');
const PREFIX: Record<string, bigint> = { 万: 10_000n, 亿: 100_000_000n };
const GROWTH = /增长|增幅|变化|提高率|增加率|上升率/;

/** The value in `to` units when `from` is the same unit with or without 万/亿 ("9万人" and "人"). */
export function convert(value: Decimal, from: string | null, to: string | null): Decimal | null {
  const f = normalUnit(from);
  const t = normalUnit(to);
  if (f === null || t === null || f === t) return value;
  const base = (u: string): [string, bigint] => {
    const p = PREFIX[u.charAt(0)];
    return p !== undefined && u.length > 1 ? [u.slice(1), p] : [u, 1n];
  };
  const [fb, ff] = base(f);
  const [tb, tf] = base(t);
  if (fb !== tb) return null;
  return value.mul(Decimal.of(ff)).div(Decimal.of(tf), Math.max(value.scale, 8));
}

/** The target as a number in its unit, when the 指标值 is one. */
export function targetOf(std: ParsedStandard): { value: Decimal; unit: string | null } | null {
  const t = std.target;
  if (t.kind !== 'number') return null;
  return { value: t.value, unit: std.percent ? '%' : t.unit };
}

/** A rate that cannot leave 0–100%: 满意度, 完成率, 及时率 (growth rates can). */
function boundedRate(std: ParsedStandard, name: string | null): boolean {
  return std.percent && std.direction === 'higher' && !GROWTH.test(name ?? '');
}

export function describeActual(a: Actual): string {
  return a.kind === 'number' ? qty(a.value, a.unit) : a.text;
}

/** The actual in the unit the rule is written in. */
export function valueIn(
  actual: Actual,
  unit: string | null,
  std: ParsedStandard,
  name: string | null,
): MeasureResult {
  if (actual.kind !== 'number')
    return { error: `应填写数值${unit ? `（${unit}）` : ''}，实际填写“${actual.text}”` };
  const x = convert(actual.value, actual.unit ?? unit, unit);
  if (x === null) return { error: `单位不符：评分标准以“${unit ?? ''}”计，实际填写“${actual.text}”` };
  if (unit === '%' && boundedRate(std, name) && (x.isNegative() || x.gt(HUNDRED))) {
    return { error: `“${actual.text}”不是有效的比率（应在0%–100%之间）` };
  }
  if (x.isNegative() && !GROWTH.test(name ?? '')) return { error: `“${actual.text}”不能为负数` };
  return { x, text: `实际${qty(x, unit)}` };
}

/** The completion rate in per cent: given as such, or the actual against the numeric target. */
export function rateFrom(actual: Actual, std: ParsedStandard, name: string | null): MeasureResult {
  if (actual.kind !== 'number') return { error: `应填写实际完成值或完成率（%），实际填写“${actual.text}”` };
  const target = targetOf(std);
  if (actual.unit === '%' && !std.percent) {
    if (actual.value.isNegative()) return { error: `完成率“${actual.text}”不能为负数` };
    return { x: actual.value, text: `实际完成率${pct(actual.value)}` };
  }
  if (!target) return { error: '指标值不是数值，无法计算完成率：请直接填写完成率（如“85%”）' };
  const v = valueIn(actual, target.unit, std, name);
  if ('error' in v) return v;
  const [num_, den] = std.direction === 'lower' ? [target.value, v.x] : [v.x, target.value];
  if (den.isZero()) {
    if (std.direction === 'lower')
      return {
        x: HUNDRED,
        text: `实际${qty(v.x, target.unit)}，目标${qty(target.value, target.unit)}，完成率按100%计`,
      };
    return { error: '指标值为0，无法计算完成率' };
  }
  const rate = num_.mul(HUNDRED).div(den, 2) ?? Decimal.ZERO;
  const how =
    std.direction === 'lower'
      ? `目标${qty(target.value, target.unit)} ÷ 实际${qty(v.x, target.unit)}`
      : `实际${qty(v.x, target.unit)} ÷ 目标${qty(target.value, target.unit)}`;
  return { x: rate, text: `实际完成率${pct(rate)}（${how}）` };
}

/** The deviation from the target in per cent: given as such ("偏离8%"), or computed; signed for overruns. */
export function deviationFrom(actual: Actual, std: ParsedStandard, overOnly: boolean): MeasureResult {
  if (actual.kind !== 'number') return { error: `应填写实际值或偏离度（%），实际填写“${actual.text}”` };
  if (actual.deviation || (actual.unit === '%' && !std.percent)) {
    return { x: actual.value, text: `偏离目标${pct(actual.value)}` };
  }
  const target = targetOf(std);
  if (!target) return { error: '指标值不是数值，无法计算偏离度：请直接填写偏离度（如“偏离8%”）' };
  if (target.value.isZero()) return { error: '指标值为0，无法计算偏离度' };
  const x = convert(actual.value, actual.unit ?? target.unit, target.unit);
  if (x === null) return { error: `单位不符：指标以“${target.unit ?? ''}”计，实际填写“${actual.text}”` };
  const diff = x.sub(target.value);
  const d = (overOnly ? diff : diff.abs()).mul(HUNDRED).div(target.value, 2) ?? Decimal.ZERO;
  const word = overOnly
    ? d.isNegative() || d.isZero()
      ? '未超出目标'
      : `超出目标${pct(d)}`
    : `偏离目标${pct(d)}`;
  return { x: d, text: `${word}（实际${qty(x, target.unit)}，目标${qty(target.value, target.unit)}）` };
}
