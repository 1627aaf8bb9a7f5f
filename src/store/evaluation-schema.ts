// The self-evaluation's and monitoring's tables as Kysely types (migrations/0005-evaluation.ts), added
// to the store's `Database` by module augmentation, as workflow-schema.ts does for the workflow.
import type { ColumnType } from 'kysely';
import type { DocumentState, Numeric } from './schema.js';

type Updated = ColumnType<Date, Date | undefined, Date>;
type NumericOrNull = ColumnType<string | null, string | null, string | null>;

export interface EvaluationsTable {
  document_id: string;
  state: ColumnType<DocumentState, DocumentState | undefined, DocumentState>;
  version: ColumnType<number, number | undefined, number>;
  returned: ColumnType<boolean, boolean | undefined, boolean>;
  approved_version: number | null;
  published_version: number | null;
  /** The document version whose targets are evaluated (its approved version). */
  model_version: number;
  /** The region's settings as of the submission (migration 0008); null while a draft. */
  settings: ColumnType<unknown, string | null | undefined, string | null>;
  updated_at: Updated;
}

export interface EvaluationTargetsTable {
  document_id: string;
  target_id: string;
  ordinal: number;
  kind: string;
  unit: string | null;
  name: string;
  budget: NumericOrNull;
  executed: NumericOrNull;
  execution_explanation: string | null;
  rate: NumericOrNull;
  execution_score: NumericOrNull;
  score: Numeric;
  final_score: Numeric;
  grade: string | null;
  final_grade: string | null;
  complete: boolean;
}

export interface EvaluationIndicatorsTable {
  document_id: string;
  target_id: string;
  indicator_id: string;
  ordinal: number;
  name: string;
  actual: string | null;
  explanation: string | null;
  weight: Numeric;
  score: NumericOrNull;
  adjusted_score: NumericOrNull;
  adjustment_reason: string | null;
  adjusted_by: string | null;
  adjusted_at: ColumnType<Date | null, Date | null, Date | null>;
}

export interface MonitoringRecordsTable {
  document_id: string;
  target_id: string;
  month: number;
  /** The MonitoringRecord as JSON (figures as decimal strings). */
  record: string;
  overall: string;
  actor: string;
  at: Updated;
}

declare module './schema.js' {
  interface Database {
    evaluations: EvaluationsTable;
    evaluation_targets: EvaluationTargetsTable;
    evaluation_indicators: EvaluationIndicatorsTable;
    monitoring_records: MonitoringRecordsTable;
  }
}
