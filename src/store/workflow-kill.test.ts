// A process killed with SIGKILL in the middle of workflow actions leaves each document as before or
// as after an action, never half: the document's state is the last audit entry's, the number of its
// actions matches, and the hash chain verifies — on PGlite (a data folder) and on PostgreSQL.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { documentHistory } from './audit.js';
import { importIntoStore, openStore, verifyAudit } from '../app/index.js';
import type { Store } from '../app/index.js';
import { CORPUS, corpusBytes } from '../test-support/corpus.js';
import { STORE_KINDS, TEST_PG_URL } from '../test-support/stores.js';

const ROOT = resolve(import.meta.dirname, '../..');
const ADMIN = {
  kind: 'user',
  id: 1,
  name: 'admin',
  role: 'admin',
  region: null,
  department: null,
  unit: null,
} as const;

async function churnAndKill(args: string[], afterMs: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/test-support/workflow-churn.ts'), ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((ok, fail) => {
    child.stdout.on('data', (b: Buffer) => {
      if (b.toString().includes('ready')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', () => ok());
    child.on('error', fail);
  });
}

async function consistent(store: Store, id: string): Promise<number> {
  const row = await store.db
    .selectFrom('documents')
    .select(['state', 'returned'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const history = await documentHistory(store.db, id);
  const last = history[history.length - 1];
  expect(last).toBeDefined();
  expect(row.state).toBe(last?.toState);
  expect(row.returned).toBe(last?.action === 'return');
  const opinions = await store.db
    .selectFrom('opinions')
    .select('opinion')
    .where('document_id', '=', id)
    .execute();
  expect(opinions.length).toBe(history.filter((e) => e.action === 'return').length);
  expect((await verifyAudit(store.db)).ok).toBe(true);
  return history.length;
}

describe.each(STORE_KINDS)('SIGKILL mid-action on %s', (kind) => {
  it('leaves the document before or after an action, never half', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yusuan-kill-'));
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const open = () =>
      kind === 'pglite'
        ? openStore({ kind: 'pglite', dataDir: join(dir, 'data') })
        : openStore({ kind: 'postgres', url: TEST_PG_URL, schema, poolSize: 2 });
    let store = await open();
    try {
      const r = await importIntoStore(store, {
        fileName: CORPUS.beijing,
        bytes: corpusBytes('beijing'),
        region: '430100',
        actor: ADMIN,
      });
      await store.close();
      const args =
        kind === 'pglite' ? ['pglite', join(dir, 'data'), '', r.id] : ['postgres', TEST_PG_URL, schema, r.id];
      let entries = 0;
      for (const ms of [5, 37, 111]) {
        await churnAndKill(args, ms);
        store = await open();
        const n = await consistent(store, r.id);
        expect(n).toBeGreaterThanOrEqual(entries);
        entries = n;
        await store.close();
      }
      expect(entries).toBeGreaterThan(2);
      store = await open();
    } finally {
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      if (kind === 'postgres') {
        const c = new pg.Client({ connectionString: TEST_PG_URL });
        await c.connect();
        await c.query(`drop schema if exists "${schema}" cascade`);
        await c.end();
      }
    }
  });
});
