// Scoring one standard in tests: the standard with its indicator facts (standard.ts), an actual as a
// person writes it, and the points (two decimals) with the reason, or the error.

import { Decimal } from '../core/decimal.js';
import { parseStandard } from '../core/scoring-standard/index.js';
import { parseActual } from '../scoring/actual.js';
import { evaluate } from '../scoring/evaluate.js';
import { DEFAULT_SETTINGS } from '../scoring/settings.js';
import type { InputOverrides } from './standard.js';
import { standardInputOf } from './standard.js';

export function scoreOf(
  text: string,
  over: InputOverrides,
  actual: string,
): { points: string; reason: string } | { error: string } {
  const input = standardInputOf(text, over);
  const std = parseStandard(input);
  const a = parseActual(actual);
  if (!a) return { error: 'blank' };
  const r = evaluate(a, {
    std,
    weight: input.weight ?? std.statedWeight ?? Decimal.from('10'),
    name: input.name,
    comparator: input.comparator,
    qualitative: DEFAULT_SETTINGS.qualitative,
  });
  return r.ok ? { points: r.points.toFixed(2), reason: r.reason } : { error: r.error };
}
