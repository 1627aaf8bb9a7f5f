// Failed logins, counted in the database so that every API process shares one rate limit. The key
// (client address and user name) is kept only as its sha256; entries older than the window are removed
// as new ones arrive, and a successful login clears its key.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import './jobs-schema.js';
import type { Database } from './schema.js';

const hashed = (key: string) => createHash('sha256').update(key).digest('hex');

/** Failures of `key` within the window ending at `now`. */
export async function recentLoginFailures(
  db: Kysely<Database>,
  key: string,
  now: Date,
  windowMs: number,
): Promise<number> {
  const r = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('key', '=', hashed(key))
    .where('at', '>', new Date(now.getTime() - windowMs))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function recordLoginFailure(
  db: Kysely<Database>,
  key: string,
  now: Date,
  windowMs: number,
): Promise<void> {
  const k = hashed(key);
  await db.transaction().execute(async (tx) => {
    await tx
      .deleteFrom('login_failures')
      .where('key', '=', k)
      .where('at', '<=', new Date(now.getTime() - windowMs))
      .execute();
    await tx.insertInto('login_failures').values({ key: k, at: now }).execute();
  });
}

export async function clearLoginFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', hashed(key)).execute();
}
