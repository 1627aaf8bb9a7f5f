// The bands of a 评（扣）分标准 cover the scale once: no stretch without a score ("95%以上…；85%-90%…；
// 75%-80%…" leaves 80%–85%) and no stretch with two scores ("70%-75%计1分，75%以下不得分"; "75%以上的
// 不计分" after the higher bands). The bands come from the one standard parser (core/scoring-standard);
// deviation (偏离) standards and texts it cannot read are skipped, and gaps are not judged where the
// text scores the rest itself (否则…).

import type { Band, BandsRule, Overlap } from '../../core/scoring-standard/index.js';
import { standardOf, stretchText } from '../../core/scoring-standard/index.js';
import type { Severity } from '../../core/vocabulary.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { indicatorLabel, targetFinding, targetLabel, targetViews } from './target-view.js';

interface BandIssues {
  messages: string[];
  severity: Severity;
}

const pointsOf = (b: Band): number | 'full' =>
  b.points.kind === 'points' ? Number(b.points.value.toString()) : 'full';

function overlapText(rule: BandsRule, o: Overlap): string {
  const a = rule.bands[o.a];
  const b = rule.bands[o.b];
  const where = stretchText(o.lo, o.hi, rule.unit);
  if (!a || !b) return `${where}同时属于两个得分不同的档次`;
  const [lowerBand, other] = a.shape === 'lower' ? [a, b] : b.shape === 'lower' ? [b, a] : [null, null];
  if (lowerBand && other) {
    const low = pointsOf(lowerBand);
    const high = pointsOf(other);
    if (low !== 'full' && (high === 'full' || high > low)) {
      return `档次“${lowerBand.text}”与较高档次矛盾：${where}已按“${other.text}”评分`;
    }
  }
  return `${where}同时属于“${a.text}”和“${b.text}”两个得分不同的档次`;
}

/** The problems of a band standard, or null when there are none (or it is not a band standard). */
export function bandIssues(rule: BandsRule): BandIssues | null {
  if (rule.axis === 'deviation' || rule.bands.length < 2) return null;
  const messages: string[] = [];
  let severity: Severity = 'info';
  for (const o of rule.overlaps) {
    messages.push(overlapText(rule, o));
    if (!o.point) severity = 'warning';
  }
  if (rule.rest === null) {
    for (const g of rule.gaps) {
      const where = stretchText(g.lo, g.hi, rule.unit);
      messages.push(g.point ? `${where}不属于任何档次` : `${where}之间没有对应档次`);
      if (!g.point) severity = 'warning';
    }
  }
  return messages.length > 0 ? { messages, severity } : null;
}

export const scoreBandsContiguous = defineRule({
  id: 'target-score-bands',
  title: '评分标准的分档应连续且不重叠',
  category: 'target',
  severity: 'warning',
  rationale:
    '分档评分标准应覆盖从最低档到最高档的每个取值，且每个取值只落入一个档次；漏档（如缺80%–85%）或重叠、矛盾的档次（如“75%以上的不计分”）会使评价得分无法确定。只差边界一点（“小于90%且大于80%”“小于80%”都不含80%）的记为提示。',
  appliesTo: ['department-budget', 'key-projects', 'declaration-forms'],
  example: {
    defect: '“95%以上计10分；90%-95%的计8分；85%-90%的计4分；75%-80%的计2分；75%以下不计分”',
    message: '项目“办理提案及议案专项经费”的指标“人大政协对办理组织满意度”评分标准：80%–85%之间没有对应档次',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      for (const ind of v.indicators) {
        if (ind.placeholder || !ind.scoring) continue;
        const { rule } = standardOf(ind);
        const issues = rule.kind === 'bands' ? bandIssues(rule) : null;
        if (!issues) continue;
        out.push(
          targetFinding(v, ind, {
            message: `${targetLabel(v)}的指标“${indicatorLabel(ind)}”评分标准：${issues.messages.join('；')}`,
            severity: issues.severity,
            found: ind.scoring,
            expected: '连续、不重叠的分档',
          }),
        );
      }
    }
    return out;
  },
});
