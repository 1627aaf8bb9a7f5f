// A 评（扣）分标准 that cannot be applied is a defect of the target: at self-evaluation nobody can say
// what an actual value scores ("达到指标值加分、未达到扣分" names no points; "依次类推" leaves the bands
// unwritten; a step "每少10亿元" from a 指标值 that is not a number). The one standard parser
// (core/scoring-standard) decides; its reason is the finding. Evaluation meanwhile scores such an
// indicator by the domain's default rule and says so.

import { standardOf } from '../../core/scoring-standard/index.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { indicatorLabel, targetFinding, targetLabel, targetViews } from './target-view.js';

export const scoreStandardApplicable = defineRule({
  id: 'target-score-standard-applicable',
  title: '评（扣）分标准应能据以计分',
  category: 'target',
  severity: 'warning',
  rationale:
    '评（扣）分标准是年终自评和财政评价据以打分的规则：应写明在什么情况下得多少分或扣多少分，且所依据的数值（指标值、基准、上年数）可以确定。无法据以计分的标准只能凭印象打分，是绩效目标的缺陷。',
  appliesTo: ['department-budget', 'key-projects', 'declaration-forms'],
  example: {
    defect:
      '“国内生产总值（GDP）、经济增长率、税收收入”评分标准“达到指标值加分、未达到扣分、与上一年持平不得分”',
    message:
      '项目“政策出台前期工作经费”的指标“国内生产总值（GDP）、经济增长率、税收收入”的评分标准无法据以计分：“达到指标值加分、未达到扣分、与上一年持平不得分”的加分、扣分没有写明分数',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      for (const ind of v.indicators) {
        if (ind.placeholder || !ind.scoring) continue;
        const std = standardOf(ind);
        if (std.status !== 'unparsed') continue;
        out.push(
          targetFinding(v, ind, {
            message: `${targetLabel(v)}的指标“${indicatorLabel(ind)}”的评分标准无法据以计分：${std.unparsedReason ?? ''}`,
            found: ind.scoring,
            expected: '写明各种情况得分或扣分的评分标准',
          }),
        );
      }
    }
    return out;
  },
});
