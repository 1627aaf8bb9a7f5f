// 部门收支总表 ↔ 部门收入总表 ↔ 财政拨款收支总表: each kind of income is printed three times and must
// agree — 收支总表's income items against the 合计 row of 收入总表 (本级财政拨款收入 = 本级财政拨款 金额,
// …, 收入总计 = 合计), and 财政拨款收支总表's 本年收入 against 本级财政拨款收入.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { equalFinding, isFinding, term } from '../sum-finding.js';
import { balanceTable, departmentOf, entry } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { summaryItemsMatchTotalRow } from './summary-items.js';
import type { ItemColumn } from './summary-items.js';

/** 收支总表 income item key → 收入总表 column key (its 金额 column named 本级财政拨款 in messages). */
const PAIRS: readonly ItemColumn[] = [
  ['本级财政拨款收入', 'fiscal', '本级财政拨款'],
  ['财政专户管理事业收入', 'specialAccount'],
  ['事业单位经营服务收入', 'operating'],
  ['上级补助收入', 'superior'],
  ['其它收入', 'other'],
  ['事业收入', 'business'],
  ['上年结转', 'carryover'],
  ['收入总计', 'total'],
];

function findings(doc: DepartmentBudgetDocument): FindingDraft[] {
  const summary = balanceTable(doc, 'summary');
  const column = summary?.columns.income[0]?.key;
  if (!summary || !column) return [];
  const skipLines = unreadableLines(doc);
  const out = summaryItemsMatchTotalRow(doc, 'income', PAIRS, skipLines);
  const fiscal = balanceTable(doc, 'fiscal-summary');
  const thisYear = entry(fiscal, 'income', '本年收入');
  const fiscalColumn = fiscal?.columns.income[0]?.key;
  const appropriation = entry(summary, 'income', '本级财政拨款收入');
  if (fiscal && thisYear && fiscalColumn) {
    out.push(
      equalFinding({
        table: fiscal.name,
        found: term(thisYear.amounts[fiscalColumn] ?? null, thisYear.source.line),
        foundLabel: `${fiscal.name} ${thisYear.label}`,
        expected: term(appropriation?.amounts[column] ?? null, appropriation?.source.line ?? null),
        expectedLabel: `${summary.name} 本级财政拨款收入`,
        skipLines,
      }),
    );
  }
  return out.filter(isFinding);
}

export const crossIncomeByKind = defineRule({
  id: 'cross-income-by-kind',
  title: '表间：各项收入在收支总表、收入总表、财政拨款收支总表一致',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '同一收入在不同表中列示应一致：部门收支总表的本级财政拨款收入、财政专户管理事业收入、事业单位经营服务收入、上级补助收入、其它收入、事业收入、上年结转、收入总计，分别等于部门收入总表合计行的相应列；财政拨款收支总表的“本年收入”等于部门收支总表的“本级财政拨款收入”。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '收入总表合计行本级财政拨款金额 6,563.36，收支总表本级财政拨款收入 6,563.63',
    message: '部门收入总表 合计 本级财政拨款 6,563.36 ≠ 部门收支总表 本级财政拨款收入 6,563.63，相差 -0.27',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? findings(d) : [];
  },
});
