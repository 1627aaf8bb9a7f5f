// A cost indicator that states the whole cost in 万元 agrees with the money the target is for: the
// project's 资金总额 (10.31 with 项目总成本 10.34 is a contradiction), the form's 本年度申请资金, or for a
// whole unit its 基本支出 / 项目支出. A target with several cost amounts compares only those named as
// totals (项目总成本, 成本控制, 预算…), since the others are parts (110联动经费: 15 + 10 of 33.34).

import type { Amount } from '../../core/model/common.js';
import type { Decimal } from '../../core/decimal.js';
import type { Indicator } from '../../core/model/targets.js';
import { money, signed } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { costAmount, isPerUnit, TOTAL_STYLE } from './cost-amount.js';
import { indicatorLabel, targetFinding, targetLabel, targetViews } from './target-view.js';
import type { TargetView } from './target-view.js';

function reference(v: TargetView, ind: Indicator): { amount: Amount | null; label: string } {
  const name = ind.name ?? '';
  if (/基本支出/.test(name) && 'basic' in v.funding)
    return { amount: v.funding.basic ?? null, label: '基本支出' };
  if (/项目支出/.test(name) && 'project' in v.funding)
    return { amount: v.funding.project ?? null, label: '项目支出' };
  return { amount: v.amount, label: v.amountLabel };
}

export const costMatchesAmount = defineRule({
  id: 'target-cost-matches-amount',
  title: '成本指标的总成本应与资金总额一致',
  category: 'target',
  severity: 'error',
  rationale:
    '以万元计的项目总成本、成本控制、预算类成本指标就是项目的资金总额（整体目标中的基本支出、项目支出指标就是相应的预算数），两者不一致说明其中一个数字有误。按人、按次、按期的费用标准（如每次8000元、单个项目补助标准50万元）不是总成本，不比较。',
  appliesTo: ['department-budget', 'key-projects', 'declaration-forms'],
  example: {
    defect: '办理提案及议案专项经费资金总额10.31万元，成本指标“项目总成本”10.34万元',
    message:
      '项目“办理提案及议案专项经费”的成本指标“项目总成本”为 10.34 万元，资金总额为 10.31 万元，相差 +0.03',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      const candidates: { ind: Indicator; value: Decimal }[] = [];
      for (const ind of v.indicators) {
        const value = costAmount(ind);
        if (value && !isPerUnit(ind)) candidates.push({ ind, value });
      }
      const chosen =
        candidates.length === 1
          ? candidates
          : candidates.filter(
              (c) => TOTAL_STYLE.test(c.ind.name ?? '') || /基本支出|项目支出/.test(c.ind.name ?? ''),
            );
      for (const { ind, value } of chosen) {
        const ref = reference(v, ind);
        if (!ref.amount) continue;
        const diff = value.sub(ref.amount.value);
        if (diff.isZero()) continue;
        out.push(
          targetFinding(v, ind, {
            message: `${targetLabel(v)}的成本指标“${indicatorLabel(ind)}”为 ${money(value)} 万元，${ref.label}为 ${money(ref.amount.value)} 万元，相差 ${signed(diff)}`,
            lines: [ind.source.line, ref.amount.source.line],
            found: money(value),
            expected: money(ref.amount.value),
            difference: signed(diff),
          }),
        );
      }
    }
    return out;
  },
});
