// The totals Part 1 states (income, expenditure, 一般公共预算拨款支出 and its 基本/项目支出, 政府性基金)
// agree with Part 2. Each comparison is data: the fact, and where its figure is printed. A blank cell
// reads as zero ("无政府性基金安排的支出" against an empty 政府性基金预算支出表); an absent table is left
// to the table-completeness rules.

import { Decimal } from '../../core/decimal.js';
import type { Amount } from '../../core/model/common.js';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { FactKey } from '../../core/model/narrative.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, balanceTable, cell, entry, totalRow } from '../../core/model/access.js';
import { compareFact, fact } from './narrative-facts.js';

interface Source {
  table: string;
  label: string;
  /** The printed amount; undefined when the table itself is absent (nothing to compare). */
  read(doc: DepartmentBudgetDocument): { amount: Amount | null; line: number | null } | undefined;
}

function summaryCell(side: 'income' | 'expenditure', key: string): Source['read'] {
  return (doc) => {
    const t = balanceTable(doc, 'summary');
    if (!t) return undefined;
    const e = entry(t, side, key);
    return { amount: cell(e, 'budget'), line: e?.source.line ?? null };
  };
}

function generalTotal(
  column: string,
  id: 'general-expenditure' | 'fund-expenditure' = 'general-expenditure',
): Source['read'] {
  return (doc) => {
    const t = amountTable(doc, id);
    if (!t) return undefined;
    const r = totalRow(t);
    return { amount: cell(r, column), line: r?.source.line ?? t.title.source.line };
  };
}

const CHECKS: readonly (Source & { key: FactKey })[] = [
  {
    key: 'income.total',
    table: '部门收支总表',
    label: '部门收支总表“本年收入合计”',
    read: summaryCell('income', '本年收入合计'),
  },
  {
    key: 'income.general',
    table: '财政拨款收支总表',
    label: '财政拨款收支总表“一般公共预算拨款收入”',
    read: (doc) => {
      const t = balanceTable(doc, 'fiscal-summary');
      if (!t) return undefined;
      const e = entry(t, 'income', '一般公共预算拨款收入');
      return { amount: cell(e, 'amount'), line: e?.source.line ?? null };
    },
  },
  {
    key: 'expenditure.total',
    table: '部门收支总表',
    label: '部门收支总表“本年支出合计”',
    read: summaryCell('expenditure', '本年支出合计'),
  },
  {
    key: 'general.total',
    table: '一般公共预算支出表',
    label: '一般公共预算支出表“合计”总计',
    read: generalTotal('total'),
  },
  {
    key: 'basic.total',
    table: '一般公共预算支出表',
    label: '一般公共预算支出表“合计”基本支出',
    read: generalTotal('basic'),
  },
  {
    key: 'project.total',
    table: '一般公共预算支出表',
    label: '一般公共预算支出表“合计”项目支出',
    read: generalTotal('project'),
  },
  {
    key: 'fund.total',
    table: '政府性基金预算支出表',
    label: '政府性基金预算支出表“合计”',
    read: generalTotal('total', 'fund-expenditure'),
  },
];

export const totalsMatchTables = defineRule({
  id: 'narrative-totals-match-tables',
  title: '说明中的收支总额应与报表一致',
  category: 'narrative',
  severity: 'error',
  rationale:
    '部门预算说明第三、四、五部分陈述的收入、支出、一般公共预算拨款支出（含基本支出、项目支出）和政府性基金支出，应与部门收支总表、财政拨款收支总表、一般公共预算支出表、政府性基金预算支出表的合计数一致。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '说明写“收入预算6536.63万元”，部门收支总表本年收入合计6,563.63',
    message:
      '部门预算说明“收入预算6536.63万元”与部门收支总表“本年收入合计” 6,563.63 万元 不一致，相差 -27.00',
  },
  check(doc) {
    if (doc.kind !== 'department-budget') return [];
    const out: FindingDraft[] = [];
    for (const c of CHECKS) {
      const f = fact(doc, c.key);
      const printed = f ? c.read(doc) : undefined;
      if (!f || !printed) continue;
      const d = compareFact({
        fact: f,
        expected: printed.amount?.value ?? Decimal.ZERO,
        expectedLine: printed.amount?.source.line ?? printed.line,
        expectedLabel: c.label,
        table: c.table,
      });
      if (d) out.push(d);
    }
    return out;
  },
});
