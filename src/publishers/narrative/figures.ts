// The figures of a department budget that Part 1 states and the charts draw, read once from the
// Part 2 tables of the model. Every sentence and chart takes its numbers from here, so the narrative
// cannot disagree with the tables. A figure the tables do not give is null, never guessed.

import { Decimal } from '../../core/decimal.js';
import type { Amount } from '../../core/model/common.js';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { AmountRow, AmountTable, BalanceEntry, BalanceTable } from '../../core/model/tables.js';
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

const val = (a: Amount | null | undefined): Decimal | null => a?.value ?? null;

function balance(doc: DepartmentBudgetDocument, id: 'summary' | 'fiscal-summary'): BalanceTable | null {
  const t = doc.tables[id];
  return t?.shape === 'balance' ? t : null;
}

function amounts(
  doc: DepartmentBudgetDocument,
  id:
    | 'income'
    | 'expenditure'
    | 'general-expenditure'
    | 'basic-expenditure'
    | 'three-public'
    | 'fund-expenditure',
): AmountTable | null {
  const t = doc.tables[id];
  return t?.shape === 'amounts' ? t : null;
}

/** The first amount of a balance entry (the tables have one amount column per side, or 合计 first). */
function entryValue(e: BalanceEntry | undefined): Decimal | null {
  if (!e) return null;
  const first = Object.values(e.amounts).find((a) => a !== null);
  return first?.value ?? null;
}

function entry(
  t: BalanceTable | null,
  side: 'income' | 'expenditure',
  key: string,
): BalanceEntry | undefined {
  return t?.[side].find((e) => e.key === key);
}

function totalRow(t: AmountTable | null): AmountRow | undefined {
  return t?.rows.find((r) => r.kind === 'total');
}

function classes(t: AmountTable | null, column: string): LabelledAmount[] {
  if (!t) return [];
  return t.rows.flatMap((r) => {
    const v = val(r.amounts[column]);
    return r.kind === 'class' && v && !v.isZero() ? [{ label: r.name, code: r.code, value: v }] : [];
  });
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

const sumOrNull = (values: (Decimal | null)[]): Decimal | null => {
  const present = values.filter((v): v is Decimal => v !== null);
  return present.length ? Decimal.sum(present) : null;
};

export function collectFigures(doc: DepartmentBudgetDocument): BudgetFigures {
  const summary = balance(doc, 'summary');
  const fiscal = balance(doc, 'fiscal-summary');
  const income = amounts(doc, 'income');
  const expenditure = amounts(doc, 'expenditure');
  const general = amounts(doc, 'general-expenditure');
  const basicTable = amounts(doc, 'basic-expenditure');
  const three = amounts(doc, 'three-public');
  const fund = amounts(doc, 'fund-expenditure');
  const generalTotalRow = totalRow(general);
  const threeTotal = totalRow(three);
  const unitTargets = doc.unitTargets;
  const projectTable = doc.tables['project-targets'];

  return {
    year: doc.year,
    incomeTotal:
      entryValue(entry(summary, 'income', '本年收入合计')) ?? val(totalRow(income)?.amounts['total']),
    incomeKinds: kinds(summary, 'income', ['上年结转']),
    generalIncome: entryValue(entry(fiscal, 'income', '一般公共预算拨款收入')),
    fundIncome: entryValue(entry(fiscal, 'income', '政府性基金预算拨款收入')),
    stateCapitalIncome: entryValue(entry(fiscal, 'income', '国有资本经营预算拨款收入')),
    expenditureTotal:
      entryValue(entry(summary, 'expenditure', '本年支出合计')) ??
      val(totalRow(expenditure)?.amounts['total']),
    expenditureKinds: kinds(summary, 'expenditure', ['结余分配', '结转下年']),
    expenditureClasses: classes(expenditure, 'total'),
    generalTotal: val(generalTotalRow?.amounts['total']),
    generalClasses: classes(general, 'total'),
    generalProjectClasses: classes(general, 'project'),
    basic: val(generalTotalRow?.amounts['basic']) ?? entryValue(entry(summary, 'expenditure', '基本支出')),
    project:
      val(generalTotalRow?.amounts['project']) ?? entryValue(entry(summary, 'expenditure', '项目支出')),
    personnel: val(totalRow(basicTable)?.amounts['personnel']),
    publicFunds: val(totalRow(basicTable)?.amounts['publicFunds']),
    fundTotal: fund
      ? (val(totalRow(fund)?.amounts['total']) ?? sumOrNull(classes(fund, 'total').map((c) => c.value)))
      : null,
    fundClasses: classes(fund, 'total'),
    threePublic: {
      total: val(threeTotal?.amounts['total']),
      reception: val(threeTotal?.amounts['reception']),
      abroad: val(threeTotal?.amounts['abroad']),
      vehicle: val(threeTotal?.amounts['vehicle']),
      vehiclePurchase: val(threeTotal?.amounts['vehiclePurchase']),
      vehicleOperation: val(threeTotal?.amounts['vehicleOperation']),
    },
    unitTargetTotal: sumOrNull(unitTargets.map((u) => val(u.funding['total']))),
    unitTargetBasic: sumOrNull(unitTargets.map((u) => val(u.funding['basic']))),
    unitTargetProject: sumOrNull(unitTargets.map((u) => val(u.funding['project']))),
    projectTargetCount: doc.projectTargets.length,
    projectTargetTotal:
      (projectTable?.shape === 'targets' ? val(projectTable.total) : null) ??
      sumOrNull(doc.projectTargets.map((p) => val(p.amount))),
  };
}
