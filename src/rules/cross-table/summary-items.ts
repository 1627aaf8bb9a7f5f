// 部门收支总表 ↔ the table that breaks one of its sides down (收入总表 for income, 支出总表 for
// expenditure): each item of that side equals the matching column of the other table's 合计 row.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { FindingDraft } from '../rule.js';
import { equalFinding, term } from '../sum-finding.js';
import { amountTable, balanceTable, entry, totalRow } from '../../core/model/access.js';
import { entryLabel } from '../support/labels.js';

/** A 收支总表 item key, the column of the 合计 row it equals, and that column's name when not its label. */
export type ItemColumn = readonly [item: string, column: string, name?: string];

/** One comparison per item (null where they agree); none when either table or its 合计 is missing. */
export function summaryItemsMatchTotalRow(
  doc: DepartmentBudgetDocument,
  side: 'income' | 'expenditure',
  items: readonly ItemColumn[],
  skipLines: ReadonlySet<number>,
): (FindingDraft | null)[] {
  const summary = balanceTable(doc, 'summary');
  const column = summary?.columns[side][0]?.key;
  const table = amountTable(doc, side);
  const total = totalRow(table);
  if (!summary || !column || !table || !total) return [];
  return items.map(([key, col, name]) => {
    const e = entry(summary, side, key);
    const label = name ?? table.columns.find((c) => c.key === col)?.label ?? col;
    return equalFinding({
      table: table.name,
      found: term(total.amounts[col] ?? null, total.source.line),
      foundLabel: `${table.name} 合计 ${label}`,
      expected: term(e?.amounts[column] ?? null, e?.source.line ?? null),
      expectedLabel: `${summary.name} ${e ? entryLabel(e) : key}`,
      skipLines,
    });
  });
}
