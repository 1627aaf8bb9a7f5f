// What the routes share: the store, the job queue, limits and the clock; and a request's context for
// the use cases (who acts, from where, when).
import type { Context, JobQueue, Store } from '../app/index.js';

export interface ServerContext {
  store: Store;
  /** Where imports and renders are queued (workers run them). */
  jobs: JobQueue;
  /** Largest upload in bytes. */
  maxUploadBytes: number;
  now: () => Date;
}

/** The use cases' context of a request: its actor, the client's address (for the audit trail), the time. */
export function requestContext(request: { actor: Context['actor']; ip: string }, now: () => Date): Context {
  return { actor: request.actor, address: request.ip, now: now().toISOString() };
}
