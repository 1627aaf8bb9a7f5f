// The bands of a 评（扣）分标准 cover the scale once: no stretch without a score ("95%以上…；85%-90%…；
// 75%-80%…" leaves 80%–85%) and no stretch with two scores ("70%-75%计1分，75%以下不得分"; "75%以上的
// 不计分" after the higher bands). Deviation (偏离) standards and texts that cannot be read are skipped;
// gaps are not judged where the text scores the rest (否则…, deductions, formulas).

import type { Severity } from '../../core/vocabulary.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { gapsOf, overlapsOf, regionsOf, stretchText } from './band-coverage.js';
import type { Overlap } from './band-coverage.js';
import { parseScoring } from './score-bands.js';
import { indicatorLabel, targetFinding, targetLabel, targetViews } from './target-view.js';

interface BandIssues {
  messages: string[];
  severity: Severity;
}

function overlapText(o: Overlap): string {
  const [lowerBand, other] =
    o.a.band.shape === 'lower'
      ? [o.a.band, o.b.band]
      : o.b.band.shape === 'lower'
        ? [o.b.band, o.a.band]
        : [null, null];
  const where = stretchText(o.lo, o.hi);
  if (
    lowerBand &&
    other &&
    lowerBand.score !== 'full' &&
    (other.score === 'full' || other.score.points.gt(lowerBand.score.points))
  ) {
    return `档次“${lowerBand.text}”与较高档次矛盾：${where}已按“${other.text}”评分`;
  }
  return `${where}同时属于“${o.a.band.text}”和“${o.b.band.text}”两个得分不同的档次`;
}

/** The problems of one standard's bands, or null when there are none (or the text is not read). */
export function bandIssues(scoring: string): BandIssues | null {
  const std = parseScoring(scoring);
  if (std.deviation || std.unreadable || std.bands.length < 2) return null;
  const regions = regionsOf(std.bands);
  const messages: string[] = [];
  let severity: Severity = 'info';
  for (const o of overlapsOf(regions)) {
    messages.push(overlapText(o));
    if (!o.point) severity = 'warning';
  }
  if (!std.catchAll && !std.formula && !std.deduction) {
    for (const g of gapsOf(regions)) {
      messages.push(
        g.point ? `${stretchText(g.lo, g.hi)}不属于任何档次` : `${stretchText(g.lo, g.hi)}之间没有对应档次`,
      );
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
        const issues = bandIssues(ind.scoring);
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
