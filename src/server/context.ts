// What the routes share: the store, limits and the clock.
import type { Store } from '../app/index.js';

export interface ServerContext {
  store: Store;
  /** Largest upload in bytes. */
  maxUploadBytes: number;
  now: () => Date;
}
