// Which way an indicator improves, and whether it is measured in per cent. The comparator decides
// when it is a direction (≥ > more is better, ≤ < less is better); "=" and 定量/定性 leave it to the
// indicator: costs, accidents, errors and complaints are better lower, everything else higher.

import { Decimal } from '../decimal.js';
import { unitOf } from './target-value.js';
import type { Direction, StandardInput, TargetValue } from './types.js';

const LOWER_IS_BETTER =
  /成本|费用|经费|支出|预算控制|控制率|事故|差错|错误|发生率|投诉|不合格|失误|超支|偏离|延误|损失|时长|速度|天数|差距|债务/;
const HIGHER_RATE =
  /满意|合规|完成率|及时|合格|覆盖|达标|办结|知晓|参与|处置|执行率|发放率|精准|准确|到位|在岗|使用率|保持|完善|受理|办复|普及/;
const LOWER_RATE = /控制率|事故|差错|错误|投诉|偏离|发生率|不合格|超支/;
const HUNDRED = Decimal.from('100');

export function directionOf(input: StandardInput, target: TargetValue): Direction {
  const c = target.kind === 'number' && target.comparator ? target.comparator : input.comparator;
  if (c === '≥' || c === '>') return 'higher';
  if (c === '≤' || c === '<') return 'lower';
  if (input.level1 === '成本指标' || /成本/.test(input.level2 ?? '')) return 'lower';
  const name = input.name ?? '';
  // "项目支出合规率" is a rate to raise, whatever it is a rate of; "预算控制率", "事故发生率" are not.
  if (HIGHER_RATE.test(name) && !LOWER_RATE.test(name)) return 'higher';
  return LOWER_IS_BETTER.test(name) ? 'lower' : 'higher';
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
