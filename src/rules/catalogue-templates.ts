// Rules read from the data of a layout template other than Hunan's (core/templates): the sums and
// agreements Shanghai's budgets and the national final accounts state, and the final accounts'
// explanation against its tables. Each rule lives in its own file with its test.
import type { Rule } from './rule.js';
import { statementIdentities } from './arithmetic/statement-identities.js';
import { statementBalance } from './arithmetic/statement-balance.js';
import { statementColumns } from './arithmetic/statement-columns.js';
import { rowIdentities } from './arithmetic/row-identities.js';
import { economicGroupTotals } from './arithmetic/economic-group-totals.js';
import { templateAgreements } from './cross-table/template-agreements.js';
import { statementClasses } from './cross-table/statement-classes.js';
import { finalAccountsFigures } from './narrative/final-accounts-figures.js';
import { finalAccountsChanges } from './narrative/final-accounts-changes.js';
import { finalAccountsShares } from './narrative/final-accounts-shares.js';
import { finalAccountsYears } from './narrative/final-accounts-years.js';
import { finalAccountsProcurement } from './narrative/final-accounts-procurement.js';

export const TEMPLATE_RULES: readonly Rule[] = [
  statementIdentities,
  statementBalance,
  statementColumns,
  rowIdentities,
  economicGroupTotals,
  templateAgreements,
  statementClasses,
  finalAccountsFigures,
  finalAccountsChanges,
  finalAccountsShares,
  finalAccountsYears,
  finalAccountsProcurement,
];
