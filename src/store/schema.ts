// The relational schema as Kysely types: one interface per table of migrations/. Money is `numeric`
// (exact; read back as a decimal string by both drivers), amounts of a row are also kept per column
// key as decimal strings (`amounts`). Every value read from a document keeps its source line.
import type { ColumnType, Generated } from 'kysely';
import type { DocumentState, Role } from '../core/workflow/states.js';

/** numeric: written as a decimal string, read back as one (both drivers return numeric as text). */
export type Numeric = ColumnType<string, string, string>;
type Created = ColumnType<Date, Date | undefined, never>;

export const REGION_LEVELS = ['province', 'city', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

// The workflow's closed sets are the core's (core/workflow/states.ts): the store keeps them, it does
// not define them again.
export { DOCUMENT_STATES, isDocumentState, ROLES, isRole } from '../core/workflow/states.js';
export type { DocumentState, Role };

export interface RegionsTable {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
  created_at: Created;
}

export interface FiscalYearsTable {
  year: number;
}

export interface DepartmentsTable {
  id: Generated<number>;
  region_code: string;
  /** Three digits: the first three of its units' codes, when the documents give them. */
  code: string | null;
  name: string;
  created_at: Created;
}

export interface UnitsTable {
  id: Generated<number>;
  department_id: number;
  code: string | null;
  name: string;
}

export interface DocumentsTable {
  id: string;
  sha256: string;
  kind: string;
  template: string;
  year: number | null;
  region_code: string | null;
  department_id: number | null;
  department_code: string | null;
  department_name: string | null;
  unit_code: string | null;
  title: string | null;
  version: Generated<number>;
  state: Generated<DocumentState>;
  file_name: string;
  byte_size: number;
  original: Uint8Array;
  /** The codec JSON of the model, as written (documentToJson): read back to the identical model. */
  model: string;
  /** `yusuan inspect --summary` JSON of the document, as printed by the CLI. */
  summary: string;
  /** Cleaned text of each source line (index 0 is line 1). */
  source_lines: ColumnType<string[], string, string>;
  income_total: Numeric | null;
  expenditure_total: Numeric | null;
  basic_total: Numeric | null;
  project_total: Numeric | null;
  personnel_total: Numeric | null;
  public_funds_total: Numeric | null;
  three_public_total: Numeric | null;
  finding_count: number;
  error_count: number;
  created_by: number | null;
  created_at: Created;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface DocTablesTable {
  document_id: string;
  table_id: string;
  name: string;
  title: string;
  money_unit: string | null;
  shape: string;
  classification: string | null;
  empty: boolean;
  first_line: number | null;
}

export interface TableRowsTable {
  document_id: string;
  table_id: string;
  ordinal: number;
  /** Balance tables: 'income' or 'expenditure'; amount tables: null. */
  side: string | null;
  /** Amount rows: total/class/section/item/unit; balance entries: item/subitem/subtotal/total. */
  kind: string;
  /** Classification code (functional 2010301, economic 30101, unit 157001) or the balance item key. */
  code: string | null;
  name: string;
  /** The row's 'total' column (or its only column), exact. */
  amount: Numeric | null;
  /** Every column: key → decimal string (null where blank). */
  amounts: ColumnType<Record<string, string | null>, string, string>;
  line: number;
}

export interface ProjectsTable {
  document_id: string;
  ordinal: number;
  target_kind: string;
  name: string;
  department: string | null;
  unit_code: string | null;
  unit_name: string | null;
  amount: Numeric | null;
  amount_text: string | null;
  goal: string | null;
  indicator_count: number;
  weight_sum: Numeric | null;
  line: number;
}

export interface IndicatorsTable {
  document_id: string;
  project_ordinal: number;
  ordinal: number;
  level1: string | null;
  level2: string | null;
  name: string | null;
  value: string | null;
  unit: string | null;
  comparator: string | null;
  weight: Numeric | null;
  /** 评（扣）分标准 as printed. */
  scoring: string | null;
  content: string | null;
  placeholder: boolean;
  line: number;
}

export interface FactsTable {
  document_id: string;
  ordinal: number;
  key: string;
  value: Numeric;
  unit: string | null;
  text: string;
  qualifier: string | null;
  line: number;
}

export interface DiagnosticsTable {
  document_id: string;
  ordinal: number;
  code: string;
  severity: string;
  message: string;
  table_name: string | null;
  line: number;
}

export interface FindingsTable {
  document_id: string;
  ordinal: number;
  rule: string;
  category: string;
  severity: string;
  message: string;
  lines: ColumnType<number[], string, string>;
  table_name: string | null;
  unit: string | null;
  project: string | null;
  indicator: string | null;
  found: string | null;
  expected: string | null;
  difference: string | null;
  line: number | null;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: Role;
  region_code: string | null;
  department_code: string | null;
  unit_code: string | null;
  password_hash: string;
  created_at: Created;
  /** Set when an admin disables the account (migration 0006); null: active. */
  disabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface SessionsTable {
  /** sha256 of the cookie's token: a stolen table does not give sessions away. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Created;
  expires_at: Date;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: Created;
  last_used_at: Date | null;
}

export interface Database {
  regions: RegionsTable;
  fiscal_years: FiscalYearsTable;
  departments: DepartmentsTable;
  units: UnitsTable;
  documents: DocumentsTable;
  doc_tables: DocTablesTable;
  table_rows: TableRowsTable;
  projects: ProjectsTable;
  indicators: IndicatorsTable;
  facts: FactsTable;
  diagnostics: DiagnosticsTable;
  findings: FindingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
}
