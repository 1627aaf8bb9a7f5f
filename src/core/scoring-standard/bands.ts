// Band standards: "满意度95%以上计10分；90%-95%的计8分；75%以下不计分" on the indicator's value,
// "全部完成得满分，达到90%得18分…" on its completion rate, "偏离目标40%不得分；偏离30%得5分…" on its
// deviation from the target. Every clause must be one band (or a word the bands use: 全部完成, 符合要求,
// 未偏离, 否则); a clause with a condition that is not one interval makes the text unreadable as bands.

import { Decimal } from '../decimal.js';
import { FULL, JUDGED, clausesOf } from './clauses.js';
import type { Clause } from './clauses.js';
import { boundsIn, combine } from './conditions.js';
import type { Bound } from './conditions.js';
import { gapsOf, overlapsOf, regionsOf } from './coverage.js';
import type { ReadContext, ReadResult } from './context.js';
import { targetNumber, unreadable } from './context.js';
import type { Axis, Band, BandsRule, DeviationSide, Points } from './types.js';

const DEVIATION = /偏离|偏差|浮动/;
const NO_DEVIATION = /^(?:未偏离|不偏离|无偏离|没有偏离)/;
const MET = /^(?:全部完成|完成目标|符合要求|达到目标|完成全部|按计划完成|完成)$/;
const REST = /否则|其余|其他|其它|未达到|未完成|不符合|以外/;
const ZERO_DEC = Decimal.ZERO;

interface Draft {
  bound: Bound | null;
  clause: Clause;
  word: 'met' | 'rest' | 'no-deviation' | null;
}

/** "90%-60%(含)、60%-0%分别得8分、0分": k ranges before 分别, then k scores. */
function spread(clauses: readonly Clause[]): Clause[] | null {
  const out: Clause[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    if (!c) continue;
    if (!c.cond.endsWith('分别')) {
      out.push(c);
      continue;
    }
    const parts = c.cond.slice(0, -2).split('、');
    const rest = clauses.slice(i + 1, i + parts.length);
    if (rest.length !== parts.length - 1 || rest.some((r) => r.cond !== '')) return null;
    parts.forEach((p, k) => {
      const src = k === 0 ? c : rest[k - 1];
      if (src) out.push({ ...src, cond: p, bounds: boundsIn(p), text: `${p}${src.pointsText}` });
    });
    i += parts.length - 1;
  }
  return out;
}

function draftOf(c: Clause): Draft | { unreadable: string } {
  const bounds = c.bounds;
  if (bounds.length > 0) {
    const bound = combine(bounds);
    if (!bound) return { unreadable: `条件“${c.cond}”不能读成一个区间` };
    return { bound, clause: c, word: null };
  }
  const cond = c.cond.replace(/^(?:满意度|完成率)/, '');
  if (NO_DEVIATION.test(cond)) return { bound: null, clause: c, word: 'no-deviation' };
  if (MET.test(cond)) return { bound: null, clause: c, word: 'met' };
  if (REST.test(cond)) return { bound: null, clause: c, word: 'rest' };
  return { unreadable: `“${c.text}”不是分档条件` };
}

function bandOf(b: Bound, points: Points, text: string): Band {
  return {
    shape: b.shape,
    lo: b.lo?.v ?? null,
    loIncl: b.lo?.incl ?? false,
    hi: b.hi?.v ?? null,
    hiIncl: b.hi?.incl ?? false,
    dash: b.dash,
    points,
    text,
  };
}

function axisOf(text: string, drafts: readonly Draft[], ctx: ReadContext): Axis {
  if (DEVIATION.test(text)) return 'deviation';
  // Per-cent bands on an indicator that is not itself a percentage score its completion rate.
  const percentBands = drafts.some((d) => d.bound?.unit === '%');
  return percentBands && !ctx.percent ? 'rate' : 'value';
}

/** The unit of the bands: '%' on rate and deviation axes; on values, the one unit they are written in. */
function unitOf(axis: Axis, drafts: readonly Draft[], ctx: ReadContext): string | null | undefined {
  const units = new Set(drafts.flatMap((d) => (d.bound?.unit ? [d.bound.unit] : [])));
  if (axis !== 'value') return '%';
  if (units.size > 1) return undefined;
  const [u] = [...units];
  if (u !== undefined) return u;
  return ctx.percent ? '%' : ctx.target.kind === 'number' ? ctx.target.unit : null;
}

export function readBands(text: string, ctx: ReadContext): ReadResult {
  const found = clausesOf(text);
  const clauses = spread(found.clauses);
  if (!clauses) return unreadable('“分别”前后的区间与得分个数不一致');
  if (clauses.length === 0 || !clauses.some((c) => c.bounds.length > 0)) return null;
  const drafts: Draft[] = [];
  for (const c of clauses) {
    const d = draftOf(c);
    if ('unreadable' in d) return d;
    drafts.push(d);
  }
  const axis = axisOf(text, drafts, ctx);
  let side: DeviationSide = 'both';
  const bands: Band[] = [];
  let rest: Points | null = null;
  for (const d of drafts) {
    const { clause } = d;
    if (d.word === 'rest') {
      rest = clause.points;
    } else if (d.word === 'met') {
      const t = axis === 'rate' ? Decimal.from('100') : targetNumber(ctx);
      if (t === null || axis === 'deviation') return unreadable(`“${clause.text}”没有可比较的数值目标`);
      const lower = ctx.direction === 'higher';
      const b: Bound = lower
        ? { shape: 'lower', lo: { v: t, incl: true }, hi: null, dash: false, unit: null }
        : { shape: 'upper', lo: null, hi: { v: t, incl: true }, dash: false, unit: null };
      bands.push(bandOf(b, clause.points, clause.text));
    } else if (d.word === 'no-deviation') {
      if (axis !== 'deviation') return unreadable(`“${clause.text}”只在偏离度标准中有意义`);
      bands.push(
        bandOf(
          { shape: 'lower', lo: { v: ZERO_DEC, incl: true }, hi: null, dash: false, unit: '%' },
          clause.points,
          clause.text,
        ),
      );
    } else if (d.bound) {
      if (axis === 'deviation' && d.bound.unit !== '%' && d.bound.unit !== null) {
        // "预算成本控制在5500万元以内计20分": within the budget; 偏离 is then an overrun.
        if (d.bound.shape !== 'upper') return unreadable(`偏离度标准中的“${clause.text}”不是偏离比例`);
        side = 'over';
        const within: Bound = {
          shape: 'upper',
          lo: null,
          hi: { v: ZERO_DEC, incl: true },
          dash: false,
          unit: '%',
        };
        bands.push(bandOf(within, clause.points, clause.text));
        continue;
      }
      bands.push(bandOf(d.bound, clause.points, clause.text));
    }
  }
  const unit = unitOf(axis, drafts, ctx);
  if (unit === undefined) return unreadable('分档条件使用了不同的计量单位');
  if (axis === 'deviation') addLowestDeviation(bands, ctx);
  const regions = regionsOf(bands);
  const rule: BandsRule = {
    kind: 'bands',
    axis,
    unit,
    side,
    bands,
    regions,
    gaps: gapsOf(regions),
    overlaps: overlapsOf(bands, regions),
    rest,
    restDefault:
      rest === null && bands.every((b) => b.points.kind === 'weight' || b.points.value.gt(ZERO_DEC)),
    judged: JUDGED.test(text),
  };
  if (rule.restDefault) ctx.notes.push('评分标准只写了得分的条件，未达到时的得分未写：按默认规则计分');
  return { rule };
}

/**
 * Deviation below the smallest threshold: "偏离10%得16分" reads as 10% and more, so a smaller deviation
 * is not yet a deviation. "未偏离得20分" states its points; otherwise the full weight is the default.
 */
function addLowestDeviation(bands: Band[], ctx: ReadContext): void {
  const covers0 = bands.some(
    (b) => b.lo === null || (b.lo.isZero() && b.loIncl && b.hi === null && b.shape !== 'point'),
  );
  const lows = bands.filter((b) => b.lo !== null && !b.lo.isZero()).map((b) => b.lo as Decimal);
  const min = lows.sort((a, b) => a.cmp(b))[0];
  const stated = bands.find((b) => b.shape === 'lower' && b.lo?.isZero() && b.hi === null);
  if (stated && min) {
    stated.shape = 'range';
    stated.hi = min;
    stated.hiIncl = false;
    ctx.notes.push(`“${stated.text}”按偏离小于${min.toString()}%理解`);
    return;
  }
  if (covers0 || !min) return;
  bands.push({
    shape: 'range',
    lo: ZERO_DEC,
    loIncl: true,
    hi: min,
    hiIncl: false,
    dash: false,
    points: FULL,
    text: `偏离小于${min.toString()}%`,
    implicit: true,
  });
  ctx.notes.push(`评分标准未写偏离小于${min.toString()}%的得分，按满分计（默认）`);
}
