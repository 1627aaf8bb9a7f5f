// Numbers as the reasons print them: figures without trailing zeros ("80%", "2.5分" in the text of a
// formula), scores with the settings' decimals ("2.50"). Exact: Decimal in, text out.

import type { Decimal } from '../core/decimal.js';

/** "80", "2.5", "10.34": the value without trailing zeros. */
export function num(d: Decimal): string {
  const s = d.toString();
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

export const pct = (d: Decimal): string => `${num(d)}%`;

/** "480口", "11.2万元", "92%". */
export const qty = (d: Decimal, unit: string | null): string => `${num(d)}${unit ?? ''}`;

/** A score with two decimals (or the given number): "2.50". */
export const score = (d: Decimal, scale = 2): string => d.toFixed(scale);
