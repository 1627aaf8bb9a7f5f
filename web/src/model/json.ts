// The document model as the API sends it: the core model's types with every exact Decimal as its
// decimal string (docs/model.md, src/core/codec). Derived from the core types, never written twice.
import type { Decimal } from '../../../src/core/decimal.js';
import type {
  BudgetDocument,
  DeclarationFormsDocument,
  DepartmentBudgetDocument,
  KeyProjectsDocument,
  TabledDocument,
} from '../../../src/core/model/document.js';
import type { Amount } from '../../../src/core/model/common.js';
import type {
  AmountRow,
  AmountTable,
  BalanceEntry,
  BalanceTable,
  StandardTable,
} from '../../../src/core/model/tables.js';
import type { Indicator, PerformanceTarget, UnitTarget } from '../../../src/core/model/targets.js';
import type { DepartmentForm, ProjectForm, FundingLine } from '../../../src/core/model/forms.js';
import type {
  NarrativeClassAmount,
  NarrativeSection,
  NarrativeFact,
} from '../../../src/core/model/narrative.js';

/** T with Decimal replaced by its JSON form (a decimal string), recursively. */
export type Json<T> = T extends Decimal
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

export type DocJson = Json<BudgetDocument>;
export type TabledDocJson = Json<TabledDocument>;
export type BudgetDocJson = Json<DepartmentBudgetDocument>;
export type KeyProjectsJson = Json<KeyProjectsDocument>;
export type FormsDocJson = Json<DeclarationFormsDocument>;
export type AmountJson = Json<Amount>;
export type StandardTableJson = Json<StandardTable>;
export type AmountTableJson = Json<AmountTable>;
export type AmountRowJson = Json<AmountRow>;
export type BalanceTableJson = Json<BalanceTable>;
export type BalanceEntryJson = Json<BalanceEntry>;
export type IndicatorJson = Json<Indicator>;
export type TargetJson = Json<PerformanceTarget>;
export type UnitTargetJson = Json<UnitTarget>;
export type ProjectFormJson = Json<ProjectForm>;
export type DepartmentFormJson = Json<DepartmentForm>;
export type FundingLineJson = Json<FundingLine>;
export type SectionJson = Json<NarrativeSection>;
export type FactJson = Json<NarrativeFact>;
export type ClassAmountJson = Json<NarrativeClassAmount>;

export type { TableId } from '../../../src/core/templates/template.js';
export type { Level1Indicator, Level2Indicator, Comparator, Severity } from '../../../src/core/vocabulary.js';
export type { SourceRef } from '../../../src/core/source.js';

export const isTabled = (d: DocJson): d is TabledDocJson =>
  d.kind === 'department-budget' || d.kind === 'unit-budget' || d.kind === 'final-accounts';
