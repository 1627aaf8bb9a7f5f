// Which way an indicator improves, and whether it is measured in per cent. The comparator decides
// when it is a direction (≥ > more is better, ≤ < less is better); "=" and 定量/定性 leave it to the
// indicator: costs, accidents, errors and complaints are better lower, everything else higher.

import { Decimal } from '../decimal.js';
import { unitOf } from './target-value.js';
import type { Direction, StandardInput, TargetValue } from './types.js';

const LOWER_IS_BETTER =
  /成本|费用|经费|支出|预算控制|控制率|事故|差错|错误|发生率|投诉|不合格|失误|超支|偏离|延误|损失|时长|速度|天数|差距|债务/;
const HUNDRED = Decimal.from('100');

export function directionOf(input: StandardInput, target: TargetValue): Direction {
  const c = target.kind === 'number' && target.comparator ? target.comparator : input.comparator;
  if (c === '≥' || c === '>') return 'higher';
  if (c === '≤' || c === '<') return 'lower';
  if (input.level1 === '成本指标' || /成本/.test(input.level2 ?? '')) return 'lower';
  return LOWER_IS_BETTER.test(input.name ?? '') ? 'lower' : 'higher';
}

/**
 * Per cent: the unit says so (%, 百分比), or the value does ("95%"), or a rate or degree (…率, …度)
 * is given a number no larger than 100 with no unit at all ("公共文化场馆知晓度 80 无").
 */
export function isPercentIndicator(input: StandardInput, target: TargetValue): boolean {
  if (target.kind === 'number') {
    if (target.percent) return true;
    if (target.unit !== null) return false;
    return /[率度]$/.test(input.name ?? '') && !target.value.gt(HUNDRED);
  }
  if (target.kind === 'numbers') return target.values.every((v) => v.unit === '%');
  return unitOf(input.unit) === '%';
}
