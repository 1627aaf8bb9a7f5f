// Qualitative standards: named levels ("达到目标得满分，效果一般得3分，未推动不得分"; "较上年有增加的得6分，
// 与上年持平的得4分，少于上年的不得分"; "分为基本达成目标、部分实现目标、实现目标程度较低三个档次，并分别按照
// 分值区间100%-80%（含）、80%-60%（含）、60%-0%合理确定分值") and their two-level case, met or not
// ("完成计满分，未完成不得分"; "未在年内完成不得分"). Levels are ranked by their points: the best is
// 达成, the worst 未达成, the ones between 部分达成.

import { Decimal } from '../decimal.js';
import { FULL, JUDGED, ZERO, clausesOf, shareOf } from './clauses.js';
import type { Clause } from './clauses.js';
import type { ReadContext, ReadResult } from './context.js';
import { unreadable } from './context.js';
import type { GradeLevel, GradeSense, Points } from './types.js';

const REST = /^(?:否则|其余|其他|其它)$/;
const UNMET = /^(?:未|不|没有|无|非)|未达|未完成|不符|不具有|未能|未推动|未提|未改善|效果差|较差/;
const FLAT = /持平|不变/;
const INCREASE = /增长|增加|提高|提升|有所改善|改善/;
const DECREASE = /减少|下降|降低|少于|减/;
const YEAR_ON_YEAR = /较上年|与上年|上年|去年|同比/;
const LEVELS = /分为(.+?)[两二三四五]个档次.*?分值区间(.+?)(?:合理)?确定分值/;
const DEDUCT_LEVEL = /^(.*?)扣(\d+(?:\.\d+)?)分$/;

/** "100%-80%（含）" → 80–100 (per cent of the weight). */
function shareRange(text: string): { lo: Decimal; hi: Decimal } | null {
  const m = /^(\d+(?:\.\d+)?)%-(\d+(?:\.\d+)?)%/.exec(text);
  if (!m) return null;
  const a = Decimal.from(m[1] ?? '0');
  const b = Decimal.from(m[2] ?? '0');
  return a.lt(b) ? { lo: a, hi: b } : { lo: b, hi: a };
}

function readRangedLevels(text: string): ReadResult {
  const m = LEVELS.exec(text);
  if (!m) return null;
  const labels = (m[1] ?? '').split('、');
  const ranges = (m[2] ?? '').split('、').map(shareRange);
  if (labels.length !== ranges.length || ranges.some((r) => r === null)) {
    return unreadable('档次名称与分值区间的个数不一致');
  }
  const levels: GradeLevel[] = labels.map((label, i) => {
    const range = ranges[i] ?? { lo: Decimal.ZERO, hi: Decimal.ZERO };
    return { label, points: shareOf(range.hi), range, sense: null };
  });
  return { rule: { kind: 'grades', levels: withSenses(levels), rest: null, judged: true } };
}

const value = (p: Points): Decimal =>
  p.kind === 'points'
    ? p.value
    : p.kind === 'weight'
      ? (p.numerator.div(p.denominator, 6) ?? Decimal.ZERO)
      : Decimal.from('-1');

/** Points compared as written: shares of the weight above numbers (满分 is the most). */
function rank(p: Points): [number, Decimal] {
  if (p.kind === 'weight') return [2, value(p)];
  if (p.kind === 'full-less') return [1, p.value.neg()];
  return [0, p.value];
}

function better(a: Points, b: Points): number {
  const [ka, va] = rank(a);
  const [kb, vb] = rank(b);
  if (ka !== kb && !(a.kind === 'points' && a.value.isZero()) && !(b.kind === 'points' && b.value.isZero())) {
    return kb - ka;
  }
  if (a.kind === 'points' && a.value.isZero()) return 1;
  if (b.kind === 'points' && b.value.isZero()) return -1;
  return vb.cmp(va);
}

/** Senses by rank, or by year-on-year words when a level says 持平. */
function withSenses(levels: GradeLevel[], restIsWorst = false): GradeLevel[] {
  const yoy =
    levels.some((l) => FLAT.test(l.label)) &&
    levels.some((l) => YEAR_ON_YEAR.test(l.label) || INCREASE.test(l.label));
  return levels.map((l, i): GradeLevel => {
    let sense: GradeSense;
    if (yoy) {
      sense = FLAT.test(l.label)
        ? 'flat'
        : UNMET.test(l.label) || DECREASE.test(l.label)
          ? 'decrease'
          : 'increase';
    } else if (i === 0) sense = 'met';
    else if (i === levels.length - 1 && !restIsWorst) sense = 'unmet';
    else sense = 'partial';
    return { ...l, sense };
  });
}

function levelOf(c: Clause): GradeLevel | null {
  const deduct = DEDUCT_LEVEL.exec(c.cond);
  if (deduct) return null;
  return { label: c.cond, points: c.points, range: null, sense: null };
}

export function readGrades(text: string, ctx: ReadContext): ReadResult {
  const ranged = readRangedLevels(text);
  if (ranged) return ranged;
  const { clauses, tail } = clausesOf(text);
  const levels: GradeLevel[] = [];
  let rest: Points | null = null;
  for (const c of clauses) {
    if (c.bounds.length > 0) return unreadable(`“${c.text}”含数值条件，不能作为定性档次`);
    if (REST.test(c.cond)) {
      rest = c.points;
      continue;
    }
    if (c.cond === '') return unreadable(`“${c.text}”没有写明档次`);
    if (/加分|扣分/.test(c.cond)) return unreadable(`“${c.text}”的加分、扣分没有写明分数`);
    if (/依次类推|以此类推/.test(c.cond)) return unreadable('“依次类推”的档次没有全部写出');
    const level = levelOf(c);
    if (level) levels.push(level);
  }
  // "没有帮助扣0.5分", "不符合要求的，则扣相应分数": levels written as a deduction, after the last score.
  const t = tail.replace(/^[,，;；。]+|[,，;；。]+$/g, '');
  const deduct = DEDUCT_LEVEL.exec(t);
  const judged = JUDGED.test(text);
  if (deduct?.[1]) {
    levels.push({
      label: deduct[1].replace(/[,，的]+$/, ''),
      points: { kind: 'full-less', value: Decimal.from(deduct[2] ?? '0') },
      range: null,
      sense: null,
    });
  } else if (judged && JUDGED.test(t)) {
    // "不符合要求不得分或扣相应分数": the tail only widens the level before it. "不符合要求的，则扣相应分数":
    // the tail is a level of its own, scored by the evaluator's judgement (no points by default).
    const label = t.replace(new RegExp(JUDGED.source, 'g'), '').replace(/[,，;；的则或者]+$/g, '');
    if (label !== '' && !/^或/.test(label) && !levels.some((l) => l.label === label)) {
      levels.push({ label, points: ZERO, range: null, sense: null });
    }
  } else if (t !== '' && /\d分|满分|得分|扣/.test(t)) {
    return unreadable(`“${t}”无法识别`);
  }
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => better(a.points, b.points));
  const ranked = withSenses(sorted, rest !== null);
  const top = ranked[0];
  const last = ranked[ranked.length - 1];
  const binary =
    top &&
    ranked.length <= 2 &&
    !ranked.some((l) => l.sense === 'flat') &&
    (ranked.length === 1 || (last?.points.kind === 'points' && last.points.value.isZero()));
  if (binary && top) {
    const only = ranked.length === 1;
    // "未在年内完成不得分": only the failure is written; meeting the target earns the full weight.
    if (only && top.points.kind === 'points' && top.points.value.isZero()) {
      ctx.notes.push('评分标准只写了不得分的情形，其余按满分计');
      return {
        rule: { kind: 'binary', met: FULL, unmet: ZERO, metText: '其余情形', unmetText: top.label, judged },
      };
    }
    if (only && rest === null) ctx.notes.push('评分标准未写未完成时的得分：按默认规则计分');
    const unmet = only ? rest : (last?.points ?? null);
    return {
      rule: {
        kind: 'binary',
        met: top.points,
        unmet,
        metText: top.label,
        unmetText: only ? (rest ? '否则' : null) : (last?.label ?? null),
        judged,
      },
    };
  }
  return { rule: { kind: 'grades', levels: ranked, rest, judged } };
}
