// Deduction standards: full points at a reference and points taken per step away from it —
// "完成500口得20分，每少5口扣2分，扣完为止", "满意度在95%及以上计10分，每下降1%扣的分值=满分分值/15，
// 80%及以下不得分", "每发现1例扣0.1分", "每延后1个月扣1分", "预算控制率≤100%得满分，每高于1%扣0.1分",
// "上下浮动不超过20%计20分，浮动每超过10%计18分，依次递减". Steps count whole: 7 口 short of 5-口 steps
// is one step. The score never goes below zero ("扣完为止" or not).

import { Decimal } from '../decimal.js';
import { FULL, clausesOf, pointsOf, shareOf } from './clauses.js';
import type { ReadContext, ReadResult } from './context.js';
import { targetNumber, unreadable } from './context.js';
import type { DeductionMeasure, DeductionRule, Points, Quantity } from './types.js';

const NUM = String.raw`\d+(?:\.\d+)?`;
const CN: Record<string, string> = { 一: '1', 两: '2', 二: '2', 三: '3', 五: '5', 十: '10' };
// "扣2分", "扣0.2份" (the text's typo), "扣总分的5%", "扣的分值=满意度满分分值/15".
const DEDUCT = new RegExp(
  String.raw`扣(?:除)?(?:(?<n>${NUM})(?<u>分|份)|总分的(?<s>${NUM})%|的分值=[^,;，；。]*?满分分值/(?<d>${NUM}))`,
  'g',
);
const STEP_UNIT =
  '个百分点|百分点|%|个月|万方|亿元|万元|元|个|例|起|处|项|次|口|期|场|家|人|篇|件|月|天|区|种|批次';
const STEP = new RegExp(
  String.raw`^每?(?<verb>发放)?(?<dir>少完成|少支付|少付|少|下降|降低|<|低|减少|缺少|高于|上升|增加|>|偏差|偏离|延后|延迟|推迟|发现|出现|有|发生)?(?<n>${NUM}|[一两二三五十])?(?<unit>${STEP_UNIT})?`,
);
const COUNT_VERB = /发现|出现|有|发生|延迟一次|发放延迟/;
const COUNT_UNIT = /^(?:例|起|处|项|次|一|区)/;
const SHORT = /少|下降|降低|<|低|减少|缺少/;
const OVER = /高于|上升|增加|>/;
const RATE_WORDS = /完成度|完成率|及时率|合格率|达标率/;
const LAST_YEAR = /较上年|与上年|与去年|比上年|同比/;
const HUNDRED = Decimal.from('100');

function perOf(g: Record<string, string | undefined>): Points {
  if (g['s'] !== undefined) return shareOf(Decimal.from(g['s']));
  if (g['d'] !== undefined)
    return { kind: 'weight', numerator: Decimal.from('1'), denominator: Decimal.from(g['d']) };
  return pointsOf(Decimal.from(g['n'] ?? '0'));
}

interface Step {
  measure: DeductionMeasure;
  step: Quantity;
}

/** The step before a deduction: "每少5口", "每下降1%", "每发现1例…", "每延后1个月", "每偏差5%". */
function stepOf(before: string): Step | null {
  const at = Math.max(
    before.lastIndexOf('每'),
    before.search(/少一次|少1次|发现1例|发现一例|出现1例|出现一例|有一起|发生一次|一项未|一例/),
  );
  if (at < 0) return null;
  const phrase = before.slice(at);
  const m = STEP.exec(phrase);
  const g = m?.groups ?? {};
  const n = g['n'] !== undefined ? Decimal.from(CN[g['n']] ?? g['n']) : Decimal.from('1');
  let unit = g['unit'] ?? '';
  const dir = g['dir'] ?? '';
  if (/^(?:个百分点|百分点|%)$/.test(unit)) unit = '%';
  if (unit === '个月') unit = '月';
  if (
    /发现|出现|有|发生|缺少/.test(dir) ||
    COUNT_VERB.test(phrase) ||
    (dir === '' && COUNT_UNIT.test(unit))
  ) {
    return { measure: 'count', step: { value: n, unit: unit === '' ? null : unit } };
  }
  if (/延后|延迟|推迟/.test(dir)) return { measure: 'count', step: { value: n, unit: unit || '月' } };
  if (/偏差|偏离/.test(dir)) return { measure: 'deviation', step: { value: n, unit: '%' } };
  if (!m) return null;
  if (OVER.test(dir)) return { measure: 'excess', step: { value: n, unit: unit || null } };
  if (SHORT.test(dir)) return { measure: 'shortfall', step: { value: n, unit: unit || null } };
  return null;
}

/** "浮动每超过10%，计18分，依次递减" after "上下浮动不超过20%，计20分". */
const FLOATING = new RegExp(
  String.raw`浮动≤(${NUM})%,?计(${NUM})分;?在此基础上,?浮动每>(${NUM})%,?计(${NUM})分,?依次递减`,
);

function readFloating(text: string): ReadResult {
  const m = FLOATING.exec(text);
  if (!m) return null;
  const full = Decimal.from(m[2] ?? '0');
  const next = Decimal.from(m[4] ?? '0');
  const rule: DeductionRule = {
    kind: 'deduction',
    measure: 'deviation',
    reference: null,
    referenceIsTarget: true,
    full: pointsOf(full),
    step: { value: Decimal.from(m[3] ?? '0'), unit: '%' },
    stepRelative: false,
    per: pointsOf(full.sub(next)),
    allowance: Decimal.from(m[1] ?? '0'),
    cutoff: null,
  };
  return { rule };
}

export function readDeduction(text: string, ctx: ReadContext): ReadResult {
  if (!text.includes('扣') && !text.includes('浮动')) return null;
  const floating = readFloating(text);
  if (floating) return floating;
  const deductions = [...text.matchAll(DEDUCT)];
  if (deductions.length === 0) return null;
  if (deductions.length > 1) return unreadable('评分标准有多个扣分步长');
  const d = deductions[0];
  if (!d) return null;
  const before = text.slice(0, d.index);
  const step = stepOf(before);
  if (!step) return /每/.test(before) ? unreadable(`扣分步长“${before}”无法识别`) : null;
  const { clauses } = clausesOf(text.replace(d[0], ''));
  // The clause that earns the full points (before the step), and a cutoff after which nothing is left.
  let full: Points = FULL;
  let reference: Quantity | null = null;
  let cutoff: DeductionRule['cutoff'] = null;
  let fullSeen = false;
  for (const c of clauses) {
    const bounds = step.measure === 'count' ? [] : c.bounds;
    const zero = c.points.kind === 'points' && c.points.value.isZero();
    if (zero && !fullSeen && bounds.length === 0) continue;
    if (zero) {
      const b = bounds[bounds.length - 1];
      if (/没有|都没有|无/.test(c.cond) && bounds.length === 0) {
        cutoff = { at: { value: Decimal.ZERO, unit: null }, incl: true };
        continue;
      }
      if (!b) return unreadable(`“${c.text}”的条件无法识别`);
      const at = b.hi ?? b.lo;
      if (!at) return unreadable(`“${c.text}”的条件无法识别`);
      // "=0的计0分" on a growth rate: no growth and less score nothing.
      cutoff = { at: { value: at.v, unit: b.unit }, incl: b.shape === 'range' ? true : at.incl };
      continue;
    }
    if (fullSeen) return unreadable(`“${c.text}”与扣分规则同时给分`);
    fullSeen = true;
    full = c.points;
    if (LAST_YEAR.test(c.cond)) return unreadable('满分条件以上年数值为基准，文中没有该数值');
    const b = bounds[bounds.length - 1];
    const at = b ? (b.lo ?? b.hi) : null;
    if (b && at) reference = { value: at.v, unit: b.unit };
  }
  let referenceIsTarget = reference === null && step.measure !== 'count';
  if (referenceIsTarget && step.measure !== 'deviation') {
    const t = targetNumber(ctx);
    if (t !== null) {
      reference = { value: t, unit: ctx.target.kind === 'number' ? ctx.target.unit : null };
    } else if (step.step.unit === '%' && RATE_WORDS.test(text)) {
      reference = { value: HUNDRED, unit: '%' };
      referenceIsTarget = false;
      ctx.notes.push('扣分以完成程度100%为满分基准');
    } else {
      return unreadable('扣分以指标值为基准，但指标值不是数值');
    }
  }
  if (reference && reference.unit === null && ctx.percent) reference = { ...reference, unit: '%' };
  const stepRelative = step.step.unit === '%' && reference !== null && reference.unit !== '%';
  const rule: DeductionRule = {
    kind: 'deduction',
    measure: step.measure,
    reference: step.measure === 'count' ? null : reference,
    referenceIsTarget,
    full,
    step: step.step,
    stepRelative,
    per: perOf(d.groups ?? {}),
    allowance: null,
    cutoff,
  };
  if (d.groups?.['u'] === '份') ctx.notes.push(`评分标准写作“${d[0]}”，按“扣${d.groups['n'] ?? ''}分”执行`);
  if (!/扣完为止|扣完|至.*扣完/.test(text)) ctx.notes.push('评分标准未写“扣完为止”：扣分不低于0分');
  if (step.step.value.isZero() || (rule.per.kind === 'points' && rule.per.value.isZero())) {
    return unreadable('扣分步长或每步扣分为0');
  }
  if (stepRelative)
    ctx.notes.push(
      `“每${step.step.value.toString()}%”按基准值${reference?.value.toString() ?? ''}的百分比计`,
    );
  return { rule };
}
