// Typed reads of the model, in one place: a table by id and shape, a balance entry by template key,
// an amount row, a cell by column key, and the key totals of a department budget. Absent tables,
// entries, rows and blank cells read as null; callers (rules, publishers, summaries, the store)
// decide what absence means.
//
// Where each key total comes from (the one decision, used by `inspect --summary`, the narrative and
// the charts; rules that compare two tables name both tables themselves):
// - income / expenditure: 部门收支总表 “本年收入合计” / “本年支出合计” (the department's whole budget);
//   when that table is absent, the 合计 row of 部门收入总表 / 部门支出总表.
// - basic / project: 部门收支总表 “基本支出” / “项目支出” (all funds); when absent, the 合计 row's
//   basic / project columns of 部门支出总表.
// - generalTotal / generalBasic / generalProject: 一般公共预算支出表 合计 (general-budget funds only,
//   which is what Part 1 section 四 describes).
// - personnel / publicFunds: 一般公共预算基本支出表 合计 (人员经费 / 公用经费 = 机关运行经费).
// - threePublic: “三公”经费支出表 合计 (the total column).
// - fundTotal: 政府性基金预算支出表 合计; when the table has no 合计, the sum of its 类 rows.
// A balance entry's amount is its first non-blank column (the Hunan tables have one amount column per
// side); an amount row's is its column by key.
import { Decimal } from '../decimal.js';
import { compact } from '../text.js';
import type { TableId } from '../templates/template.js';
import type { Amount } from './common.js';
import { isTabledDocument } from './document.js';
import type { BudgetDocument, DepartmentBudgetDocument, TabledDocument } from './document.js';
import type {
  AmountRow,
  AmountTable,
  BalanceEntry,
  BalanceSide,
  BalanceTable,
  StandardTable,
  TargetTable,
} from './tables.js';

export type BalanceTableId = 'summary' | 'fiscal-summary';
export type AmountTableId =
  | 'income'
  | 'expenditure'
  | 'general-expenditure'
  | 'basic-expenditure'
  | 'three-public'
  | 'fund-expenditure'
  | 'state-capital-expenditure';
export type TargetTableId = 'project-targets' | 'unit-targets';

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

/** A document read from a template's tables (budgets of a department or unit, final accounts), or null. */
export function tabledOf(doc: BudgetDocument): TabledDocument | null {
  return isTabledDocument(doc) ? doc : null;
}

export function balanceTable(doc: TabledDocument, id: BalanceTableId): BalanceTable | null {
  const t: StandardTable | undefined = doc.tables[id];
  return t?.shape === 'balance' ? t : null;
}

export function amountTable(doc: TabledDocument, id: AmountTableId): AmountTable | null {
  const t: StandardTable | undefined = doc.tables[id];
  return t?.shape === 'amounts' ? t : null;
}

/** Every amount table the document prints. */
export function amountTables(doc: TabledDocument): AmountTable[] {
  return Object.values(doc.tables).filter((t): t is AmountTable => t?.shape === 'amounts');
}

export function targetTable(doc: TabledDocument, id: TargetTableId): TargetTable | null {
  const t: StandardTable | undefined = doc.tables[id];
  return t?.shape === 'targets' ? t : null;
}

export function tableName(doc: TabledDocument, id: TableId, fallback: string): string {
  return doc.tables[id]?.name ?? fallback;
}

export function entry(table: BalanceTable | null, side: BalanceSide, key: string): BalanceEntry | null {
  return table?.[side].find((e) => e.key === key) ?? null;
}

export function cell(
  holder: { amounts: Record<string, Amount | null> } | null | undefined,
  column: string,
): Amount | null {
  return holder?.amounts[column] ?? null;
}

/** The first non-blank amount of a balance entry (its amount column). */
export function entryAmount(e: BalanceEntry | null | undefined): Amount | null {
  if (!e) return null;
  for (const a of Object.values(e.amounts)) if (a !== null) return a;
  return null;
}

export function totalRow(table: AmountTable | null): AmountRow | null {
  return table?.rows.find((r) => r.kind === 'total') ?? null;
}

/** An amount's value, null when blank or absent. */
export const valueOf = (a: Amount | null | undefined): Decimal | null => a?.value ?? null;

/** Value of an amount, blank as zero. */
export function valueOrZero(a: Amount | null | undefined, zero: Decimal): Decimal {
  return a?.value ?? zero;
}

/** True when the amount is absent, blank or zero. */
export function isNil(a: Amount | null | undefined): boolean {
  return !a || a.value.isZero();
}

/** The sum of the present values, null when none is present. */
export function sumOrNull(values: readonly (Decimal | null)[]): Decimal | null {
  const present = values.filter((v): v is Decimal => v !== null);
  return present.length ? Decimal.sum(present) : null;
}

/** Names compared for identity: white space, a leading unit code and a trailing 本级 or （本级） ignored. */
export function nameKey(name: string): string {
  return compact(name)
    .replace(/^\d{6}/, '')
    .replace(/[（(]本级[)）]$/, '')
    .replace(/本级$/, '');
}

export interface KeyTotals {
  income: Decimal | null;
  expenditure: Decimal | null;
  basic: Decimal | null;
  project: Decimal | null;
  generalTotal: Decimal | null;
  generalBasic: Decimal | null;
  generalProject: Decimal | null;
  personnel: Decimal | null;
  publicFunds: Decimal | null;
  threePublic: Decimal | null;
  fundTotal: Decimal | null;
}

/** The 类 rows of an amount table with a non-zero amount in `column`. */
export function classRows(table: AmountTable | null, column: string): AmountRow[] {
  if (!table) return [];
  return table.rows.filter((r) => r.kind === 'class' && !isNil(r.amounts[column]));
}

/** The key totals of a department budget, each from the table named in the module header. */
export function keyTotals(doc: DepartmentBudgetDocument): KeyTotals {
  const summary = balanceTable(doc, 'summary');
  const income = amountTable(doc, 'income');
  const expenditure = amountTable(doc, 'expenditure');
  const general = totalRow(amountTable(doc, 'general-expenditure'));
  const basic = totalRow(amountTable(doc, 'basic-expenditure'));
  const fund = amountTable(doc, 'fund-expenditure');
  const fromSummary = (side: BalanceSide, key: string, column: string, fallback: AmountTable | null) =>
    summary ? valueOf(entryAmount(entry(summary, side, key))) : valueOf(cell(totalRow(fallback), column));
  return {
    income: fromSummary('income', '本年收入合计', 'total', income),
    expenditure: fromSummary('expenditure', '本年支出合计', 'total', expenditure),
    basic: fromSummary('expenditure', '基本支出', 'basic', expenditure),
    project: fromSummary('expenditure', '项目支出', 'project', expenditure),
    generalTotal: valueOf(cell(general, 'total')),
    generalBasic: valueOf(cell(general, 'basic')),
    generalProject: valueOf(cell(general, 'project')),
    personnel: valueOf(cell(basic, 'personnel')),
    publicFunds: valueOf(cell(basic, 'publicFunds')),
    threePublic: valueOf(cell(totalRow(amountTable(doc, 'three-public')), 'total')),
    fundTotal: fund
      ? (valueOf(cell(totalRow(fund), 'total')) ??
        sumOrNull(classRows(fund, 'total').map((r) => valueOf(r.amounts['total']))))
      : null,
  };
}
