// Reading amounts as printed: "6,563.63", "15万", "120万元", "1940.21万元", "0.00". The value is
// exact (Decimal); the unit is what the text itself says, if anything (the table's unit applies
// otherwise). Nothing here guesses: text that is not an amount gives null.

import { Decimal } from './decimal.js';
import { compact, toHalfWidth } from './text.js';
import type { MoneyUnit } from './vocabulary.js';

export interface ParsedAmount {
  value: Decimal;
  /** The unit written in the text itself ("15万" → 万元), or null when the text is a bare number. */
  unit: MoneyUnit | null;
}

const AMOUNT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(万元|万|元|亿元|亿)?$/;

export function parseAmount(text: string): ParsedAmount | null {
  const t = compact(toHalfWidth(text));
  // An amount starts with a sign or a digit; most text tried here (labels, names) is rejected at once.
  if (!startsLikeAmount(t)) return null;
  const m = AMOUNT.exec(t);
  if (!m?.[1]) return null;
  const value = Decimal.parse(m[1]);
  if (!value) return null;
  const suffix = m[2];
  const unit: MoneyUnit | null =
    suffix === '万' || suffix === '万元' ? '万元' : suffix === '元' ? '元' : suffix ? '亿元' : null;
  return { value, unit };
}

function startsLikeAmount(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d; // 0-9 + -
}

/** Converts a value between money units exactly (元 → 万元 gains four decimals). */
export function convertMoney(value: Decimal, from: MoneyUnit, to: MoneyUnit): Decimal {
  const exp: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };
  const diff = exp[from] - exp[to];
  if (diff === 0) return value;
  if (diff > 0) return value.mul(Decimal.of(10n ** BigInt(diff)));
  return Decimal.of(value.units, value.scale - diff);
}

/** Parses a percentage as printed ("2.41%", "2.41 %", "100.00%"); the value is in per cent. */
export function parsePercent(text: string): Decimal | null {
  const m = /^([+-]?\d+(?:\.\d+)?)\s*[%％]$/.exec(toHalfWidth(text).trim());
  return m?.[1] ? Decimal.parse(m[1]) : null;
}
