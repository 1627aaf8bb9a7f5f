// Rates where more is better (满意度, 完成率, 及时率, 合格率…) are targets to reach, not ceilings: "≤" or
// "<" turns the target upside down, a target of 0 (with = or ≤) promises nothing, and more than 100%
// cannot happen. Lower-is-better rates (事故率, 差错率, 预算控制率) are not judged here.

import { Decimal } from '../../core/decimal.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { inPercent, isHigherBetterRate, numbersIn, valueMissing } from './indicator-kinds.js';
import { indicatorLabel, targetFinding, targetLabel, targetViews } from './target-view.js';

const HUNDRED = Decimal.from('100');

export const ratePlausible = defineRule({
  id: 'target-rate-plausible',
  title: '满意度、完成率等比率指标的方向和数值应合理',
  category: 'target',
  severity: 'warning',
  rationale:
    '满意度、完成率、及时率、合格率等越高越好的比率，目标应为“不低于”（≥）某值；用“≤”“<”等于说目标是上限，目标值为0没有意义，超过100%则不可能达到（此项为错误）。',
  appliesTo: ['department-budget', 'key-projects', 'declaration-forms'],
  example: {
    defect: '“资金发放及时率”指标值“资金发放率100%”，指标值类型“≤”',
    message:
      '项目“青年人才租房和生活补贴”的指标“资金发放及时率”是越高越好的比率，指标值类型却为“≤”（指标值“资金发放率100%”）',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      for (const ind of v.indicators) {
        if (ind.placeholder || valueMissing(ind) || !isHigherBetterRate(ind)) continue;
        const label = `${targetLabel(v)}的指标“${indicatorLabel(ind)}”`;
        const numbers = numbersIn(ind.value);
        const only = numbers.length === 1 ? numbers[0] : undefined;
        if (only && inPercent(ind) && only.gt(HUNDRED)) {
          out.push(
            targetFinding(v, ind, {
              message: `${label}的目标值为 ${only.toString()}%，比率不可能超过 100%`,
              severity: 'error',
              found: `${only.toString()}%`,
              expected: '不超过 100%',
            }),
          );
          continue;
        }
        if (ind.comparator === '≤' || ind.comparator === '<') {
          out.push(
            targetFinding(v, ind, {
              message: `${label}是越高越好的比率，指标值类型却为“${ind.comparator}”（指标值“${ind.value ?? ''}”）`,
              found: ind.comparator,
              expected: '≥',
            }),
          );
          continue;
        }
        if (only?.isZero() && (ind.comparator === '=' || ind.comparator === null)) {
          out.push(
            targetFinding(v, ind, {
              message: `${label}是越高越好的比率，目标值却为 0`,
              found: ind.value ?? '0',
              expected: '大于 0 的目标值',
            }),
          );
        }
      }
    }
    return out;
  },
});
