// Rules on performance targets, the narrative (Part 1 against Part 2) and declaration forms, in the
// order of the docs: targets, narrative, forms. Each rule lives in its own file with its test.
import type { Rule } from './rule.js';
import { levelsComplete } from './targets/levels-complete.js';
import { level2Valid } from './targets/level2-valid.js';
import { goalPresent } from './targets/goal-present.js';
import { weightsSumTo100 } from './targets/weights-sum-to-100.js';
import { comparatorValid } from './targets/comparator-valid.js';
import { quantitativeValue } from './targets/quantitative-value.js';
import { valueMissingRule } from './targets/value-missing.js';
import { costMatchesAmount } from './targets/cost-matches-amount.js';
import { goalAmountMatches } from './targets/goal-amount-matches.js';
import { ratePlausible } from './targets/rate-plausible.js';
import { scoreBandsContiguous } from './targets/score-bands-contiguous.js';
import { scoreMatchesWeight } from './targets/score-matches-weight.js';
import { scoreStandardApplicable } from './targets/score-standard-applicable.js';
import { totalsMatchTables } from './narrative/totals-match-tables.js';
import { operatingFunds } from './narrative/operating-funds.js';
import { threePublicMatchTable } from './narrative/three-public-match-table.js';
import { changePercent } from './narrative/change-percent.js';
import { partsSum } from './narrative/parts-sum.js';
import { classAmounts } from './narrative/class-amounts.js';
import { performanceAmounts } from './narrative/performance-amounts.js';
import { meetingTrainingBasic } from './narrative/meeting-training-basic.js';
import { sectionsPresent } from './narrative/sections-present.js';
import { otherMattersPresent } from './narrative/other-matters-present.js';
import { fundingLevelsSum } from './forms/funding-levels-sum.js';
import { spendingItemsSum } from './forms/spending-items-sum.js';
import { projectsSumDepartment } from './forms/projects-sum-department.js';
import { departmentBudgetSums } from './forms/department-budget-sums.js';
import { threePublicSum } from './forms/three-public-sum.js';
import { staffWithinQuota } from './forms/staff-within-quota.js';
import { datesValid } from './forms/dates-valid.js';
import { reviewOpinionPresent } from './forms/review-opinion-present.js';
import { requiredFields } from './forms/required-fields.js';

export const TARGET_RULES: readonly Rule[] = [
  levelsComplete,
  level2Valid,
  goalPresent,
  weightsSumTo100,
  comparatorValid,
  quantitativeValue,
  valueMissingRule,
  costMatchesAmount,
  goalAmountMatches,
  ratePlausible,
  scoreBandsContiguous,
  scoreMatchesWeight,
  scoreStandardApplicable,
  totalsMatchTables,
  operatingFunds,
  threePublicMatchTable,
  changePercent,
  partsSum,
  classAmounts,
  performanceAmounts,
  meetingTrainingBasic,
  sectionsPresent,
  otherMattersPresent,
  fundingLevelsSum,
  spendingItemsSum,
  projectsSumDepartment,
  departmentBudgetSums,
  threePublicSum,
  staffWithinQuota,
  datesValid,
  reviewOpinionPresent,
  requiredFields,
];
