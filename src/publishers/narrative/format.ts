// How published documents print numbers: amounts in tables with thousands separators and two
// decimals ("6,563.63"), amounts in prose without separators and with the unit ("6563.63万元"),
// percentages with two decimals. Every value is exact (Decimal); nothing here goes through floats.

import { Decimal } from '../../core/decimal.js';

const HUNDRED = Decimal.of(100n);

/** A table cell: "6,563.63"; blank when there is no amount. */
export function tableMoney(value: Decimal | null | undefined): string {
  return value ? value.toGrouped(2) : '';
}

/** An amount in a sentence: "6563.63万元" (the documents write prose amounts without separators). */
export function proseMoney(value: Decimal, unit = '万元'): string {
  return value.toFixed(2) + unit;
}

/** A percentage with two decimals: "2.41%". */
export function percentText(value: Decimal): string {
  return value.toFixed(2) + '%';
}

/** A count as printed (vehicles, people): integer text without decimals when whole. */
export function countText(value: Decimal): string {
  return value.round(0).eq(value) ? value.toFixed(0) : value.toString();
}

/**
 * The year-on-year rate of a change: change ÷ (current − change), in per cent with two decimals —
 * last year's figure is the current one less the change. Null when last year's figure is zero.
 */
export function changeRate(current: Decimal, change: Decimal): Decimal | null {
  return change.mul(HUNDRED).div(current.sub(change), 2);
}

/** part ÷ whole in per cent, two decimals; null when the whole is zero. */
export function shareOf(part: Decimal, whole: Decimal): Decimal | null {
  return part.mul(HUNDRED).div(whole, 2);
}

/** Strips the numbering a printed label carries ("一、本级财政拨款收入" → "本级财政拨款收入"). */
export function stripNumbering(label: string): string {
  return label.replace(/^\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．]\s*/, '').trim();
}
