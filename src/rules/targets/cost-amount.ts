// Reading a cost indicator as a stated total: the amount in 万元 its value promises ("≤15万元", "10.34"
// with unit 万元), and whether it is the project's whole cost rather than a part or a rate. Per-person,
// per-event and per-item standards (8000元/次, 补助标准50万元, 每期2万元) are never totals.

import type { Decimal } from '../../core/decimal.js';
import type { Indicator } from '../../core/model/targets.js';
import { parseAmount } from '../../core/money.js';
import { toHalfWidth } from '../../core/text.js';
import { familyOf } from './indicator-kinds.js';

const PER_UNIT = /每|单个|单项|单位价值|人均|平均|标准|\/人|\/次|\/期|\/月|\/亩|\/年/;
/** Names of a whole-cost indicator: 项目总成本, 成本控制, 预算, 项目经费, 总支出… */
export const TOTAL_STYLE = /总成本|总支出|总费用|总额|总预算|成本控制|预算|项目支出|项目经费|成本费用|经费总/;

/** The amount in 万元 a cost indicator's value states, or null. */
export function costAmount(ind: Indicator): Decimal | null {
  if (familyOf(ind) !== 'cost' || ind.placeholder || !ind.value) return null;
  const text = toHalfWidth(ind.value)
    .replace(/^\s*(≥|≤|>=|<=|>|<|=|不超过|不高于|不低于|控制在)\s*/, '')
    .replace(/以内$|以下$/, '');
  const parsed = parseAmount(text);
  if (!parsed) return null;
  const unit =
    parsed.unit ?? (ind.unit ? (parseAmount(`1${toHalfWidth(ind.unit).trim()}`)?.unit ?? null) : null);
  return unit === '万元' ? parsed.value : null;
}

/** True when name or explanation says the figure is per person, per event or a standard. */
export function isPerUnit(ind: Indicator): boolean {
  return PER_UNIT.test(`${ind.name ?? ''} ${ind.content ?? ''}`);
}
