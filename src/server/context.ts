// What the routes share: the store, the job queue, limits and the clock.
import type { JobQueue, Store } from '../app/index.js';

export interface ServerContext {
  store: Store;
  /** Where imports and renders are queued (workers run them). */
  jobs: JobQueue;
  /** Largest upload in bytes. */
  maxUploadBytes: number;
  now: () => Date;
}
