// 政府性基金预算支出表 ↔ 财政拨款收支总表: the fund table is printed empty exactly when the department has
// no 政府性基金 appropriation (income and expenditure columns of the fiscal summary blank or zero).

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { money } from '../compare.js';
import { amountTable, balanceTable, departmentOf, entry, isNil } from '../../core/model/access.js';

function findings(doc: DepartmentBudgetDocument): FindingDraft[] {
  const fund = amountTable(doc, 'fund-expenditure');
  const fiscal = balanceTable(doc, 'fiscal-summary');
  if (!fund || !fiscal) return [];
  const icol = fiscal.columns.income[0]?.key;
  const income = entry(fiscal, 'income', '政府性基金预算拨款收入');
  const spent = entry(fiscal, 'expenditure', '本年支出');
  const incomeAmount = icol ? (income?.amounts[icol] ?? null) : null;
  const spentAmount = spent?.amounts['fund'] ?? null;
  const fiscalHasFund = !isNil(incomeAmount) || !isNil(spentAmount);
  const tableEmpty = fund.empty || fund.rows.every((r) => Object.values(r.amounts).every((a) => isNil(a)));
  if (fiscalHasFund === !tableEmpty) return [];
  const shown = incomeAmount ?? spentAmount;
  const firstRow = fund.rows.find((r) => Object.values(r.amounts).some((a) => !isNil(a)));
  if (tableEmpty) {
    const lines = [fund.title.source.line, income?.source.line, spent?.source.line].filter(
      (l): l is number => l !== undefined,
    );
    const draft: FindingDraft = {
      message: `${fund.name}为空表，但${fiscal.name}列有政府性基金预算${shown ? ` ${money(shown.value)}` : ''}`,
      lines: [...new Set(lines)],
      table: fund.name,
      found: '空表',
    };
    if (shown) draft.expected = money(shown.value);
    return [draft];
  }
  const lines = [firstRow?.source.line ?? fund.title.source.line, income?.source.line].filter(
    (l): l is number => l !== undefined,
  );
  return [
    {
      message: `${fund.name}列有支出，但${fiscal.name}没有政府性基金预算拨款收入和支出`,
      lines: [...new Set(lines)],
      table: fund.name,
      expected: '空表',
    },
  ];
}

export const crossFundTable = defineRule({
  id: 'cross-fund-table',
  title: '表间：政府性基金预算支出表为空当且仅当没有政府性基金拨款',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '政府性基金预算支出表反映部门使用政府性基金安排的支出。财政拨款收支总表没有政府性基金预算拨款收入和支出时，该表应为空表（照常列示并注明无数据）；有政府性基金拨款时该表不能为空。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '财政拨款收支总表“2、政府性基金预算拨款收入 120.00”，政府性基金预算支出表只有一行 0',
    message: '政府性基金预算支出表为空表，但财政拨款收支总表列有政府性基金预算 120.00',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? findings(d) : [];
  },
});
