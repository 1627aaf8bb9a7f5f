// A scoring standard gives at most the indicator's weight: "满意度大于等于90%的得20分" under a weight of
// 10 cannot be scored; "该指标分值为8分" under a weight of 4 contradicts the 备注 column. When the bands
// name their top score in points (not 满分), the top equals the weight. The standard is read by the
// one parser (core/scoring-standard), once per indicator.

import type { Decimal } from '../../core/decimal.js';
import type { ParsedStandard } from '../../core/scoring-standard/index.js';
import { standardOf } from '../../core/scoring-standard/index.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { indicatorLabel, targetFinding, targetLabel, targetViews } from './target-view.js';

const pts = (d: Decimal): string => `${d.toString()}分`;

/** What is wrong between a standard and a weight, or an empty list. */
export function weightIssues(std: ParsedStandard, weight: Decimal): string[] {
  const issues: string[] = [];
  if (std.statedWeight && !std.statedWeight.eq(weight)) {
    issues.push(`评分标准写明分值为${pts(std.statedWeight)}，备注栏分值为${pts(weight)}`);
  }
  const max = std.maxPoints;
  const { rule } = std;
  if (max && max.gt(weight)) {
    issues.push(`评分标准最高给${pts(max)}，超过该指标分值${pts(weight)}`);
  } else if (
    rule.kind === 'bands' &&
    rule.axis !== 'deviation' &&
    !/满分/.test(std.normalised) &&
    rule.bands.length >= 2
  ) {
    const top = rule.regions.find((r) => r.hi === null);
    const band = top ? rule.bands[top.band] : undefined;
    if (band?.points.kind === 'points' && band.points.value.lt(weight) && max?.eq(band.points.value)) {
      issues.push(`最高档“${band.text}”只得${pts(band.points.value)}，低于该指标分值${pts(weight)}`);
    }
  }
  return issues;
}

export const scoreMatchesWeight = defineRule({
  id: 'target-score-matches-weight',
  title: '评分标准的最高得分应等于指标分值',
  category: 'target',
  severity: 'warning',
  rationale:
    '评（扣）分标准是在该指标分值（备注栏）内评分：最高档应得满分即该指标分值，任何一档都不能超过它；标准中写明的分值也应与备注栏一致。',
  appliesTo: ['department-budget', 'key-projects'],
  example: {
    defect: '分布式能源专项“服务对象满意度”分值10分，评分标准“满意度大于等于90%的得20分”',
    message: '项目“分布式能源专项”的指标“服务对象满意度”：评分标准最高给20分，超过该指标分值10分',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      if (!v.weighted) continue;
      for (const ind of v.indicators) {
        if (ind.placeholder || !ind.scoring || !ind.weight) continue;
        const issues = weightIssues(standardOf(ind), ind.weight);
        if (issues.length === 0) continue;
        out.push(
          targetFinding(v, ind, {
            message: `${targetLabel(v)}的指标“${indicatorLabel(ind)}”：${issues.join('；')}`,
            found: ind.scoring,
            expected: `最高${pts(ind.weight)}`,
          }),
        );
      }
    }
    return out;
  },
});
