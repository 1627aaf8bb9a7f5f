// Typed access to a department budget's standard tables for the table rules: a table by id and shape,
// a balance entry by template key, an amount row by kind and code, a cell by column key. Absent
// tables, entries, rows and blank cells all read as null; the rules decide what absence means.

import type { Amount } from '../core/model/common.js';
import type { Decimal } from '../core/decimal.js';
import type { BudgetDocument, DepartmentBudgetDocument } from '../core/model/document.js';
import type {
  AmountRow,
  AmountTable,
  BalanceEntry,
  BalanceSide,
  BalanceTable,
  StandardTable,
} from '../core/model/tables.js';
import type { TableId } from '../core/templates/template.js';
import { compact } from '../core/text.js';

export type AmountTableId =
  | 'income'
  | 'expenditure'
  | 'general-expenditure'
  | 'basic-expenditure'
  | 'three-public'
  | 'fund-expenditure';

/** The functional-classification amount tables (rows are 类/款/项). */
export const FUNCTIONAL_TABLES = [
  'income',
  'expenditure',
  'general-expenditure',
  'fund-expenditure',
] as const;

export function departmentOf(doc: BudgetDocument): DepartmentBudgetDocument | null {
  return doc.kind === 'department-budget' ? doc : null;
}

export function balanceTable(
  doc: DepartmentBudgetDocument,
  id: 'summary' | 'fiscal-summary',
): BalanceTable | null {
  const t: StandardTable | undefined = doc.tables[id];
  return t?.shape === 'balance' ? t : null;
}

export function amountTable(doc: DepartmentBudgetDocument, id: AmountTableId): AmountTable | null {
  const t: StandardTable | undefined = doc.tables[id];
  return t?.shape === 'amounts' ? t : null;
}

export function tableName(doc: DepartmentBudgetDocument, id: TableId, fallback: string): string {
  return doc.tables[id]?.name ?? fallback;
}

export function entry(table: BalanceTable | null, side: BalanceSide, key: string): BalanceEntry | null {
  return table?.[side].find((e) => e.key === key) ?? null;
}

export function cell(
  holder: { amounts: Record<string, Amount | null> } | null,
  column: string,
): Amount | null {
  return holder?.amounts[column] ?? null;
}

export function totalRow(table: AmountTable | null): AmountRow | null {
  return table?.rows.find((r) => r.kind === 'total') ?? null;
}

/** A row's label for messages: "201 一般公共服务支出", or the name alone for 合计 and unit rows. */
export function rowLabel(row: AmountRow): string {
  return row.code && row.kind !== 'total' && row.kind !== 'unit' ? `${row.code} ${row.name}` : row.name;
}

/** Value of an amount, blank as zero. */
export function valueOrZero(a: Amount | null | undefined, zero: Decimal): Decimal {
  return a?.value ?? zero;
}

/** True when the amount is absent, blank or zero. */
export function isNil(a: Amount | null | undefined): boolean {
  return !a || a.value.isZero();
}

/** Names compared for identity: white space, a leading unit code and a trailing 本级 or （本级） ignored. */
export function nameKey(name: string): string {
  return compact(name)
    .replace(/^\d{6}/, '')
    .replace(/[（(]本级[)）]$/, '')
    .replace(/本级$/, '');
}

/** Lines on which the importer could not read a row or cell: sums there are not judged again. */
export function unreadableLines(doc: BudgetDocument): Set<number> {
  return new Set(
    doc.diagnostics
      .filter((d) => d.code === 'row-unreadable' || d.code === 'cell-unreadable')
      .map((d) => d.source.line),
  );
}

/** A balance entry's label for messages: the template key, or the printed label without its numbering. */
export function entryLabel(e: BalanceEntry): string {
  return e.key ?? e.label.replace(/^[一二三四五六七八九十\d]+[、.．]\s*/, '');
}
