// 指标值类型 is one of ≥ ≤ = > < 定性 定量 (or a known spelling such as ">=" or "大于等于"). Figures like
// "2.00" or "4.00" in that column, or a counted indicator with the column left blank, leave the
// target value without a direction, so the indicator cannot be scored.

import { compact, isPlaceholder, toHalfWidth } from '../../core/text.js';
import { COMPARATOR_ALIASES, COMPARATORS, isComparator } from '../../core/vocabulary.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { indicatorLabel, targetFinding, targetLabel, targetViews } from './target-view.js';

export function isValidType(text: string): boolean {
  const k = toHalfWidth(compact(text));
  return isComparator(k) || COMPARATOR_ALIASES[k] !== undefined;
}

export const comparatorValid = defineRule({
  id: 'target-value-type-valid',
  title: '指标值类型应为 ≥、≤、=、>、<、定性 或 定量',
  category: 'target',
  severity: 'warning',
  rationale:
    '指标值类型说明目标值的方向（不低于、不高于、等于）或性质（定性、定量）；填成数字（如“2.00”“4.00”）或空着，目标值就没有方向，无法判断是否完成。',
  appliesTo: ['department-budget', 'key-projects'],
  example: {
    defect: '对外联络、协调、交流合作专项的满意度指标，指标值类型填“2.00”',
    message:
      '项目“对外联络、协调、交流合作专项”的指标“优化服务接待”：指标值类型“2.00”不是有效类型（应为 ≥ ≤ = > < 定性 定量）',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    const expected = COMPARATORS.join(' ');
    for (const v of targetViews(doc)) {
      if (!v.typed) continue;
      for (const ind of v.indicators) {
        if (ind.placeholder) continue;
        const type = ind.valueType;
        if (type !== null && !isPlaceholder(type)) {
          if (isValidType(type)) continue;
          out.push(
            targetFinding(v, ind, {
              message: `${targetLabel(v)}的指标“${indicatorLabel(ind)}”：指标值类型“${type}”不是有效类型（应为 ${expected}）`,
              found: type,
              expected,
            }),
          );
        } else if (ind.comparator === null) {
          out.push(
            targetFinding(v, ind, {
              message: `${targetLabel(v)}的指标“${indicatorLabel(ind)}”未填写指标值类型（应为 ${expected}）`,
              found: type ?? '（空）',
              expected,
            }),
          );
        }
      }
    }
    return out;
  },
});
