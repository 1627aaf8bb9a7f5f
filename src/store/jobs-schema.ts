// The job and login-limit tables as Kysely types (migrations/0004-jobs.ts), added to the store's
// `Database` by module augmentation, like workflow-schema.ts.
import type { ColumnType } from 'kysely';

type Created = ColumnType<Date, Date | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export const JOB_KINDS = ['import', 'render-pdf'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const isJobKind = (x: unknown): x is JobKind =>
  typeof x === 'string' && (JOB_KINDS as readonly string[]).includes(x);

export const JOB_STATES = ['queued', 'active', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobsTable {
  id: string;
  kind: JobKind;
  state: ColumnType<JobState, JobState | undefined, JobState>;
  progress: ColumnType<number, number | undefined, number>;
  /** The actor who asked, as JSON: the job runs with that actor's rights. */
  actor: Json<unknown>;
  created_by: number | null;
  params: Json<unknown>;
  input: Uint8Array | null;
  result: Json<unknown> | null;
  result_bytes: Uint8Array | null;
  error: Json<unknown> | null;
  attempts: ColumnType<number, number | undefined, number>;
  created_at: Created;
  started_at: Date | null;
  finished_at: Date | null;
  /** Touched by the working worker (migrations/0009-job-heartbeat.ts). */
  heartbeat_at: Date | null;
}

export interface LoginFailuresTable {
  key: string;
  at: Date;
}

declare module './schema.js' {
  interface Database {
    jobs: JobsTable;
    login_failures: LoginFailuresTable;
  }
}
