// Reading indicator vocabulary from printed cells: level names broken by spaces ("产出 指标",
// "数量指 标"), level-2 aliases ("服务对象满意度"), comparators (">=" → ≥) and weights. Each reader
// returns null for text that is not the word it looks for; nothing here guesses beyond the aliases.

import { Decimal } from '../../core/decimal.js';
import { compact, labelKey, toHalfWidth } from '../../core/text.js';
import {
  COMPARATORS,
  COMPARATOR_ALIASES,
  LEVEL1_INDICATORS,
  LEVEL2_ALIASES,
  LEVEL2_INDICATORS,
} from '../../core/vocabulary.js';
import type { Comparator, Level1Indicator, Level2Indicator } from '../../core/vocabulary.js';

export function readLevel1(text: string): Level1Indicator | null {
  return level1OfKey(labelKey(text));
}

export function readLevel2(text: string): Level2Indicator | null {
  return level2OfKey(labelKey(text));
}

/** True when the text is a level-1 or level-2 indicator name (or alias). */
export function isLevelWord(text: string): boolean {
  return readLevel1(text) !== null || readLevel2(text) !== null;
}

/** The comparator a 指标值类型 cell states: ≥ ≤ = > < 定性 定量, or an alias (">=", "大于等于"). */
export function readComparator(text: string): Comparator | null {
  return comparatorOfKey(labelKey(text));
}

// The readers above on text already in labelKey form, for callers that test one cell for every word.
// Every cell of a target table is tried against these words, most of them long texts that are none:
// a map answers in one lookup, and a key longer than every word is not looked up at all. (A plain
// object would also answer for "constructor" and the other names objects inherit.)

class Words<T extends string> {
  private readonly byKey: ReadonlyMap<string, T>;
  /** Length of the longest key. */
  readonly longest: number;

  /** Canonical spellings and aliases by key, canonical ones winning. */
  constructor(canonical: readonly T[], aliases: Readonly<Record<string, T>>) {
    this.byKey = new Map<string, T>([
      ...Object.entries(aliases),
      ...canonical.map((c): [string, T] => [c, c]),
    ]);
    this.longest = Math.max(...[...this.byKey.keys()].map((k) => k.length));
  }

  get(key: string): T | null {
    return key.length <= this.longest ? (this.byKey.get(key) ?? null) : null;
  }
}

const LEVEL1_WORDS = new Words(LEVEL1_INDICATORS, {});
const LEVEL2_WORDS = new Words(LEVEL2_INDICATORS, LEVEL2_ALIASES);
const COMPARATOR_WORDS = new Words(COMPARATORS, COMPARATOR_ALIASES);

/** No key longer than this is a level name, a level-2 alias or a comparator. */
export const LONGEST_WORD = Math.max(LEVEL1_WORDS.longest, LEVEL2_WORDS.longest, COMPARATOR_WORDS.longest);

export function level1OfKey(key: string): Level1Indicator | null {
  return LEVEL1_WORDS.get(key);
}

export function level2OfKey(key: string): Level2Indicator | null {
  return LEVEL2_WORDS.get(key);
}

export function comparatorOfKey(key: string): Comparator | null {
  return COMPARATOR_WORDS.get(key);
}

/** The comparator a value starts with ("≥90%" → ≥, ">=50" → ≥), when the value carries one. */
export function comparatorOfValue(text: string): Comparator | null {
  const m = /^(>=|<=|≥|≤|>|<|=)/.exec(labelKey(text));
  return m?.[1] ? readComparator(m[1]) : null;
}

/** A plain number as printed ("20", "2.5", "4.00"); null otherwise. */
export function readNumber(text: string): Decimal | null {
  const t = compact(toHalfWidth(text));
  return t === '' ? null : Decimal.parse(t);
}
