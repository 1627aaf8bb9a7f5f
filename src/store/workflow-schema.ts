// The workflow's tables as Kysely types (migrations/0002-workflow.ts), added to the store's
// `Database` by module augmentation so that schema.ts stays the server's and this file the workflow's.
import type { ColumnType, Generated } from 'kysely';

type Created = ColumnType<Date, Date | undefined, never>;

export interface DocumentVersionsTable {
  document_id: string;
  version: number;
  model: string;
  created_by: string | null;
  created_at: Created;
}

export interface OpinionsTable {
  id: Generated<number>;
  document_id: string;
  version: number;
  action: string;
  actor: string;
  opinion: string;
  at: Created;
}

export interface ExplanationsTable {
  document_id: string;
  finding_key: string;
  text: string;
  actor: string;
  at: ColumnType<Date, Date | undefined, Date>;
}

export interface ReviewCommentsTable {
  id: Generated<number>;
  document_id: string;
  version: number;
  target: ColumnType<Record<string, unknown>, string, string>;
  text: string;
  actor: string;
  at: Created;
}

export interface RegionSettingsTable {
  region_code: string;
  department_review: boolean;
  deadlines: ColumnType<Record<string, string>, string, string>;
  /** The self-evaluation's and monitoring's settings (migration 0008); null: the defaults. */
  evaluation: ColumnType<unknown, string | null | undefined, string | null>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface AuditLogTable {
  /** bigint: read as a string by pg, as a number by PGlite: always through Number(). */
  seq: ColumnType<string | number, number, never>;
  document_id: string | null;
  action: string;
  actor: string | null;
  at: string;
  from_state: string | null;
  to_state: string | null;
  version: number | null;
  /** The change as canonical JSON text (hashed as such). */
  change: string;
  opinion: string | null;
  address: string | null;
  prev_hash: string;
  hash: string;
}

declare module './schema.js' {
  interface DocumentsTable {
    returned: Generated<boolean>;
    adjustment: Generated<boolean>;
    approved_version: number | null;
    published_version: number | null;
  }
  interface Database {
    document_versions: DocumentVersionsTable;
    opinions: OpinionsTable;
    explanations: ExplanationsTable;
    review_comments: ReviewCommentsTable;
    region_settings: RegionSettingsTable;
    audit_log: AuditLogTable;
  }
}
