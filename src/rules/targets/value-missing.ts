// A counted indicator (one with a 三级指标 name, not a "无" row) needs a target value. "无" or a blank
// in 指标值 where the type promises a quantity leaves nothing to measure; a scored qualitative
// indicator without a value is noted at lower severity.

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { isQuantitative, valueMissing } from './indicator-kinds.js';
import { indicatorLabel, targetFinding, targetLabel, targetViews } from './target-view.js';

export const valueMissingRule = defineRule({
  id: 'target-value-missing',
  title: '计分指标的指标值不应为空或“无”',
  category: 'target',
  severity: 'warning',
  rationale:
    '三级指标是评价时逐项打分的依据，指标值是目标本身；定量指标的指标值填“无”或空白，年终无从对照；有分值的定性指标没有指标值，也只能凭印象评分。',
  appliesTo: ['department-budget', 'key-projects'],
  example: {
    defect: '110联动经费“维护社会安全稳定”指标值“无”，分值20分',
    message: '项目“110联动经费”的指标“维护社会安全稳定”有分值（20分）但指标值为“无”',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      if (!v.typed) continue;
      for (const ind of v.indicators) {
        if (ind.placeholder || !valueMissing(ind)) continue;
        const label = `${targetLabel(v)}的指标“${indicatorLabel(ind)}”`;
        const shown = ind.value ?? '（空）';
        if (isQuantitative(ind.comparator)) {
          out.push(
            targetFinding(v, ind, {
              message: `${label}的指标值类型为“${ind.valueType ?? ind.comparator ?? ''}”，指标值却为“${shown}”`,
              found: shown,
              expected: '可衡量的目标值',
            }),
          );
        } else if (ind.weight && !ind.weight.isZero()) {
          out.push(
            targetFinding(v, ind, {
              message: `${label}有分值（${ind.weight.toString()}分）但指标值为“${shown}”`,
              severity: 'info',
              found: shown,
              expected: '目标值',
            }),
          );
        }
      }
    }
    return out;
  },
});
