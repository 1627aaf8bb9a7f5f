// 一般公共预算支出表 ↔ 部门支出总表: when all of a department's income is 一般公共预算拨款 (no other
// income, no fund, nothing carried over), its 基本支出 and 项目支出 are all general-budget spending,
// so the two tables print the same figures — on their 合计 rows and class by class.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { AmountRow, AmountTable } from '../../core/model/tables.js';
import type { FindingDraft } from '../rule.js';
import { equalFinding, term } from '../sum-finding.js';
import { balanceTable, entry, isNil } from '../../core/model/access.js';

/** True when the department's only income is 一般公共预算拨款 (and nothing is carried over). */
export function allIncomeIsGeneralBudget(doc: DepartmentBudgetDocument): boolean {
  const summary = balanceTable(doc, 'summary');
  const fiscal = balanceTable(doc, 'fiscal-summary');
  const col = summary?.columns.income[0]?.key;
  const fcol = fiscal?.columns.income[0]?.key;
  if (!summary || !fiscal || !col || !fcol) return false;
  const otherIncome = summary.income.filter(
    (e) => (e.role === 'item' || e.role === 'subitem') && e.key !== '本级财政拨款收入',
  );
  const otherFiscal = fiscal.income.filter((e) => e.role === 'subitem' && e.key !== '一般公共预算拨款收入');
  const carry = entry(fiscal, 'income', '上年结转');
  return (
    otherIncome.every((e) => isNil(e.amounts[col])) &&
    otherFiscal.every((e) => isNil(e.amounts[fcol])) &&
    isNil(carry?.amounts[fcol])
  );
}

/** A table, one of its rows, and how messages name that row ("合计", "2010301 行政运行", "同科目"). */
export type LabelledRow = readonly [table: AmountTable, row: AmountRow | undefined, label: string];

/** 一般公共预算支出表's 基本支出 and 项目支出 on a row against 支出总表's (null where they agree). */
export function generalMatchesExpenditure(
  [general, g, gLabel]: LabelledRow,
  [expenditure, e, eLabel]: LabelledRow,
  skipLines: ReadonlySet<number>,
): (FindingDraft | null)[] {
  return (
    [
      ['basic', '基本支出'],
      ['project', '项目支出'],
    ] as const
  ).map(([col, label]) =>
    equalFinding({
      table: general.name,
      found: term(g?.amounts[col] ?? null, g?.source.line ?? null),
      foundLabel: `${general.name} ${gLabel} ${label}`,
      expected: term(e?.amounts[col] ?? null, e?.source.line ?? null),
      expectedLabel: `${expenditure.name} ${eLabel} ${label}`,
      skipLines,
    }),
  );
}
