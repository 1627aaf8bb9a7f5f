// The databases the storage and API tests run against: PGlite in memory and the PostgreSQL server
// at 127.0.0.1:5432 (database `test`, or TEST_DATABASE_URL), each test file in a schema of its own,
// dropped at the end. YUSUAN_TEST_PG=0 leaves PostgreSQL out (a machine without it), but not in CI.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { IN_CI } from './tools.js';

export const TEST_PG_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Both databases; YUSUAN_TEST_PG=0 leaves PostgreSQL out, except in CI, where it must run. */
export const STORE_KINDS: ('pglite' | 'postgres')[] =
  process.env['YUSUAN_TEST_PG'] === '0' && !IN_CI ? ['pglite'] : ['pglite', 'postgres'];

/** The test database `test` exists on the server (created when missing). */
async function ensureTestDatabase(): Promise<void> {
  const url = new URL(TEST_PG_URL);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const r = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!r.rowCount) await client.query(`create database "${name}"`).catch(() => undefined);
  } finally {
    await client.end();
  }
  // pg_trgm once, in public, before test files create their schemas in parallel.
  const db = new pg.Client({ connectionString: TEST_PG_URL });
  await db.connect();
  try {
    await db.query('create extension if not exists pg_trgm with schema public').catch(() => undefined);
  } finally {
    await db.end();
  }
}

/** A fresh, migrated store of the kind; `drop()` closes it and removes its schema. */
export async function openTestStore(kind: 'pglite' | 'postgres'): Promise<Store & { drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const store = await openStore({ kind: 'pglite' });
    return { ...store, drop: () => store.close() };
  }
  await ensureTestDatabase();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ kind: 'postgres', url: TEST_PG_URL, schema, poolSize: 4 });
  return {
    ...store,
    async drop() {
      await store.close();
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      // the job queue's schema beside it (store/job-queue.ts), when a test used the queue
      await client.query(`drop schema if exists "${schema}_jobs" cascade`);
      await client.end();
    },
  };
}
