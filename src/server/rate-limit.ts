// Login rate limit: at most MAX failed attempts per client address and user name in WINDOW; further
// attempts are refused (429) until the window has passed. The failures are counted in the store, so
// the limit holds across every API process of one database.
import type { Store } from '../app/index.js';
import { clearLoginFailures, recentLoginFailures, recordLoginFailure } from '../app/index.js';

export class LoginLimiter {
  constructor(
    private readonly store: Store,
    private readonly max = 10,
    private readonly windowMs = 15 * 60_000,
  ) {}

  async blocked(key: string, now: Date): Promise<boolean> {
    return (await recentLoginFailures(this.store.db, key, now, this.windowMs)) >= this.max;
  }

  fail(key: string, now: Date): Promise<void> {
    return recordLoginFailure(this.store.db, key, now, this.windowMs);
  }

  succeed(key: string): Promise<void> {
    return clearLoginFailures(this.store.db, key);
  }
}
