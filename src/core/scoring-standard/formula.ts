// Formula standards: "完成率小于60%不得分，大于等于60%，得分=（完成率-60%）/（1-60%）×指标分值" (linear
// above a threshold) and "得分=完成率×指标分值", "未完成按比例计分", "按工作进度扣分" (proportional).
// Other clauses may only restate the formula (below the threshold no points, 完成 full points); a band
// that scores the same rates another way ("完成80%以上得18分") makes the text contradict itself.

import { Decimal } from '../decimal.js';
import { FULL, clausesOf, pointsOf } from './clauses.js';
import type { ReadContext, ReadResult } from './context.js';
import { unreadable } from './context.js';
import type { Points } from './types.js';

const NUM = String.raw`\d+(?:\.\d+)?`;
const MULTIPLIER = String.raw`(指标分值|指标分数|该指标分值|${NUM})`;
const LINEAR = new RegExp(String.raw`得分=\(?[^()=]*?-(${NUM})%\)?/\(1-(${NUM})%\)×${MULTIPLIER}`);
const PROPORTIONAL = new RegExp(String.raw`得分=(?:实际)?[\u4e00-\u9fa5]*?率×${MULTIPLIER}`);
const PROPORTION_WORDS = /按比例(?:计分|得分|赋分|计算)|按工作进度扣分|按完成比例/;
const FORMULA = /得分=|按超过的比重赋分/;
const HUNDRED = Decimal.from('100');

function multiplierOf(text: string | undefined): Points {
  if (text === undefined || /分值|分数/.test(text)) return FULL;
  return pointsOf(Decimal.from(text));
}

/** Clauses besides the formula: each must say what the formula says at its own rates. */
function othersAgree(text: string, threshold: Decimal): string | null {
  for (const c of clausesOf(text).clauses) {
    const bounds = c.bounds;
    if (c.points.kind === 'points' && c.points.value.isZero()) {
      const b = bounds[0];
      if (bounds.length === 0 || (bounds.length === 1 && b?.hi && b.hi.v.eq(threshold))) continue;
      return `“${c.text}”与公式的起评点${threshold.toString()}%不一致`;
    }
    if (c.points.kind === 'weight' && bounds.length === 0) continue; // "完成得分", "全部完成得满分"
    return `“${c.text}”与计分公式对同一完成率给出不同得分`;
  }
  return null;
}

const ANY_FORMULA = /得分=|比重赋分|按比例|按工作进度|按完成比例/;

export function readFormula(text: string, ctx: ReadContext): ReadResult {
  if (!ANY_FORMULA.test(text)) return null;
  const linear = LINEAR.exec(text);
  if (linear) {
    const t1 = Decimal.from(linear[1] ?? '0');
    const t2 = Decimal.from(linear[2] ?? '0');
    if (!t1.eq(t2)) return unreadable(`公式中的两个起评点不同（${t1.toString()}%、${t2.toString()}%）`);
    if (!t1.lt(HUNDRED)) return unreadable('公式的起评点不低于100%');
    const problem = othersAgree(text.replace(linear[0], ''), t1);
    if (problem) return unreadable(problem);
    return { rule: { kind: 'linear', threshold: t1, multiplier: multiplierOf(linear[3]) } };
  }
  const prop = PROPORTIONAL.exec(text) ?? PROPORTION_WORDS.exec(text);
  if (prop) {
    const rest = text.replace(prop[0], '');
    const problem = othersAgree(rest, Decimal.ZERO);
    if (problem) return unreadable(problem);
    const m = prop[1];
    if (m !== undefined && !/分值|分数/.test(m)) {
      ctx.notes.push(`公式乘以${m}，按该指标分值计`);
    }
    return { rule: { kind: 'proportional', full: HUNDRED } };
  }
  if (FORMULA.test(text)) return unreadable('计分公式无法识别');
  return null;
}
