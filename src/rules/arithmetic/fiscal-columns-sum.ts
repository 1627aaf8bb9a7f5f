// 财政拨款收支总表: on every expenditure line, 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算.

import { defineRule } from '../rule.js';
import { balanceTable, departmentOf } from '../../core/model/access.js';
import { unreadableLines, entryLabel } from '../support/labels.js';
import { isFinding, sumFinding, term } from '../sum-finding.js';

export const fiscalColumnsSum = defineRule({
  id: 'fiscal-columns-sum',
  title: '财政拨款收支总表：每行合计等于三本预算之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '财政拨款支出按资金来源分为一般公共预算、政府性基金预算、国有资本经营预算三列，每一行的“合计”列等于这三列之和。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“1、一般公共服务支出”合计 6,563.63，一般公共预算 6,563.00，其余为空',
    message:
      '财政拨款收支总表：一般公共服务支出 合计 6,563.63 ≠ 一般公共预算 + 政府性基金预算 + 国有资本经营预算 6,563.00，相差 +0.63',
  },
  check(doc) {
    const d = departmentOf(doc);
    const table = d ? balanceTable(d, 'fiscal-summary') : null;
    if (!d || !table) return [];
    const columns = table.columns.expenditure;
    const total = columns.find((c) => c.key === 'total');
    const parts = columns.filter((c) => c.key !== 'total');
    if (!total || parts.length === 0) return [];
    const skipLines = unreadableLines(d);
    return table.expenditure
      .map((e) =>
        sumFinding({
          table: table.name,
          total: term(e.amounts[total.key] ?? null, e.source.line),
          totalLabel: `${entryLabel(e)} ${total.label}`,
          parts: parts.map((c) => term(e.amounts[c.key] ?? null, e.source.line)),
          partsLabel: parts.map((c) => c.label).join(' + '),
          skipLines,
        }),
      )
      .filter(isFinding);
  },
});
