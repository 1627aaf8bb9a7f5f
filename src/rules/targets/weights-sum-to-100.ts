// The weights (备注 column: points per 三级指标) of one target add up to 100. Checked where the layout
// has weights and the target carries at least one; a weight cell that is not a number is reported
// with the sum of the others, since it may be what makes the difference.

import { Decimal } from '../../core/decimal.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { targetFinding, targetLabel, targetViews } from './target-view.js';

const HUNDRED = Decimal.from('100');
const NINETY = Decimal.from('90');
const points = (d: Decimal): string => (d.round(0).eq(d) ? d.toFixed(0) : d.toString());

export const weightsSumTo100 = defineRule({
  id: 'target-weights-sum-to-100',
  title: '三级指标分值合计应为100分',
  category: 'target',
  severity: 'warning',
  rationale:
    '备注栏是三级指标的赋分（“备注栏系三级指标的赋分制”），一个项目或单位的各指标分值合计应为100分，否则评价得分无法折算。合计恰为90分的，多是按《项目支出绩效评价管理办法》（财预〔2020〕10号）把预算执行率的10分留在表外，记为提示；其他合计记为警告。',
  appliesTo: ['department-budget', 'key-projects'],
  example: {
    defect: '110联动经费各指标分值为10、10、20、10、10、20、10',
    message:
      '项目“110联动经费”的指标分值合计 90 分，应为 100 分，相差 -10（若预算执行率10分另计，合计90分属正常）',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      if (!v.weighted) continue;
      const weighted = v.indicators.filter((i) => i.weight !== null);
      if (weighted.length === 0) continue;
      const sum = Decimal.sum(weighted.map((i) => i.weight ?? Decimal.ZERO));
      if (sum.eq(HUNDRED)) continue;
      const diff = sum.sub(HUNDRED);
      const difference = diff.isNegative() ? points(diff) : `+${points(diff)}`;
      const unread = v.indicators.filter((i) => i.weight === null && i.weightText);
      const convention = sum.eq(NINETY);
      const note =
        (convention ? '（若预算执行率10分另计，合计90分属正常）' : '') +
        (unread.length > 0
          ? `；另有分值无法读取：${unread.map((i) => `“${i.weightText ?? ''}”`).join('、')}`
          : '');
      const lines = [v.line, ...weighted.map((i) => i.source.line)];
      out.push(
        targetFinding(v, null, {
          message: `${targetLabel(v)}的指标分值合计 ${points(sum)} 分，应为 100 分，相差 ${difference}${note}`,
          lines,
          ...(convention ? { severity: 'info' as const } : {}),
          found: points(sum),
          expected: '100',
          difference,
        }),
      );
    }
    return out;
  },
});
