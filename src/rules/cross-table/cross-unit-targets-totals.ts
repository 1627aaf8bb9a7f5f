// 部门整体支出绩效目标表 ↔ the department totals: summed over the units, 资金总额, 基本支出 and 项目支出
// equal 部门收支总表's 本年支出合计, 基本支出 and 项目支出, and 一般公共预算 equals 财政拨款收支总表's
// 一般公共预算拨款收入.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { balanceTable, departmentOf, entry } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { isFinding, sumFinding, term } from '../sum-finding.js';

function findings(doc: DepartmentBudgetDocument): FindingDraft[] {
  if (doc.unitTargets.length === 0) return [];
  const name = doc.tables['unit-targets']?.name ?? '部门整体支出绩效目标表';
  const skipLines = unreadableLines(doc);
  const summary = balanceTable(doc, 'summary');
  const fiscal = balanceTable(doc, 'fiscal-summary');
  const checks: [string, string, typeof summary, 'income' | 'expenditure', string][] = [
    ['total', '资金总额', summary, 'expenditure', '本年支出合计'],
    ['basic', '基本支出', summary, 'expenditure', '基本支出'],
    ['project', '项目支出', summary, 'expenditure', '项目支出'],
    ['general', '一般公共预算', fiscal, 'income', '一般公共预算拨款收入'],
  ];
  return checks
    .map(([key, label, table, side, entryKey]) => {
      const e = entry(table, side, entryKey);
      const col = table?.columns[side][0]?.key;
      if (!table || !e || !col) return null;
      return sumFinding({
        table: name,
        total: term(e.amounts[col] ?? null, e.source.line),
        totalLabel: `${table.name} ${entryKey}`,
        parts: doc.unitTargets.map((u) => term(u.funding[key] ?? null, u.name.source.line)),
        partsLabel: `各单位${label}之和`,
        skipLines,
      });
    })
    .filter(isFinding);
}

export const crossUnitTargetsTotals = defineRule({
  id: 'cross-unit-targets-totals',
  title: '表间：部门整体支出绩效目标表各单位之和等于部门总数',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '部门整体支出绩效目标表覆盖部门全部预算单位：各单位资金总额之和等于部门收支总表本年支出合计，基本支出、项目支出之和分别等于收支总表的基本支出、项目支出，一般公共预算之和等于财政拨款收支总表的一般公共预算拨款收入。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '三个单位资金总额 5,579.00、595.00、389.36，部门本年支出合计 6,563.63',
    message:
      '部门整体支出绩效目标表：部门收支总表 本年支出合计 6,563.63 ≠ 各单位资金总额之和 6,563.36，相差 +0.27',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? findings(d) : [];
  },
});
