// From an actual value to points under an indicator's parsed standard: one function per kind of rule,
// the parts of a composite standard scored one by one and added. Points are within the weight the
// standard scores (never negative, never above it); the reason says in Chinese how they were reached.
// An actual that does not fit the standard (text for a number, an unknown level) is an error, never
// a guess.

import { Decimal } from '../core/decimal.js';
import type { CompositeRule, ScoringRule } from '../core/scoring-standard/index.js';
import type { Actual } from './actual.js';
import type { EvalContext, Scored } from './context.js';
import { fail, within } from './context.js';
import { evaluateBands } from './evaluate-bands.js';
import { evaluateDeduction } from './evaluate-deduction.js';
import { evaluateDefault } from './evaluate-default.js';
import { evaluateLinear, evaluateProportional } from './evaluate-formula.js';
import { evaluateBinary, evaluateGrades } from './evaluate-levels.js';
import { num } from './format.js';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨';

function evaluateComposite(rule: CompositeRule, actual: Actual, ctx: EvalContext): Scored {
  const n = rule.parts.length;
  const items = actual.kind === 'list' ? actual.items : [actual];
  if (items.length !== n) {
    return fail(
      `该评分标准分${n}部分计分，应依次填写${n}个实际值，用“；”分隔（如“${rule.parts.map(() => '…').join('；')}”）`,
    );
  }
  let total = Decimal.ZERO;
  const reasons: string[] = [];
  for (const [i, part] of rule.parts.entries()) {
    const item = items[i] as Actual;
    const r = evaluateRule(part.rule, item, { ...ctx, weight: part.max });
    const mark = CIRCLED.charAt(i) || `${i + 1}.`;
    if (!r.ok) return fail(`第${i + 1}部分：${r.error}`);
    total = total.add(r.points);
    reasons.push(`${mark}${r.reason}`);
  }
  return within(total, ctx, `${reasons.join('；')}；合计${num(total)}分`);
}

export function evaluateRule(rule: ScoringRule, actual: Actual, ctx: EvalContext): Scored {
  if (actual.kind === 'list' && rule.kind !== 'composite') {
    return fail(`应填写一个实际值，实际填写了${actual.items.length}个（“${actual.text}”）`);
  }
  switch (rule.kind) {
    case 'bands':
      return evaluateBands(rule, actual, ctx);
    case 'linear':
      return evaluateLinear(rule, actual, ctx);
    case 'proportional':
      return evaluateProportional(rule, actual, ctx);
    case 'deduction':
      return evaluateDeduction(rule, actual, ctx);
    case 'binary':
      return evaluateBinary(rule, actual, ctx);
    case 'grades':
      return evaluateGrades(rule, actual, ctx);
    case 'composite':
      return evaluateComposite(rule, actual, ctx);
    case 'default':
      return evaluateDefault(actual, ctx, rule.basis === 'empty' ? '没有评分标准' : '评分标准无法解析');
  }
}

/** Scores one indicator's actual under its standard (the actual read with parseActual). */
export function evaluate(actual: Actual, ctx: EvalContext): Scored {
  return evaluateRule(ctx.std.rule, actual, ctx);
}
