// The jobs repository: a job's row from enqueue to its outcome. A job is started at most once at a
// time (a worker claims it by moving it to `active`), finished once (completed with a result, or
// failed with an error {code, message, details}); a job whose worker died is claimed again when the
// queue hands it out again. Reads answer only the actor who asked, or an admin.
import type { Kysely, Selectable, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { ErrorInfo } from '../core/errors.js';
import { byteaText, byteaValue, bytesOf } from './bytes.js';
import type { JobKind, JobsTable, JobState } from './jobs-schema.js';
import './jobs-schema.js';
import type { Database } from './schema.js';
import type { Actor } from './visibility.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface NewJob {
  kind: JobKind;
  actor: Actor;
  params: Record<string, unknown>;
  /** The uploaded file of an import. */
  input?: Uint8Array;
}

export interface JobRecord {
  id: string;
  kind: JobKind;
  state: JobState;
  progress: number;
  createdBy: number | null;
  params: Record<string, unknown>;
  result: Record<string, unknown> | null;
  error: ErrorInfo | null;
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A job a worker has claimed: what it needs to do the work. */
export interface ClaimedJob {
  id: string;
  kind: JobKind;
  actor: Actor;
  params: Record<string, unknown>;
  input: Uint8Array | null;
  attempts: number;
}

export type JobOutcome =
  { ok: true; result: Record<string, unknown>; bytes?: Uint8Array } | { ok: false; error: ErrorInfo };

const parsed = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function insertJob(db: Db, id: string, job: NewJob): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      id,
      kind: job.kind,
      actor: JSON.stringify(job.actor),
      created_by: job.actor.kind === 'user' && job.actor.id !== 0 ? job.actor.id : null,
      params: JSON.stringify(job.params),
      input: job.input ? byteaValue(job.input) : null,
    })
    .execute();
}

type JobRow = Omit<Selectable<JobsTable>, 'input' | 'result_bytes' | 'actor' | 'heartbeat_at'>;

function record(r: JobRow): JobRecord {
  return {
    id: r.id,
    kind: r.kind,
    state: r.state,
    progress: r.progress,
    createdBy: r.created_by,
    params: parsed(r.params),
    result: r.result === null ? null : parsed(r.result),
    error: r.error === null ? null : parsed(r.error),
    attempts: r.attempts,
    createdAt: iso(r.created_at) ?? '',
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
  };
}

const RECORD_COLUMNS = [
  'id',
  'kind',
  'state',
  'progress',
  'created_by',
  'params',
  'result',
  'error',
  'attempts',
  'created_at',
  'started_at',
  'finished_at',
] as const;

/** Whether the actor may see a job: the one who asked, or an admin. */
const mayRead = (actor: Actor, createdBy: number | null) =>
  actor.kind === 'user' && (actor.role === 'admin' || (createdBy !== null && actor.id === createdBy));

/** A job as the actor may see it (null when there is none or it is someone else's). */
export async function getJob(db: Db, actor: Actor, id: string): Promise<JobRecord | null> {
  const r = await db.selectFrom('jobs').select(RECORD_COLUMNS).where('id', '=', id).executeTakeFirst();
  return r && mayRead(actor, r.created_by) ? record(r) : null;
}

/** The bytes a finished job produced (a rendered PDF), for the actor who may see the job. */
export async function getJobResultBytes(db: Db, actor: Actor, id: string): Promise<Uint8Array | null> {
  const r = await db
    .selectFrom('jobs')
    .select(['created_by', byteaText('result_bytes').as('bytes')])
    .where('id', '=', id)
    .where('state', '=', 'completed')
    .executeTakeFirst();
  return r && mayRead(actor, r.created_by) ? bytesOf(r.bytes) : null;
}

/** Claims a job for work: queued (or active after a dead worker) → active. Null when it is finished or gone. */
export async function startJob(db: Db, id: string): Promise<ClaimedJob | null> {
  const r = await db
    .updateTable('jobs')
    .set((eb) => ({
      state: 'active',
      progress: 0,
      attempts: eb('attempts', '+', 1),
      started_at: new Date(),
      heartbeat_at: sql<Date>`now()`,
    }))
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'active'])
    .returning(['id', 'kind', 'actor', 'params', byteaText('input').as('input'), 'attempts'])
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    kind: r.kind,
    actor: parsed(r.actor),
    params: parsed(r.params),
    input: bytesOf(r.input),
    attempts: r.attempts,
  };
}

/**
 * A worker's writes go through its claim (the job's `attempts` when it claimed it): a worker taken for
 * dead whose job was handed to another, should it wake up, changes nothing.
 */
export interface Claim {
  id: string;
  attempts: number;
}

export async function setJobProgress(db: Db, claim: Claim, progress: number): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ progress: Math.max(0, Math.min(100, Math.round(progress))) })
    .where('id', '=', claim.id)
    .where('state', '=', 'active')
    .where('attempts', '=', claim.attempts)
    .execute();
}

/**
 * Records a job's outcome; the uploaded input is dropped (it is stored, or refused, by now). With a
 * claim, only while that claim holds; without one (the supervisor failing a dead worker's job for
 * good), whatever the job's state short of finished. Returns whether it was recorded.
 */
export async function finishJob(db: Db, id: string, outcome: JobOutcome, claim?: Claim): Promise<boolean> {
  let q = db
    .updateTable('jobs')
    .set(
      outcome.ok
        ? {
            state: 'completed',
            progress: 100,
            result: JSON.stringify(outcome.result),
            result_bytes: outcome.bytes ? byteaValue(outcome.bytes) : null,
            error: null,
            input: null,
            finished_at: new Date(),
          }
        : {
            state: 'failed',
            result: null,
            error: JSON.stringify(outcome.error),
            input: null,
            finished_at: new Date(),
          },
    )
    .where('id', '=', id)
    .where('state', 'in', claim ? ['active'] : ['queued', 'active']);
  if (claim) q = q.where('attempts', '=', claim.attempts);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The working worker's sign of life (every few seconds while a job runs). */
export async function touchJob(db: Db, claim: Claim): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ heartbeat_at: sql<Date>`now()` })
    .where('id', '=', claim.id)
    .where('state', '=', 'active')
    .where('attempts', '=', claim.attempts)
    .execute();
}

/** A job whose worker has given no sign of life for a while. */
export interface StaleJob {
  id: string;
  kind: JobKind;
  attempts: number;
}

/**
 * Active jobs whose heartbeat is older than `seconds` by the database's clock (one clock for every
 * machine), moved back to `queued` in the same statement so that one supervisor only takes each.
 */
export async function takeStaleJobs(db: Db, seconds: number): Promise<StaleJob[]> {
  const rows = await db
    .updateTable('jobs')
    .set({ state: 'queued', progress: 0 })
    .where('state', '=', 'active')
    .where(sql<boolean>`coalesce(heartbeat_at, started_at) < now() - make_interval(secs => ${seconds})`)
    .returning(['id', 'kind', 'attempts'])
    .execute();
  return rows;
}

export interface JobRetention {
  /** Hours a finished job's bytes (a rendered PDF) are kept for download. */
  resultHours: number;
  /** Days a finished job's row is kept for its status. */
  keepDays: number;
}

/** The defaults: a rendered PDF stays a day, a finished job's record a month. */
export const JOB_RETENTION: JobRetention = { resultHours: 24, keepDays: 30 };

/**
 * Drops what finished jobs no longer need: the bytes of results older than `resultHours` (the result
 * then says so), and the rows older than `keepDays`. Returns how many of each.
 */
export async function pruneJobs(
  db: Db,
  retention: JobRetention = JOB_RETENTION,
): Promise<{ results: number; rows: number }> {
  const results = await db
    .updateTable('jobs')
    .set({ result_bytes: null })
    .where('result_bytes', 'is not', null)
    .where(sql<boolean>`finished_at < now() - make_interval(hours => ${retention.resultHours})`)
    .executeTakeFirst();
  const rows = await db
    .deleteFrom('jobs')
    .where('finished_at', 'is not', null)
    .where(sql<boolean>`finished_at < now() - make_interval(days => ${retention.keepDays})`)
    .executeTakeFirst();
  return { results: Number(results.numUpdatedRows), rows: Number(rows.numDeletedRows) };
}
