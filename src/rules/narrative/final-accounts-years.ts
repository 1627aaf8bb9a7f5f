// The years the final accounts' explanation names: its own year ("2024年度收入支出总计…") is the
// document's, and the year it compares with ("与2023年度相比") is the one before.

import { Decimal } from '../../core/decimal.js';
import { tabledOf } from '../../core/model/access.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { factsOf } from '../support/stated.js';

export const finalAccountsYears = defineRule({
  id: 'final-accounts-years',
  title: '决算情况说明：所写年度与决算年度一致',
  category: 'narrative',
  severity: 'error',
  rationale:
    '部门决算说明的是决算年度的收支：说明中写的本年度必须是文档的决算年度，“与××年度相比”的比较年度必须是上一年度。年度写错，所述数字就与所指年度不符。',
  appliesTo: ['final-accounts'],
  example: {
    defect: '2024年度部门决算中“与2022年度相比，收入支出总计减少56.95万元”',
    message: '情况说明中比较年度写作 2022 年（“与2022年度相比”），应为上一年度 2023 年',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d || d.year === null) return [];
    const out: FindingDraft[] = [];
    const year = Decimal.of(BigInt(d.year));
    for (const f of factsOf(d, 'year.stated')) {
      if (!f.value.eq(year))
        out.push({
          message: `情况说明中本年度写作 ${f.value.toString()} 年（“${f.text}”），应为决算年度 ${d.year} 年`,
          lines: [f.source.line],
          found: f.value.toString(),
          expected: String(d.year),
        });
    }
    for (const f of factsOf(d, 'year.previous')) {
      if (!f.value.eq(Decimal.of(BigInt(d.year - 1))))
        out.push({
          message: `情况说明中比较年度写作 ${f.value.toString()} 年（“${f.text}”），应为上一年度 ${d.year - 1} 年`,
          lines: [f.source.line],
          found: f.value.toString(),
          expected: String(d.year - 1),
        });
    }
    return out;
  },
});
