// A stated year-on-year percentage follows from the stated change and total: last year's figure is
// total − change, so the percentage is change ÷ (total − change), rounded to the decimals printed
// (2024: 154.46 ÷ (6,563.63 − 154.46) = 2.41%). Checked for income, expenditure and 机关运行经费.

import { Decimal } from '../../core/decimal.js';
import type { FactKey } from '../../core/model/narrative.js';
import { money, signed } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { fact } from './narrative-facts.js';

const HUNDRED = Decimal.from('100');
const SUBJECTS: readonly [string, string][] = [
  ['income', '收入'],
  ['expenditure', '支出'],
  ['operating', '机关运行经费'],
];

export const changePercent = defineRule({
  id: 'narrative-change-percent',
  title: '增减百分比应等于增减额除以上年数',
  category: 'narrative',
  severity: 'error',
  rationale:
    '说明中的“较去年增加X万元，上升Y%”里，上年数 = 本年数 − 增减额，Y = 增减额 ÷ 上年数 × 100%，按说明所印的小数位四舍五入；不符说明增减额、百分比或本年数有误。',
  appliesTo: ['department-budget'],
  example: {
    defect: '“收入预算6563.63万元……增加154.46万元，上升2.35%”',
    message:
      '部门预算说明“收入较去年增加154.46万元，上升2.35%”：收入增减 154.46 ÷ (6,563.63 − 154.46) = 2.41%，所印百分比 2.35% 相差 -0.06',
  },
  check(doc) {
    if (doc.kind !== 'department-budget') return [];
    const out: FindingDraft[] = [];
    for (const [subject, label] of SUBJECTS) {
      const total = fact(doc, `${subject}.total` as FactKey);
      const change = fact(doc, `${subject}.change` as FactKey);
      const pct = fact(doc, `${subject}.changePct` as FactKey);
      if (!total || !change || !pct) continue;
      const previous = total.value.sub(change.value);
      const scale = Math.max(pct.value.scale, 0);
      const expected = change.value.mul(HUNDRED).div(previous, scale);
      if (!expected || expected.eq(pct.value)) continue;
      const diff = pct.value.sub(expected);
      out.push({
        message: `部门预算说明“${pct.text}”：${label}增减 ${money(change.value)} ÷ (${money(total.value)} − ${money(change.value)}) = ${expected.toFixed(scale)}%，所印百分比 ${pct.value.toFixed(scale)}% 相差 ${signed(diff)}`,
        lines: [...new Set([pct.source.line, change.source.line, total.source.line])],
        found: `${pct.value.toFixed(scale)}%`,
        expected: `${expected.toFixed(scale)}%`,
        difference: signed(diff),
      });
    }
    return out;
  },
});
