// The job queue over the store: pg-boss carries the jobs (fetching with SKIP LOCKED, so any number
// of workers in any number of processes share them; a job whose worker died is handed out again when
// its heartbeat stops), its SQL running on the store's own connections — a PostgreSQL pool, or PGlite's one
// connection in turn, so the embedded database runs the very same queue in-process and keeps its jobs
// in its data folder across restarts. The `jobs` table (jobs.ts) holds what the API reports; a job
// row and its pg-boss job are written in one transaction, so neither exists without the other.
import { randomUUID } from 'node:crypto';
import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import { toErrorInfo } from '../core/errors.js';
import type { Store } from './connect.js';
import type { ClaimedJob, JobOutcome, JobRecord, NewJob } from './jobs.js';
import {
  finishJob,
  getJob,
  insertJob,
  JOB_RETENTION,
  pruneJobs,
  setJobProgress,
  startJob,
  takeStaleJobs,
  touchJob,
} from './jobs.js';
import type { JobKind } from './jobs-schema.js';
import { JOB_KINDS } from './jobs-schema.js';
import type { Actor } from './visibility.js';

/** Does one claimed job; `progress` records 0–100. Throwing fails the job with the error's code. */
export type JobHandler = (
  job: ClaimedJob,
  progress: (percent: number) => Promise<void>,
) => Promise<JobOutcome>;

export interface WorkOptions {
  /** Jobs done at the same time in this process, per kind (default 1). */
  concurrency?: number;
  /** The kinds this process works on (default all). */
  kinds?: readonly JobKind[];
  /** How often an idle worker asks for a job, in seconds (default 1; at least 0.5). */
  pollSeconds?: number;
  /** Seconds without a heartbeat after which a job's worker is taken for dead (default 60). */
  staleSeconds?: number;
  /** How often this process looks for dead workers' jobs and prunes old ones, in seconds (default 30). */
  superviseSeconds?: number;
  /** How often a working worker touches its job, in seconds (default 10; less than `staleSeconds`). */
  heartbeatSeconds?: number;
}

export interface QueueOptions {
  /** Where the queue's own failures go (default stderr). */
  onError?: (e: Error) => void;
}

/**
 * A job's worker gets this long before pg-boss itself hands the job to another; the heartbeat below
 * sees a dead worker much sooner, so this only bounds a worker that is alive but stuck.
 */
const EXPIRE_SECONDS = 15 * 60;
/** Tries of a job (the first and its retries) before it fails for good. */
const RETRY_LIMIT = 3;
/** A working worker touches its job this often… */
const HEARTBEAT_SECONDS = 10;
/** …and a job not touched for this long has lost its worker (a killed process, a lost machine). */
const STALE_SECONDS = 60;
/** How often each working process looks for such jobs and prunes finished ones. */
const SUPERVISE_SECONDS = 30;

/** pg-boss's schema: beside the store's (tests put each store in a schema of its own). */
export const queueSchema = (store: Store) => (store.schema ? `${store.schema}_jobs` : 'pgboss');

export class StoreJobQueue {
  private readonly boss: PgBoss;
  private started: Promise<void> | null = null;
  private readonly workers: { kind: JobKind; id: string }[] = [];
  private readonly running = new Set<Promise<unknown>>();
  private stopping = false;
  private supervisor: NodeJS.Timeout | null = null;
  private readonly onError: (e: Error) => void;
  private heartbeatSeconds = HEARTBEAT_SECONDS;

  constructor(
    private readonly store: Store,
    options: QueueOptions = {},
  ) {
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => store.raw(text, values) },
      schema: queueSchema(store),
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: 60,
    });
    this.onError =
      options.onError ?? ((e: Error) => process.stderr.write(`yusuan 任务队列出错：${e.message}\n`));
    this.boss.on('error', this.onError);
  }

  /** Starts pg-boss once (creating or migrating its schema) and its queues. */
  private ready(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      for (const name of JOB_KINDS)
        if (!(await this.boss.getQueue(name)))
          await this.boss.createQueue(name, {
            name,
            retryLimit: RETRY_LIMIT - 1,
            retryDelay: 5,
            expireInSeconds: EXPIRE_SECONDS,
          });
    })();
    return this.started;
  }

  /** Queues a job; returns its id. The row and the queue's entry are one transaction. */
  async enqueue(job: NewJob): Promise<string> {
    await this.ready();
    const id = randomUUID();
    await this.store.db.transaction().execute(async (tx) => {
      await insertJob(tx, id, job);
      const db = {
        executeSql: (text: string, values: unknown[]) =>
          tx.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, values)),
      };
      await this.boss.send(job.kind, { id }, { id, db });
    });
    // A worker of this process takes it now rather than at its next poll.
    for (const w of this.workers) if (w.kind === job.kind) this.boss.notifyWorker(w.id);
    return id;
  }

  /** A job as the actor may see it. */
  status(actor: Actor, id: string): Promise<JobRecord | null> {
    return getJob(this.store.db, actor, id);
  }

  /** Starts workers in this process; they run until stop(). */
  async work(handler: JobHandler, options: WorkOptions = {}): Promise<void> {
    await this.ready();
    const concurrency = Math.max(1, options.concurrency ?? 1);
    this.heartbeatSeconds = options.heartbeatSeconds ?? HEARTBEAT_SECONDS;
    for (const kind of options.kinds ?? JOB_KINDS)
      for (let i = 0; i < concurrency; i++) {
        const id = await this.boss.work<{ id: string }>(
          kind,
          { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, options.pollSeconds ?? 1) },
          async ([job]) => {
            if (job) await this.track(this.runOne(job.data.id, handler));
          },
        );
        this.workers.push({ kind, id });
      }
    this.supervise(options);
  }

  /**
   * Every `superviseSeconds`: jobs whose worker died go back to the queue (or fail for good after
   * their last try), and finished jobs' old results and rows are pruned (jobs.ts JOB_RETENTION).
   * Any number of processes may do this at once: each stale job is taken by one of them.
   */
  private supervise(options: WorkOptions): void {
    if (this.supervisor) return;
    const stale = options.staleSeconds ?? STALE_SECONDS;
    const every = (options.superviseSeconds ?? SUPERVISE_SECONDS) * 1000;
    let busy = false;
    this.supervisor = setInterval(() => {
      if (busy || this.stopping) return;
      busy = true;
      void this.recover(stale)
        .then(() => pruneJobs(this.store.db, JOB_RETENTION))
        .catch((e: unknown) => this.onError(e instanceof Error ? e : new Error(String(e))))
        .finally(() => (busy = false));
    }, every);
    this.supervisor.unref();
  }

  /** Hands the jobs of dead workers out again; returns how many. */
  async recover(staleSeconds = STALE_SECONDS): Promise<number> {
    await this.ready();
    const jobs = await takeStaleJobs(this.store.db, staleSeconds);
    for (const job of jobs) {
      if (job.attempts >= RETRY_LIMIT) {
        await finishJob(this.store.db, job.id, {
          ok: false,
          error: {
            code: 'unavailable',
            message: `处理任务的进程 ${RETRY_LIMIT} 次中断（进程被终止或机器失联），任务未完成，请重新提交`,
          },
        });
        await this.boss.deleteJob(job.kind, job.id).catch(() => undefined);
      } else {
        // pg-boss retries a failed job after retryDelay; our row is `queued` again already.
        await this.boss.fail(job.kind, job.id, { reason: 'worker-lost' });
      }
    }
    return jobs.length;
  }

  private async track<T>(p: Promise<T>): Promise<T> {
    this.running.add(p);
    try {
      return await p;
    } finally {
      this.running.delete(p);
    }
  }

  private async runOne(id: string, handler: JobHandler): Promise<void> {
    const db = this.store.db;
    const claimed = await startJob(db, id);
    if (!claimed) return; // finished already (a retry after the outcome was written), or gone
    const beat = setInterval(() => {
      touchJob(db, claimed).catch((e: unknown) =>
        this.onError(e instanceof Error ? e : new Error(String(e))),
      );
    }, this.heartbeatSeconds * 1000);
    beat.unref();
    let outcome: JobOutcome;
    try {
      outcome = await handler(claimed, (p) => setJobProgress(db, claimed, p));
    } catch (e) {
      outcome = { ok: false, error: toErrorInfo(e) };
    } finally {
      clearInterval(beat);
    }
    await finishJob(db, id, outcome, claimed);
  }

  /**
   * Stops taking jobs, lets the running ones finish (up to `timeoutMs`), then stops the queue.
   * The store stays open (its owner closes it).
   */
  async stop(timeoutMs = 30_000): Promise<void> {
    if (this.stopping || !this.started) return;
    this.stopping = true;
    if (this.supervisor) clearInterval(this.supervisor);
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
    await Promise.allSettled([...this.running]);
  }
}

export function openJobQueue(store: Store, options: QueueOptions = {}): StoreJobQueue {
  return new StoreJobQueue(store, options);
}
