// What kind of indicator a row is, read from its levels, name and unit: which of the four families
// (成本, 产出, 效益, 满意度) it covers, whether it is a rate where more is better, and what number its
// target value states. Declaration forms put 成本指标 under 产出 and 满意度 under 效益; both count.

import { Decimal } from '../../core/decimal.js';
import type { Indicator } from '../../core/model/targets.js';
import { isPlaceholder, toHalfWidth } from '../../core/text.js';
import type { Comparator } from '../../core/vocabulary.js';
import { LEVEL1_OF_LEVEL2 } from '../../core/vocabulary.js';

export const FAMILIES = ['cost', 'output', 'benefit', 'satisfaction'] as const;
export type Family = (typeof FAMILIES)[number];
export const FAMILY_LABELS: Record<Family, string> = {
  cost: '成本指标',
  output: '产出指标',
  benefit: '效益指标',
  satisfaction: '满意度指标',
};

export function familyOf(ind: Indicator): Family | null {
  if (ind.level1 === '满意度指标' || ind.level2 === '服务对象满意度指标') return 'satisfaction';
  if (ind.level1 === '成本指标' || ind.level2 === '成本指标') return 'cost';
  const level1 = ind.level1 ?? (ind.level2 ? LEVEL1_OF_LEVEL2[ind.level2] : null);
  if (level1 === '成本指标') return 'cost';
  if (level1 === '产出指标') return 'output';
  if (level1 === '效益指标') return 'benefit';
  return null;
}

/** Comparators that promise a number. */
const QUANTITATIVE: readonly Comparator[] = ['≥', '≤', '=', '>', '<', '定量'];

export const isQuantitative = (c: Comparator | null): boolean => c !== null && QUANTITATIVE.includes(c);

/** The numbers in a target value ("≥90%" → 90; "12；200" → 12, 200; "2023年12月31日前" → 2023, 12, 31). */
export function numbersIn(text: string | null): Decimal[] {
  if (!text) return [];
  const out: Decimal[] = [];
  for (const m of toHalfWidth(text).matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    const d = Decimal.parse(m[0]);
    if (d) out.push(d);
  }
  return out;
}

/** True when the value is blank or a placeholder (无, -, /). */
export const valueMissing = (ind: Indicator): boolean => isPlaceholder(ind.value);

const PERCENT_UNITS = new Set(['%', '百分比', '百分率']);

/** True when the indicator is in per cent: its unit, or its value's own sign. */
export function inPercent(ind: Indicator): boolean {
  const unit = ind.unit ? toHalfWidth(ind.unit).trim() : '';
  return PERCENT_UNITS.has(unit) || /%/.test(toHalfWidth(ind.value ?? ''));
}

// Rates where more is better; a lower-is-better rate (事故率, 差错率, 发生率, 控制率) is not one of these.
const HIGHER_IS_BETTER =
  /满意度|满意率|完成率|及时率|合格率|合规率|覆盖率|达标率|办结率|答复率|知晓率|参与率|处置率|执行率|发放率|精准率|准确率|到位率|在岗率|使用率|保持率|完善率|稳定率|受理率|办复率/;
const LOWER_IS_BETTER = /事故|差错|错误|发生率|投诉|偏离|控制率|不合格|失误|超支/;

/** A rate whose target should be high: 满意度, 完成率, 及时率 … (by name, or by level 2 服务对象满意度指标). */
export function isHigherBetterRate(ind: Indicator): boolean {
  const name = ind.name ?? '';
  if (LOWER_IS_BETTER.test(name)) return false;
  return ind.level2 === '服务对象满意度指标' || HIGHER_IS_BETTER.test(name);
}
