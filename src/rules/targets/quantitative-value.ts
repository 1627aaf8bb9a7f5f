// A quantitative indicator (≥ ≤ = > < 定量) states a number and its unit: "≥ 90 %" can be checked,
// "定量 持续增长" or "≥ 30 无" cannot. The converse is reported too: a bare percentage marked 定性.
// Blank or "无" values are the subject of target-value-missing and are not repeated here.

import { isPlaceholder, toHalfWidth } from '../../core/text.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { isQuantitative, numbersIn, valueMissing } from './indicator-kinds.js';
import { indicatorLabel, targetFinding, targetLabel, targetViews } from './target-view.js';

const BARE_PERCENT = /^[≥≤><=]?\s*\d+(?:\.\d+)?\s*%?$/;
// A value that is only a number ("95", "≥30") needs the 度量单位 column; "98%", "12月", "80期" carry their own.
const BARE_NUMBER = /^(?:[≥≤><=]|>=|<=)?\s*\d+(?:,\d{3})*(?:\.\d+)?$/;

export const quantitativeValue = defineRule({
  id: 'target-quantitative-value',
  title: '定量指标应有数值目标和度量单位，定性指标不写成数值',
  category: 'target',
  severity: 'warning',
  rationale:
    '指标值类型为 ≥、≤、=、>、< 或定量的指标，指标值应为可衡量的数值并注明度量单位，才能在年终对照实际完成值评价；没有数值的目标应标为定性，反之百分比数值不应标为定性。',
  appliesTo: ['department-budget', 'key-projects', 'declaration-forms'],
  example: {
    defect: '“培育壮大高新技术企业队伍”指标值“持续增长”，度量单位“无”，类型“定量”',
    message:
      '项目“高新技术企业认定奖励”的指标“培育壮大高新技术企业队伍”：指标值“持续增长”不是数值，指标值类型却为“定量”',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      for (const ind of v.indicators) {
        if (ind.placeholder || valueMissing(ind)) continue;
        const label = `${targetLabel(v)}的指标“${indicatorLabel(ind)}”`;
        const value = ind.value ?? '';
        const type = ind.valueType ?? ind.comparator ?? '';
        if (isQuantitative(ind.comparator)) {
          if (numbersIn(value).length === 0) {
            out.push(
              targetFinding(v, ind, {
                message: `${label}：指标值“${value}”不是数值，指标值类型却为“${type}”`,
                found: value,
                expected: '数值（或将指标值类型改为定性）',
              }),
            );
          } else if (v.typed && isPlaceholder(ind.unit) && BARE_NUMBER.test(toHalfWidth(value).trim())) {
            out.push(
              targetFinding(v, ind, {
                message: `${label}：定量指标值“${value}”没有度量单位（度量单位为“${ind.unit ?? ''}”）`,
                found: ind.unit ?? '（空）',
                expected: '度量单位（%、次、个、万元等）',
              }),
            );
          }
        } else if (ind.comparator === '定性' && v.typed && BARE_PERCENT.test(toHalfWidth(value).trim())) {
          const unit = toHalfWidth(ind.unit ?? '').trim();
          if (unit === '%' || value.includes('%')) {
            out.push(
              targetFinding(v, ind, {
                message: `${label}：指标值“${value}${value.includes('%') ? '' : unit}”是百分比数值，指标值类型却为“定性”`,
                found: '定性',
                expected: '≥、≤、= 或定量',
              }),
            );
          }
        }
      }
    }
    return out;
  },
});
