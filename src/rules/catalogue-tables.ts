// Rules on the tables: import, arithmetic inside each table, cross-table agreement and completeness.
// Order is the order of the docs (docs/rules.md) and of `yusuan rules`.
import type { Rule } from './rule.js';
import { importUnreadable } from './import/import-unreadable.js';
import { importIncomplete } from './import/import-incomplete.js';
import { importOther } from './import/import-other.js';
import { summaryIncomeSum } from './arithmetic/summary-income-sum.js';
import { summaryExpenditureSum } from './arithmetic/summary-expenditure-sum.js';
import { summaryTotalsBalance } from './arithmetic/summary-totals-balance.js';
import { fiscalIncomeSum } from './arithmetic/fiscal-income-sum.js';
import { fiscalExpenditureSum } from './arithmetic/fiscal-expenditure-sum.js';
import { fiscalColumnsSum } from './arithmetic/fiscal-columns-sum.js';
import { fiscalTotalsBalance } from './arithmetic/fiscal-totals-balance.js';
import { classificationSubtotals } from './arithmetic/classification-subtotals.js';
import { amountRowTotal } from './arithmetic/amount-row-total.js';
import { incomeFundingWithinFiscal } from './arithmetic/income-funding-within-fiscal.js';
import { basicPersonnelPublic } from './arithmetic/basic-personnel-public.js';
import { threePublicVehicle } from './arithmetic/three-public-vehicle.js';
import { unitRowsSum } from './arithmetic/unit-rows-sum.js';
import { projectTargetsSubtotals } from './arithmetic/project-targets-subtotals.js';
import { unitTargetsFunding } from './arithmetic/unit-targets-funding.js';
import { crossIncomeByKind } from './cross-table/cross-income-by-kind.js';
import { crossExpenditureByKind } from './cross-table/cross-expenditure-by-kind.js';
import { crossGeneralExpenditure } from './cross-table/cross-general-expenditure.js';
import { crossBasicExpenditure } from './cross-table/cross-basic-expenditure.js';
import { crossClassIncomeExpenditure } from './cross-table/cross-class-income-expenditure.js';
import { crossClassFiscal } from './cross-table/cross-class-fiscal.js';
import { crossFundTable } from './cross-table/cross-fund-table.js';
import { crossProjectTargetsTotal } from './cross-table/cross-project-targets-total.js';
import { crossUnitTargetsTotals } from './cross-table/cross-unit-targets-totals.js';
import { crossUnitProjectSubtotals } from './cross-table/cross-unit-project-subtotals.js';
import { tablesPresent } from './completeness/tables-present.js';
import { unitsConsistent } from './completeness/units-consistent.js';

export const TABLE_RULES: readonly Rule[] = [
  importUnreadable,
  importIncomplete,
  importOther,
  tablesPresent,
  unitsConsistent,
  summaryIncomeSum,
  summaryExpenditureSum,
  summaryTotalsBalance,
  fiscalIncomeSum,
  fiscalExpenditureSum,
  fiscalColumnsSum,
  fiscalTotalsBalance,
  classificationSubtotals,
  amountRowTotal,
  incomeFundingWithinFiscal,
  basicPersonnelPublic,
  threePublicVehicle,
  unitRowsSum,
  projectTargetsSubtotals,
  unitTargetsFunding,
  crossIncomeByKind,
  crossExpenditureByKind,
  crossGeneralExpenditure,
  crossBasicExpenditure,
  crossClassIncomeExpenditure,
  crossClassFiscal,
  crossFundTable,
  crossProjectTargetsTotal,
  crossUnitTargetsTotals,
  crossUnitProjectSubtotals,
];
