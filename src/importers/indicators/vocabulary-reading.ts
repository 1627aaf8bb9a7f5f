// Reading indicator vocabulary from printed cells: level names broken by spaces ("产出 指标",
// "数量指 标"), level-2 aliases ("服务对象满意度"), comparators (">=" → ≥) and weights. Each reader
// returns null for text that is not the word it looks for; nothing here guesses beyond the aliases.

import { Decimal } from '../../core/decimal.js';
import { labelKey, toHalfWidth } from '../../core/text.js';
import {
  COMPARATOR_ALIASES,
  LEVEL2_ALIASES,
  isComparator,
  isLevel1Indicator,
  isLevel2Indicator,
} from '../../core/vocabulary.js';
import type { Comparator, Level1Indicator, Level2Indicator } from '../../core/vocabulary.js';

export function readLevel1(text: string): Level1Indicator | null {
  const k = labelKey(text);
  return isLevel1Indicator(k) ? k : null;
}

export function readLevel2(text: string): Level2Indicator | null {
  const k = labelKey(text);
  if (isLevel2Indicator(k)) return k;
  return LEVEL2_ALIASES[k] ?? null;
}

/** True when the text is a level-1 or level-2 indicator name (or alias). */
export function isLevelWord(text: string): boolean {
  return readLevel1(text) !== null || readLevel2(text) !== null;
}

/** The comparator a 指标值类型 cell states: ≥ ≤ = > < 定性 定量, or an alias (">=", "大于等于"). */
export function readComparator(text: string): Comparator | null {
  const k = labelKey(text);
  if (isComparator(k)) return k;
  return COMPARATOR_ALIASES[k] ?? null;
}

/** The comparator a value starts with ("≥90%" → ≥, ">=50" → ≥), when the value carries one. */
export function comparatorOfValue(text: string): Comparator | null {
  const m = /^(>=|<=|≥|≤|>|<|=)/.exec(labelKey(text));
  return m?.[1] ? readComparator(m[1]) : null;
}

/** A plain number as printed ("20", "2.5", "4.00"); null otherwise. */
export function readNumber(text: string): Decimal | null {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  return t === '' ? null : Decimal.parse(t);
}
