// 财政拨款收支总表 ↔ 一般公共预算支出表 / 政府性基金预算支出表: the 一般公共预算 column of the fiscal
// summary (本年支出 and each functional class) equals the 一般公共预算支出表 (合计 and each 类 row's
// 总计); its 政府性基金预算 column likewise equals the 政府性基金预算支出表.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { AmountTable, BalanceTable } from '../../core/model/tables.js';
import { labelKey } from '../../core/text.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, balanceTable, departmentOf, entry, isNil, totalRow } from '../../core/model/access.js';
import { entryLabel, unreadableLines } from '../support/labels.js';
import { equalFinding, isFinding, term } from '../sum-finding.js';

function columnFindings(
  fiscal: BalanceTable,
  column: string,
  table: AmountTable,
  skipLines: Set<number>,
): FindingDraft[] {
  const columnLabel = fiscal.columns.expenditure.find((c) => c.key === column)?.label ?? column;
  const out: (FindingDraft | null)[] = [];
  const thisYear = entry(fiscal, 'expenditure', '本年支出');
  const total = totalRow(table);
  if (thisYear && total) {
    out.push(
      equalFinding({
        table: table.name,
        found: term(total.amounts['total'] ?? null, total.source.line),
        foundLabel: `${table.name} 合计 总计`,
        expected: term(thisYear.amounts[column] ?? null, thisYear.source.line),
        expectedLabel: `${fiscal.name} 本年支出（${columnLabel}）`,
        skipLines,
      }),
    );
  }
  const classLines = fiscal.expenditure.filter((e) => e.role === 'subitem');
  const classRows = table.rows.filter((r) => r.kind === 'class');
  const keys = new Set([
    ...classLines.map((e) => labelKey(entryLabel(e))),
    ...classRows.map((r) => labelKey(r.name)),
  ]);
  for (const key of keys) {
    const line = classLines.find((e) => labelKey(entryLabel(e)) === key);
    const row = classRows.find((r) => labelKey(r.name) === key);
    const found = row?.amounts['total'] ?? null;
    const expected = line?.amounts[column] ?? null;
    if (isNil(found) && isNil(expected)) continue;
    out.push(
      equalFinding({
        table: table.name,
        found: term(found, row?.source.line ?? null),
        foundLabel: `${table.name} ${row ? `${row.code ?? ''} ${row.name}`.trim() : line ? entryLabel(line) : key} 总计`,
        expected: term(expected, line?.source.line ?? null),
        expectedLabel: `${fiscal.name} ${line ? entryLabel(line) : (row?.name ?? key)}（${columnLabel}）`,
        skipLines,
      }),
    );
  }
  return out.filter(isFinding);
}

function findings(doc: DepartmentBudgetDocument): FindingDraft[] {
  const fiscal = balanceTable(doc, 'fiscal-summary');
  if (!fiscal) return [];
  const skipLines = unreadableLines(doc);
  const general = amountTable(doc, 'general-expenditure');
  const fund = amountTable(doc, 'fund-expenditure');
  return [
    ...(general ? columnFindings(fiscal, 'general', general, skipLines) : []),
    ...(fund ? columnFindings(fiscal, 'fund', fund, skipLines) : []),
  ];
}

export const crossGeneralExpenditure = defineRule({
  id: 'cross-general-expenditure',
  title: '表间：财政拨款收支总表的一般公共预算、政府性基金列与对应支出表一致',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '财政拨款收支总表支出方的“一般公共预算”列（本年支出及各功能分类类级）应分别等于一般公共预算支出表的合计与各“类”行的总计；“政府性基金预算”列同样等于政府性基金预算支出表。功能分类按名称对应。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '一般公共预算支出表合计总计 6,563.36，财政拨款收支总表本年支出一般公共预算列 6,563.63',
    message:
      '一般公共预算支出表 合计 总计 6,563.36 ≠ 财政拨款收支总表 本年支出（一般公共预算） 6,563.63，相差 -0.27',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? findings(d) : [];
  },
});
