// 财政拨款收支总表: 收入总计 = 本年收入 + 上年结转; 支出总计 = 本年支出 + 结转下年 (each column);
// 收入总计 = 支出总计 (合计).

import type { BalanceEntry, BalanceTable } from '../../core/model/tables.js';
import type { FindingDraft } from '../rule.js';
import { defineRule } from '../rule.js';
import { balanceTable, departmentOf } from '../../core/model/access.js';
import { unreadableLines, entryLabel } from '../support/labels.js';
import { equalFinding, isFinding, sumFinding, term } from '../sum-finding.js';

function totals(table: BalanceTable, side: 'income' | 'expenditure', skipLines: Set<number>): FindingDraft[] {
  const entries = table[side];
  const total = entries.find((e) => e.role === 'total');
  if (!total) return [];
  const items: BalanceEntry[] = entries.filter((e) => e.role === 'item');
  const columns = table.columns[side];
  return columns
    .map((c) =>
      sumFinding({
        table: table.name,
        total: term(total.amounts[c.key] ?? null, total.source.line),
        totalLabel: columns.length > 1 ? `${entryLabel(total)}（${c.label}）` : entryLabel(total),
        parts: items.map((e) => term(e.amounts[c.key] ?? null, e.source.line)),
        partsLabel: items.map(entryLabel).join(' + '),
        skipLines,
      }),
    )
    .filter(isFinding);
}

export const fiscalTotalsBalance = defineRule({
  id: 'fiscal-totals-balance',
  title: '财政拨款收支总表：总计由本年数与结转构成且收支平衡',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '财政拨款收支平衡：收入总计 = 本年收入 + 上年结转；支出总计 = 本年支出 + 结转下年（各列分别成立）；收入总计 = 支出总计（合计列）。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“收 入 总 计 6,563.63”而“支 出 总 计”合计 6,563.36',
    message: '财政拨款收支总表：收入总计 6,563.63 ≠ 支出总计（合计） 6,563.36，相差 +0.27',
  },
  check(doc) {
    const d = departmentOf(doc);
    const table = d ? balanceTable(d, 'fiscal-summary') : null;
    if (!d || !table) return [];
    const skipLines = unreadableLines(d);
    const income = table.income.find((e) => e.role === 'total');
    const expenditure = table.expenditure.find((e) => e.role === 'total');
    const incomeColumn = table.columns.income[0];
    const totalColumn =
      table.columns.expenditure.find((c) => c.key === 'total') ?? table.columns.expenditure[0];
    const balance =
      income && expenditure && incomeColumn && totalColumn
        ? equalFinding({
            table: table.name,
            found: term(income.amounts[incomeColumn.key] ?? null, income.source.line),
            foundLabel: `${table.name}：${entryLabel(income)}`,
            expected: term(expenditure.amounts[totalColumn.key] ?? null, expenditure.source.line),
            expectedLabel: `${entryLabel(expenditure)}（${totalColumn.label}）`,
            skipLines,
          })
        : null;
    return [
      ...totals(table, 'income', skipLines),
      ...totals(table, 'expenditure', skipLines),
      balance,
    ].filter(isFinding);
  },
});
