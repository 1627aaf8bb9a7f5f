// The figures of a department budget that Part 1 states and the charts draw, read once from the
// Part 2 tables of the model. Every sentence and chart takes its numbers from here, so the narrative
// cannot disagree with the tables. A figure the tables do not give is null, never guessed. The key
// totals come from core/model/access.ts (keyTotals), which says which table each is read from.

import type { Decimal } from '../../core/decimal.js';
import {
  amountTable,
  balanceTable,
  cell,
  classRows,
  entry,
  entryAmount,
  keyTotals,
  sumOrNull,
  targetTable,
  totalRow,
  valueOf,
} from '../../core/model/access.js';
import type { Amount } from '../../core/model/common.js';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { AmountTable, BalanceEntry, BalanceTable } from '../../core/model/tables.js';
import { stripNumbering } from './format.js';

/** A labelled amount: an income or expenditure kind, or a functional class. */
export interface LabelledAmount {
  label: string;
  /** Functional class code (201) when the amount is a class; null for kinds. */
  code: string | null;
  value: Decimal;
}

export interface ThreePublicFigures {
  total: Decimal | null;
  reception: Decimal | null;
  abroad: Decimal | null;
  vehicle: Decimal | null;
  vehiclePurchase: Decimal | null;
  vehicleOperation: Decimal | null;
}

export interface BudgetFigures {
  year: number | null;
  /** 本年收入合计 (部门收支总表, else 部门收入总表's 合计). */
  incomeTotal: Decimal | null;
  /** Income items of 部门收支总表 with an amount (本级财政拨款收入, 事业收入, …), excluding 上年结转. */
  incomeKinds: LabelledAmount[];
  /** 一般公共预算 / 政府性基金 / 国有资本经营预算拨款收入 (财政拨款收支总表). */
  generalIncome: Decimal | null;
  fundIncome: Decimal | null;
  stateCapitalIncome: Decimal | null;
  /** 本年支出合计. */
  expenditureTotal: Decimal | null;
  /** Expenditure items of 部门收支总表 with an amount (基本支出, 项目支出, …). */
  expenditureKinds: LabelledAmount[];
  /** 部门支出总表 by functional class (类 rows, 总计 column). */
  expenditureClasses: LabelledAmount[];
  /** 一般公共预算支出表: 合计, by class, and the project column by class. */
  generalTotal: Decimal | null;
  generalClasses: LabelledAmount[];
  generalProjectClasses: LabelledAmount[];
  basic: Decimal | null;
  project: Decimal | null;
  /** 一般公共预算基本支出表 合计: 人员类 and 公用经费 (= 机关运行经费). */
  personnel: Decimal | null;
  publicFunds: Decimal | null;
  /** 政府性基金预算支出表: 合计 and by class; zero or null when the table is empty. */
  fundTotal: Decimal | null;
  fundClasses: LabelledAmount[];
  threePublic: ThreePublicFigures;
  /** 部门整体支出绩效目标表 summed over units: 资金总额, 基本支出, 项目支出 (null when no unit target). */
  unitTargetTotal: Decimal | null;
  unitTargetBasic: Decimal | null;
  unitTargetProject: Decimal | null;
  /** 项目支出绩效目标表: number of projects and the 合计 (else the sum of project amounts). */
  projectTargetCount: number;
  projectTargetTotal: Decimal | null;
}

/** A balance entry's amount value (its first non-blank column). */
const entryValue = (e: BalanceEntry | null): Decimal | null => valueOf(entryAmount(e));

function classes(t: AmountTable | null, column: string): LabelledAmount[] {
  return classRows(t, column).map((r) => ({
    label: r.name,
    code: r.code,
    value: (r.amounts[column] as Amount).value,
  }));
}

function kinds(
  t: BalanceTable | null,
  side: 'income' | 'expenditure',
  exclude: readonly string[],
): LabelledAmount[] {
  if (!t) return [];
  return t[side].flatMap((e) => {
    const v = entryValue(e);
    const label = e.key ?? stripNumbering(e.label);
    return e.role === 'item' && v && !v.isZero() && !exclude.includes(label)
      ? [{ label, code: null, value: v }]
      : [];
  });
}

export function collectFigures(doc: DepartmentBudgetDocument): BudgetFigures {
  const totals = keyTotals(doc);
  const summary = balanceTable(doc, 'summary');
  const fiscal = balanceTable(doc, 'fiscal-summary');
  const threeTotal = totalRow(amountTable(doc, 'three-public'));
  const general = amountTable(doc, 'general-expenditure');
  const fund = amountTable(doc, 'fund-expenditure');
  const unitTargets = doc.unitTargets;
  const three = (column: string) => valueOf(cell(threeTotal, column));
  return {
    year: doc.year,
    incomeTotal: totals.income,
    incomeKinds: kinds(summary, 'income', ['上年结转']),
    generalIncome: entryValue(entry(fiscal, 'income', '一般公共预算拨款收入')),
    fundIncome: entryValue(entry(fiscal, 'income', '政府性基金预算拨款收入')),
    stateCapitalIncome: entryValue(entry(fiscal, 'income', '国有资本经营预算拨款收入')),
    expenditureTotal: totals.expenditure,
    expenditureKinds: kinds(summary, 'expenditure', ['结余分配', '结转下年']),
    expenditureClasses: classes(amountTable(doc, 'expenditure'), 'total'),
    generalTotal: totals.generalTotal,
    generalClasses: classes(general, 'total'),
    generalProjectClasses: classes(general, 'project'),
    // Part 1 section 四 describes general-budget funds; the whole budget's figure stands in without them.
    basic: totals.generalBasic ?? totals.basic,
    project: totals.generalProject ?? totals.project,
    personnel: totals.personnel,
    publicFunds: totals.publicFunds,
    fundTotal: totals.fundTotal,
    fundClasses: classes(fund, 'total'),
    threePublic: {
      total: three('total'),
      reception: three('reception'),
      abroad: three('abroad'),
      vehicle: three('vehicle'),
      vehiclePurchase: three('vehiclePurchase'),
      vehicleOperation: three('vehicleOperation'),
    },
    unitTargetTotal: sumOrNull(unitTargets.map((u) => valueOf(u.funding['total']))),
    unitTargetBasic: sumOrNull(unitTargets.map((u) => valueOf(u.funding['basic']))),
    unitTargetProject: sumOrNull(unitTargets.map((u) => valueOf(u.funding['project']))),
    projectTargetCount: doc.projectTargets.length,
    projectTargetTotal:
      valueOf(targetTable(doc, 'project-targets')?.total) ??
      sumOrNull(doc.projectTargets.map((p) => valueOf(p.amount))),
  };
}
