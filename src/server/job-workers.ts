// The workers of a process (`yusuan serve --workers N`, `yusuan worker`): the job handler composed with
// this server's permission table (an import job stores only within the asking actor's scope, as the
// synchronous upload does) and one PDF printer for the process — one browser, reused for every render.
import type { ClaimedJob, JobOutcome, JobQueue, PdfPrinter, Store } from '../app/index.js';
import { jobHandler, toErrorInfo } from '../app/index.js';
import { authorizeScope } from './permissions.js';

export interface WorkerOptions {
  concurrency: number;
  printer: PdfPrinter;
  maxBytes?: number;
  pollSeconds?: number;
  /** Told of every job done (for a worker's log). */
  onFinished?: (job: ClaimedJob, outcome: JobOutcome, ms: number) => void;
}

export async function startWorkers(store: Store, jobs: JobQueue, options: WorkerOptions): Promise<void> {
  const handler = jobHandler({
    store,
    printer: options.printer,
    authorize: (actor, scope) => authorizeScope(actor, 'document.create', scope),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  const report = options.onFinished;
  const reported: typeof handler = report
    ? async (job, progress) => {
        const t = performance.now();
        const outcome = await handler(job, progress).catch((e: unknown): JobOutcome => ({
          ok: false,
          error: toErrorInfo(e),
        }));
        report(job, outcome, performance.now() - t);
        return outcome;
      }
    : handler;
  await jobs.work(reported, {
    concurrency: options.concurrency,
    ...(options.pollSeconds === undefined ? {} : { pollSeconds: options.pollSeconds }),
  });
}
