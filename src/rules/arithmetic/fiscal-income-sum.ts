// 财政拨款收支总表: a heading line (一、本年收入 / 一、本年支出) equals the sum of the numbered lines under
// it (1、一般公共预算拨款收入 …; 1、一般公共服务支出 …), in every amount column.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { BalanceEntry, BalanceSide } from '../../core/model/tables.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { balanceTable, departmentOf } from '../../core/model/access.js';
import { unreadableLines, entryLabel } from '../support/labels.js';
import { isFinding, sumFinding, term } from '../sum-finding.js';

/** Each top-level item with the sub-items printed under it (before the next item or total). */
function groups(entries: readonly BalanceEntry[]): { head: BalanceEntry; subitems: BalanceEntry[] }[] {
  const sorted = [...entries].sort((a, b) => a.source.line - b.source.line);
  const out: { head: BalanceEntry; subitems: BalanceEntry[] }[] = [];
  for (const e of sorted) {
    if (e.role === 'subitem') out[out.length - 1]?.subitems.push(e);
    else out.push({ head: e, subitems: [] });
  }
  return out.filter((g) => g.subitems.length > 0);
}

export function headingFindings(
  doc: DepartmentBudgetDocument,
  side: BalanceSide,
  partsLabel: string,
): FindingDraft[] {
  const table = balanceTable(doc, 'fiscal-summary');
  if (!table) return [];
  const skipLines = unreadableLines(doc);
  const columns = table.columns[side];
  return groups(table[side]).flatMap(({ head, subitems }) =>
    columns
      .map((c) =>
        sumFinding({
          table: table.name,
          total: term(head.amounts[c.key] ?? null, head.source.line),
          totalLabel: columns.length > 1 ? `${entryLabel(head)}（${c.label}）` : entryLabel(head),
          parts: subitems.map((e) => term(e.amounts[c.key] ?? null, e.source.line)),
          partsLabel,
          skipLines,
        }),
      )
      .filter(isFinding),
  );
}

export const fiscalIncomeSum = defineRule({
  id: 'fiscal-income-sum',
  title: '财政拨款收支总表：本年收入等于三类财政拨款收入之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '财政拨款收支总表中“一、本年收入”由“1、一般公共预算拨款收入”“2、政府性基金预算拨款收入”“3、国有资本经营预算拨款收入”三项构成。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“一、本年收入 6,563.63”，而“1、一般公共预算拨款收入 6,563.36”，其余两项为空',
    message: '财政拨款收支总表：本年收入 6,563.63 ≠ 各项拨款收入之和 6,563.36，相差 +0.27',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? headingFindings(d, 'income', '各项拨款收入之和') : [];
  },
});
