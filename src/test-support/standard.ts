// Building the parser's input for tests: a standard with the indicator facts it is read with
// (defaults: a satisfaction rate ≥ 95%, weight 10).

import { Decimal } from '../core/decimal.js';
import type { StandardInput } from '../core/scoring-standard/index.js';

export type InputOverrides = Partial<Omit<StandardInput, 'weight'>> & { weight?: string | null };

export function standardInputOf(text: string, over: InputOverrides = {}): StandardInput {
  return {
    text,
    value: over.value === undefined ? '95' : over.value,
    unit: over.unit === undefined ? '%' : over.unit,
    comparator: over.comparator === undefined ? '≥' : over.comparator,
    weight: over.weight === null ? null : Decimal.from(over.weight ?? '10'),
    name: over.name === undefined ? '服务对象满意度' : over.name,
    level1: over.level1 ?? null,
    level2: over.level2 ?? null,
  };
}
