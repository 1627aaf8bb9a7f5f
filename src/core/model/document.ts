// The three document kinds of the corpus, as one discriminated union. This is the model that the
// importers produce, the rules review, the publishers render and the store keeps. Its JSON form
// (Decimal as strings) is versioned by `schemaVersion`; docs/model.md describes it.

import type { DocumentSource, Located, SourceRef } from '../source.js';
import type { DocumentKind } from '../vocabulary.js';
import type { Diagnostic } from './common.js';
import type { ContentsEntry } from './contents.js';
import type { DepartmentForm, ProjectForm } from './forms.js';
import type { Narrative } from './narrative.js';
import type { StandardTable } from './tables.js';
import type { PerformanceTarget, TargetUnitSubtotal, UnitTarget } from './targets.js';
import type { TableId } from '../templates/template.js';

export const SCHEMA_VERSION = 1;

interface DocumentBase {
  schemaVersion: typeof SCHEMA_VERSION;
  kind: DocumentKind;
  source: DocumentSource;
  /** The template the document was read with (e.g. 'hunan'). */
  template: string;
  /** The document's title as printed. */
  title: Located<string> | null;
  /** Budget year. */
  year: number | null;
  /** Where the year was read (the first line that prints it), when known. */
  yearSource?: SourceRef;
  diagnostics: Diagnostic[];
}

export interface BudgetUnit {
  /** 6-digit unit code; null when the document names the unit without a code. */
  code: string | null;
  name: string;
}

/** What the documents read from a template's tables share: budgets and final accounts. */
interface TabledDocumentBase extends DocumentBase {
  department: Located<string> | null;
  /** Units from the tables (project and whole-unit target tables, 三公 table) and the narrative. */
  units: BudgetUnit[];
  narrative: Narrative;
  /** The table of contents as printed, in order; empty when the document prints none. */
  contents?: ContentsEntry[];
  /** The part headings of the body as printed (第一部分 部门预算公开说明, 第二部分 2024 年部门预算表). */
  parts?: Located<string>[];
  /** The standard tables present, by id. */
  tables: Partial<Record<TableId, StandardTable>>;
}

/** A department's budget (部门预算), in the layout of its template (Hunan's ten tables, Shanghai's nine). */
export interface DepartmentBudgetDocument extends TabledDocumentBase {
  kind: 'department-budget';
  /** Rows of 项目支出绩效目标表: each project once, however many pages it spans. */
  projectTargets: PerformanceTarget[];
  /** Per-unit subtotal rows of 项目支出绩效目标表. */
  projectTargetUnits: TargetUnitSubtotal[];
  /** Rows of 部门整体支出绩效目标表: each unit once. */
  unitTargets: UnitTarget[];
}

export interface KeyProjectsDocument extends DocumentBase {
  kind: 'key-projects';
  /** 金额单位, as printed. */
  unit: string | null;
  projects: PerformanceTarget[];
  /** The note under the list (注：备注栏系三级指标的赋分制。). */
  note: Located<string> | null;
}

export interface DeclarationFormsDocument extends DocumentBase {
  kind: 'declaration-forms';
  /** 填报单位 of the forms (the department). */
  department: Located<string> | null;
  projectForms: ProjectForm[];
  departmentForms: DepartmentForm[];
}

/** A budget unit's own budget (单位预算): the department budget's tables, for one unit. */
export interface UnitBudgetDocument extends Omit<DepartmentBudgetDocument, 'kind'> {
  kind: 'unit-budget';
}

/** A department's final accounts (部门决算): the year's actual income and expenditure, and their explanation. */
export interface FinalAccountsDocument extends TabledDocumentBase {
  kind: 'final-accounts';
}

/** The documents read from a template's tables. */
export type TabledDocument = DepartmentBudgetDocument | UnitBudgetDocument | FinalAccountsDocument;

export const isTabledDocument = (d: BudgetDocument): d is TabledDocument =>
  d.kind === 'department-budget' || d.kind === 'unit-budget' || d.kind === 'final-accounts';

export type BudgetDocument =
  | DepartmentBudgetDocument
  | UnitBudgetDocument
  | FinalAccountsDocument
  | KeyProjectsDocument
  | DeclarationFormsDocument;
