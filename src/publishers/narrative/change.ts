// The year-on-year sentence: "收入较去年增加154.46万元，上升2.41%。". The change is the one the
// document states (the model has no other record of last year); the rate is computed from it as
// change ÷ (current − change). Without a stated change the sentence says so instead of inventing one.

import type { Decimal } from '../../core/decimal.js';
import { changeRate, percentText, proseMoney } from './format.js';

export const NO_PREVIOUS = '上年预算数未提供，无法计算增减';

/**
 * @param subject what changed, as the sentence starts ("收入", "支出", "机关运行经费")
 * @param previous what it is compared with ("去年", "上年预算", "2023年")
 * @param verb the comparison word the documents use there ("较" or "比")
 */
export function changeSentence(
  subject: string,
  previous: string,
  current: Decimal | null,
  change: Decimal | null,
  verb: '较' | '比' = '较',
): string {
  if (change === null || current === null) return `${subject}${NO_PREVIOUS}。`;
  if (change.isZero()) return `${subject}与${previous}持平。`;
  const up = !change.isNegative();
  const amount = `${subject}${verb}${previous}${up ? '增加' : '减少'}${proseMoney(change.abs())}`;
  const rate = changeRate(current, change);
  if (rate === null) return `${amount}（上年预算数为零，不计算增减比例）。`;
  return `${amount}，${up ? '上升' : '下降'}${percentText(rate.abs())}。`;
}
