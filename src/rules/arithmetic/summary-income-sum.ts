// 部门收支总表: 本年收入合计 equals the sum of the income items printed above it (一、本级财政拨款收入
// to 六、事业收入). Blank items count as zero; an unreadable row is left to the import rules.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { BalanceSide } from '../../core/model/tables.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { balanceTable, departmentOf } from '../../core/model/access.js';
import { unreadableLines, entryLabel } from '../support/labels.js';
import { sumFinding, term } from '../sum-finding.js';

/** Checks a side's subtotal (本年…合计) against the items printed before it. */
export function subtotalFinding(
  doc: DepartmentBudgetDocument,
  side: BalanceSide,
  partsLabel: string,
): FindingDraft | null {
  const table = balanceTable(doc, 'summary');
  if (!table) return null;
  const entries = table[side];
  const subtotal = entries.find((e) => e.role === 'subtotal');
  const column = table.columns[side][0]?.key;
  if (!subtotal || !column) return null;
  const items = entries.filter((e) => e.role === 'item' && e.source.line < subtotal.source.line);
  return sumFinding({
    table: table.name,
    total: term(subtotal.amounts[column] ?? null, subtotal.source.line),
    totalLabel: entryLabel(subtotal),
    parts: items.map((e) => term(e.amounts[column] ?? null, e.source.line)),
    partsLabel,
    skipLines: unreadableLines(doc),
  });
}

export const summaryIncomeSum = defineRule({
  id: 'summary-income-sum',
  title: '部门收支总表：本年收入合计等于各项收入之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '部门收支总表中“本年收入合计”是本级财政拨款收入、财政专户管理事业收入、事业单位经营服务收入、上级补助收入、其它收入、事业收入六项之和（不含上年结转）。按两位小数精确比较，不容许尾差：各项都是表中直接列示的数，合计不存在四舍五入误差。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“本 年 收 入 合 计 6,563.63”，而各项收入只有“一、本级财政拨款收入 6,563.60”',
    message: '部门收支总表：本年收入合计 6,563.63 ≠ 各项收入之和 6,563.60，相差 +0.03',
  },
  check(doc) {
    const d = departmentOf(doc);
    const f = d ? subtotalFinding(d, 'income', '各项收入之和') : null;
    return f ? [f] : [];
  },
});
