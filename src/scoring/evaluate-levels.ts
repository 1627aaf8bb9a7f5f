// Met-or-not and qualitative standards. The actual is a level the standard names ("效果一般"), one of the
// three common grades (达成 / 部分达成 / 未达成, mapped to the best, middle and worst level), a year-on-
// year change where the levels are 增长 / 持平 / 减少 (a number: its sign), or — for met-or-not on a
// quantitative indicator — the value itself, compared with the target. Where the standard lets the
// evaluator judge ("或扣相应分数", ranges "100%-80%（含）"), points or a degree may be given.

import { Decimal } from '../core/decimal.js';
import type { BinaryRule, GradeLevel, GradesRule } from '../core/scoring-standard/index.js';
import type { Actual } from './actual.js';
import type { EvalContext, Scored } from './context.js';
import { fail, pointsText, resolve, within } from './context.js';
import { evaluateDefault, metAgainstTarget } from './evaluate-default.js';
import { num, pct } from './format.js';
import { targetOf } from './measure.js';

const MET =
  /^(?:是|完成|已完成|全部完成|达成|已达成|达到|已达到|达标|符合|符合要求|满足|合格|按时完成|及时|按期完成)$/;
const UNMET =
  /^(?:否|未完成|没有完成|未达成|未达到|未达标|不符合|不符合要求|不满足|不合格|未按时完成|不及时|没有|无)$/;
const PARTIAL = /^(?:部分达成|部分完成|基本达成|基本完成|部分实现)$/;

const key = (s: string): string => s.replace(/[的,，。;；、\s]/g, '');

function matchLevel(levels: readonly GradeLevel[], words: string): GradeLevel | null {
  const w = key(words);
  const exact = levels.find((l) => key(l.label) === w);
  if (exact) return exact;
  const within_ = levels.filter((l) => key(l.label).includes(w) || w.includes(key(l.label)));
  return within_.length === 1 ? (within_[0] ?? null) : null;
}

export function evaluateBinary(rule: BinaryRule, actual: Actual, ctx: EvalContext): Scored {
  const met = resolve(rule.met, ctx.weight);
  if (actual.kind === 'points') {
    if (!rule.judged) return fail(`该评分标准只有完成、未完成两档，不能直接填写得分“${actual.text}”`);
    if (actual.value.gt(met)) return fail(`酌情给分${num(actual.value)}分超过满分${num(met)}分`);
    return within(
      actual.value,
      ctx,
      `未完全符合要求，评价人酌情给分${num(actual.value)}分（评分标准允许扣相应分数）`,
    );
  }
  let isMet: boolean | null = null;
  let text = '';
  if (actual.kind === 'number') {
    const r = metAgainstTarget(actual, ctx);
    if ('error' in r) return fail(r.error);
    isMet = r.met;
    text = r.text;
  } else if (actual.kind === 'words') {
    const w = key(actual.words);
    if (MET.test(w) || key(rule.metText) === w) isMet = true;
    else if (UNMET.test(w) || (rule.unmetText !== null && key(rule.unmetText) === w)) isMet = false;
    text = `实际“${actual.words}”`;
  }
  if (isMet === null) {
    const own = rule.unmetText && rule.metText !== '完成' ? `（或“${rule.metText}”“${rule.unmetText}”）` : '';
    const target = targetOf(ctx.std);
    const value = target ? `实际值（${target.unit ?? '数值'}）或` : '';
    return fail(`应填写${value}“完成”或“未完成”${own}，实际填写“${actual.text}”`);
  }
  if (isMet)
    return within(
      met,
      ctx,
      `${text}，${rule.metText === '其余情形' ? '未出现不得分的情形' : '完成'}，得${num(met)}分`,
    );
  if (rule.unmet === null) return evaluateDefault(actual, ctx, '评分标准未写未完成时的得分');
  const points = resolve(rule.unmet, ctx.weight);
  return within(points, ctx, `${text}，${rule.unmetText ?? '未完成'}，得${pointsText(rule.unmet)}`);
}

/** The level a canonical grade names: 达成 the best, 未达成 the worst, 部分达成 the one between. */
function byGrade(rule: GradesRule, words: string): GradeLevel | null | 'ambiguous' {
  const w = key(words);
  const levels = rule.levels;
  if (MET.test(w)) return levels[0] ?? null;
  if (UNMET.test(w)) {
    const last = levels[levels.length - 1];
    return rule.rest !== null ? null : (last ?? null);
  }
  if (PARTIAL.test(w)) {
    const middle = levels.filter((l) => l.sense === 'partial');
    return middle.length === 1 ? (middle[0] ?? null) : 'ambiguous';
  }
  return null;
}

/** 增长 / 持平 / 减少 from a signed change. */
function bySign(rule: GradesRule, actual: Actual): GradeLevel | null {
  if (actual.kind !== 'number') return null;
  const sense = actual.value.isZero() ? 'flat' : actual.value.isNegative() ? 'decrease' : 'increase';
  return rule.levels.find((l) => l.sense === sense) ?? null;
}

function scoreLevel(level: GradeLevel, actual: Actual, ctx: EvalContext, how: string): Scored {
  if (level.range) {
    const { lo, hi } = level.range;
    const degree = actual.kind === 'words' ? actual.degree : null;
    if (degree === null) {
      if (level.sense !== 'met') {
        return fail(
          `“${level.label}”按分值的${pct(lo)}–${pct(hi)}酌情计分：请同时填写程度，如“${level.label} ${num(lo)}%”`,
        );
      }
      const points = ctx.weight.mul(hi).div(Decimal.from('100'), 6) ?? Decimal.ZERO;
      return within(
        points,
        ctx,
        `${how}，属“${level.label}”档（分值的${pct(lo)}–${pct(hi)}），未填写程度，按该档上限计${num(points)}分`,
      );
    }
    if (degree.lt(lo) || degree.gt(hi))
      return fail(`“${level.label}”的程度应在${pct(lo)}–${pct(hi)}之间，实际填写${pct(degree)}`);
    const points = ctx.weight.mul(degree).div(Decimal.from('100'), 6) ?? Decimal.ZERO;
    return within(
      points,
      ctx,
      `${how}，属“${level.label}”档，程度${pct(degree)}，得分=${pct(degree)}×${num(ctx.weight)}=${points.toFixed(2)}`,
    );
  }
  const points = resolve(level.points, ctx.weight);
  return within(points, ctx, `${how}，属“${level.label}”，得${num(points)}分`);
}

export function evaluateGrades(rule: GradesRule, actual: Actual, ctx: EvalContext): Scored {
  const options = rule.levels.map((l) => `“${l.label}”`).join('、');
  if (actual.kind === 'points') {
    const ranged = rule.levels.find((l) => l.range !== null);
    if (!rule.judged && !ranged)
      return fail(`该评分标准按档次计分（${options}），不能直接填写得分“${actual.text}”`);
    if (actual.value.gt(ctx.weight)) {
      return fail(`酌情给分${num(actual.value)}分超过该指标分值${num(ctx.weight)}分`);
    }
    return within(actual.value, ctx, `评价人酌情给分${num(actual.value)}分`);
  }
  let level: GradeLevel | null = null;
  let how = `实际“${actual.text}”`;
  if (actual.kind === 'words') {
    const found = matchLevel(rule.levels, actual.words) ?? byGrade(rule, actual.words);
    if (found === 'ambiguous') return fail(`“${actual.words}”对应多个中间档次，请填写档次名称：${options}`);
    level = found;
    if (!level && rule.rest && /^(?:其余|其他|否则|未达成|未完成)$/.test(key(actual.words))) {
      const points = resolve(rule.rest, ctx.weight);
      return within(points, ctx, `${how}，不属于所列档次，按“其余”得${pointsText(rule.rest)}`);
    }
  } else if (actual.kind === 'number') {
    level = bySign(rule, actual);
    how = `较上年变化${num(actual.value)}${actual.unit ?? ''}`;
    if (!level) return fail(`该指标按档次计分，应填写档次名称：${options}，实际填写“${actual.text}”`);
  }
  if (!level)
    return fail(`应填写档次名称：${options}（或“达成”“部分达成”“未达成”），实际填写“${actual.text}”`);
  return scoreLevel(level, actual, ctx, how);
}
