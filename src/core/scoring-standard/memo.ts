// The parsed standard of an indicator, read once: the review's rules and the evaluation all ask for
// it, so it is kept per indicator object (a WeakMap: it goes when the document goes). If an indicator
// is changed in place after it was read, the texts no longer match and it is read again.

import type { Indicator } from '../model/targets.js';
import { parseStandard } from './parse.js';
import type { ParsedStandard, StandardInput } from './types.js';

const memo = new WeakMap<Indicator, { input: StandardInput; parsed: ParsedStandard }>();

/** The parser's view of an indicator row. */
export function standardInput(ind: Indicator): StandardInput {
  return {
    text: ind.scoring,
    value: ind.value,
    unit: ind.unit,
    comparator: ind.comparator,
    weight: ind.weight,
    name: ind.name,
    level1: ind.level1 ?? ind.level1Text,
    level2: ind.level2 ?? ind.level2Text,
  };
}

const same = (a: StandardInput, b: StandardInput): boolean =>
  a.text === b.text &&
  a.value === b.value &&
  a.unit === b.unit &&
  a.comparator === b.comparator &&
  a.name === b.name &&
  a.level1 === b.level1 &&
  a.level2 === b.level2 &&
  (a.weight === b.weight || (a.weight !== null && b.weight !== null && a.weight.eq(b.weight)));

/** The indicator's 评（扣）分标准 as a rule, parsed on first use. */
export function standardOf(ind: Indicator): ParsedStandard {
  const input = standardInput(ind);
  const hit = memo.get(ind);
  if (hit && same(hit.input, input)) return hit.parsed;
  const parsed = parseStandard(input);
  memo.set(ind, { input, parsed });
  return parsed;
}
