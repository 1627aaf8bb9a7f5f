// The one reader of 评（扣）分标准: text with the indicator's 指标值, comparator, unit and weight in, a
// typed rule out (types.ts). The patterns are tried from the most specific: parts, formulas,
// deductions, bands (value, completion rate, deviation), qualitative levels. The first that claims the
// text answers; a text it cannot read keeps the reason and gets the domain's default rule, marked
// as such, so that it can still be scored and is reported as a defect of the target.

import { isPlaceholder } from '../text.js';
import { readBands } from './bands.js';
import { clausesOf, explicitPoints } from './clauses.js';
import { readComposite } from './composite.js';
import type { ReadContext, ReadResult } from './context.js';
import { readDeduction } from './deduction.js';
import { directionOf, isPercentIndicator } from './direction.js';
import { readFormula } from './formula.js';
import { readGrades } from './grades.js';
import { normaliseScoring, prepare } from './normalise.js';
import { parseTargetValue } from './target-value.js';
import type { ParsedStandard, StandardInput } from './types.js';

const READERS = [readFormula, readDeduction, readBands, readGrades] as const;

function readPart(text: string, ctx: ReadContext): ReadResult {
  for (const read of READERS) {
    const r = read(text, ctx);
    if (r) return r;
  }
  return null;
}

function readRule(text: string, ctx: ReadContext): ReadResult {
  return readComposite(text, ctx, readPart) ?? readPart(text, ctx);
}

export function parseStandard(input: StandardInput): ParsedStandard {
  const target = parseTargetValue(input.value, input.unit);
  const direction = directionOf(input, target);
  const percent = isPercentIndicator(input, target);
  const base = { target, direction, percent };
  if (input.text === null || isPlaceholder(input.text)) {
    return {
      ...base,
      status: 'empty',
      rule: { kind: 'default', basis: 'empty' },
      unparsedReason: null,
      normalised: '',
      statedWeight: null,
      maxPoints: null,
      notes: ['没有评分标准：按默认规则计分'],
    };
  }
  const normalised = normaliseScoring(input.text);
  const prepared = prepare(normalised);
  const notes = [...prepared.notes];
  const ctx: ReadContext = {
    input,
    target,
    direction,
    percent,
    weight: input.weight ?? prepared.statedWeight,
    notes,
  };
  const result = readRule(prepared.text, ctx);
  const points = explicitPoints(clausesOf(prepared.text).clauses);
  const maxPoints = points.reduce<ParsedStandard['maxPoints']>(
    (m, p) => (m === null || p.gt(m) ? p : m),
    null,
  );
  const common = { ...base, normalised, statedWeight: prepared.statedWeight, maxPoints };
  if (result && 'rule' in result) {
    return { ...common, status: 'parsed', rule: result.rule, unparsedReason: null, notes };
  }
  return {
    ...common,
    status: 'unparsed',
    rule: { kind: 'default', basis: 'unparsed' },
    unparsedReason: result ? result.unreadable : '评分标准没有可执行的得分或扣分规定',
    notes: ['评分标准无法解析：按默认规则计分'],
  };
}
