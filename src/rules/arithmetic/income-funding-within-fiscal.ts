// 部门收入总表: 其中：经费拨款 is part of 本级财政拨款 (金额), so it can never exceed it.

import { defineRule } from '../rule.js';
import { money, signed } from '../compare.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, departmentOf } from '../../core/model/access.js';
import { rowLabel, unreadableLines } from '../support/labels.js';

export const incomeFundingWithinFiscal = defineRule({
  id: 'income-funding-within-fiscal',
  title: '部门收入总表：其中经费拨款不超过本级财政拨款',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '收入总表“本级财政拨款”下的“其中：经费拨款”是“金额”的一部分，每一行都不能大于同行的“金额”。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“201 一般公共服务支出”本级财政拨款金额 6,563.63，其中：经费拨款 6,653.63',
    message:
      '部门收入总表：201 一般公共服务支出 其中：经费拨款 6,653.63 大于 本级财政拨款金额 6,563.63，超出 +90.00',
  },
  check(doc) {
    const d = departmentOf(doc);
    const table = d ? amountTable(d, 'income') : null;
    if (!d || !table) return [];
    const skip = unreadableLines(d);
    const part = table.columns.find((c) => c.key === 'fiscalFunding');
    const whole = table.columns.find((c) => c.key === 'fiscal');
    if (!part || !whole) return [];
    const out: FindingDraft[] = [];
    for (const row of table.rows) {
      const p = row.amounts[part.key];
      if (!p || skip.has(row.source.line)) continue;
      const w = row.amounts[whole.key];
      const over = w ? p.value.sub(w.value) : p.value;
      if (!over.isNegative() && !over.isZero()) {
        out.push({
          message: `${table.name}：${rowLabel(row)} ${part.label} ${money(p.value)} 大于 本级财政拨款${whole.label} ${w ? money(w.value) : '（空）'}，超出 ${signed(over)}`,
          lines: [row.source.line],
          table: table.name,
          found: money(p.value),
          expected: `≤ ${w ? money(w.value) : '0.00'}`,
          difference: signed(over),
        });
      }
    }
    return out;
  },
});
