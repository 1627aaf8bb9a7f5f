// Reading indicator words of the forms into the canonical vocabulary: level-1 cells ("产出指标", or the
// department form's long "产出指标（预期提供的公共产品或服务，…）"), the forms' short level-2 names
// ("经济效益", "服务对象满意度"), and the comparator a value starts with ("≥98", "≤15万元").

import { toHalfWidth } from '../../core/text.js';
import { COMPARATOR_ALIASES, LEVEL1_INDICATORS, isComparator } from '../../core/vocabulary.js';
import type { Comparator, Level1Indicator, Level2Indicator } from '../../core/vocabulary.js';
import { level2OfKey } from '../indicators/vocabulary-reading.js';

/** The level-1 indicator a cell names, by its first words (the rest is the template's explanation). */
export function level1Of(key: string): Level1Indicator | null {
  return LEVEL1_INDICATORS.find((l) => key.startsWith(l)) ?? null;
}

/** The level-2 indicator a cell names (canonical or a known short spelling). */
export function level2Of(key: string): Level2Indicator | null {
  return level2OfKey(key);
}

const SYMBOLS = ['≥', '≤', '=', '>', '<'] as const;
// Longest spellings first so that ">=" is not read as ">".
const SPELLINGS = [...Object.keys(COMPARATOR_ALIASES), ...SYMBOLS].sort((a, b) => b.length - a.length);

/** The comparator a target value is written with ("≥98" → ≥, "不低于95%" → ≥); null when it has none. */
export function comparatorOfValue(value: string | null): Comparator | null {
  if (value === null) return null;
  const t = toHalfWidth(value).replace(/\s+/g, '');
  for (const spelling of SPELLINGS) {
    if (!t.startsWith(spelling)) continue;
    if (isComparator(spelling)) return spelling;
    return COMPARATOR_ALIASES[spelling] ?? null;
  }
  return null;
}
