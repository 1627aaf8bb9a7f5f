// Exact comparisons of amounts for rules, and the text of found / expected / difference.
// Money is compared exactly at the document's precision (two decimals). A difference of one cent
// (0.01) in a sum of rounded parts is tolerated only where a rule says so and why.

import { Decimal } from '../core/decimal.js';
import type { Amount } from '../core/model/common.js';

export interface SumCheck {
  total: Decimal;
  sum: Decimal;
  difference: Decimal;
  ok: boolean;
}

/** Compares a stated total with the sum of its parts; blank parts count as zero. */
export function checkSum(
  total: Decimal,
  parts: readonly (Decimal | null | undefined)[],
  tolerance = Decimal.ZERO,
): SumCheck {
  const sum = Decimal.sum(parts.filter((p): p is Decimal => p !== null && p !== undefined));
  const difference = total.sub(sum);
  return { total, sum, difference, ok: difference.abs().cmp(tolerance) <= 0 };
}

export const amountValue = (a: Amount | null | undefined): Decimal | null => a?.value ?? null;

/** "6,563.63" at two decimals (or the value's own scale if larger). */
export function money(d: Decimal): string {
  return d.toGrouped(Math.max(2, d.scale));
}

/** Signed difference text: "+0.18" / "-12.40". */
export function signed(d: Decimal): string {
  const s = money(d.abs());
  return d.isNegative() ? `-${s}` : `+${s}`;
}
