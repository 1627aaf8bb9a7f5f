// 部门收支总表: each side's 总计 is its 本年合计 plus the items printed after it (上年结转; 结余分配 and
// 结转下年), and 收入总计 equals 支出总计: the statement balances.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { BalanceSide, BalanceTable } from '../../core/model/tables.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { balanceTable, departmentOf } from '../../core/model/access.js';
import { unreadableLines, entryLabel } from '../support/labels.js';
import { equalFinding, isFinding, sumFinding, term } from '../sum-finding.js';

function sideTotal(
  doc: DepartmentBudgetDocument,
  table: BalanceTable,
  side: BalanceSide,
): FindingDraft | null {
  const entries = table[side];
  const column = table.columns[side][0]?.key;
  const subtotal = entries.find((e) => e.role === 'subtotal');
  const total = entries.find((e) => e.role === 'total');
  if (!column || !subtotal || !total) return null;
  const after = entries.filter(
    (e) => e.role === 'item' && e.source.line > subtotal.source.line && e.source.line < total.source.line,
  );
  return sumFinding({
    table: table.name,
    total: term(total.amounts[column] ?? null, total.source.line),
    totalLabel: entryLabel(total),
    parts: [subtotal, ...after].map((e) => term(e.amounts[column] ?? null, e.source.line)),
    partsLabel: [subtotal, ...after].map(entryLabel).join(' + '),
    skipLines: unreadableLines(doc),
  });
}

export const summaryTotalsBalance = defineRule({
  id: 'summary-totals-balance',
  title: '部门收支总表：收入总计、支出总计由合计与结转构成且收支平衡',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '部门预算收支平衡：收入总计 = 本年收入合计 + 上年结转，支出总计 = 本年支出合计 + 结余分配 + 结转下年，且收入总计 = 支出总计。三个等式都按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“收 入 总 计 6,563.63”而“支 出 总 计 6,536.63”',
    message: '部门收支总表：收入总计 6,563.63 ≠ 支出总计 6,536.63，相差 +27.00',
  },
  check(doc) {
    const d = departmentOf(doc);
    const table = d ? balanceTable(d, 'summary') : null;
    if (!d || !table) return [];
    const income = table.income.find((e) => e.role === 'total');
    const expenditure = table.expenditure.find((e) => e.role === 'total');
    const incomeColumn = table.columns.income[0]?.key;
    const expenditureColumn = table.columns.expenditure[0]?.key;
    const balance =
      income && expenditure && incomeColumn && expenditureColumn
        ? equalFinding({
            table: table.name,
            found: term(income.amounts[incomeColumn] ?? null, income.source.line),
            foundLabel: `${table.name}：${entryLabel(income)}`,
            expected: term(expenditure.amounts[expenditureColumn] ?? null, expenditure.source.line),
            expectedLabel: entryLabel(expenditure),
            skipLines: unreadableLines(d),
          })
        : null;
    return [sideTotal(d, table, 'income'), sideTotal(d, table, 'expenditure'), balance].filter(isFinding);
  },
});
