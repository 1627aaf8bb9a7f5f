// A `yusuan load` process killed with SIGKILL in the middle of a bulk load leaves no document half
// stored, on PGlite (a data folder) and on PostgreSQL (a fresh database): every stored document has all
// its tables' rows, projects, indicators, facts and findings, and nothing of the one being stored when
// the process died is there. On PostgreSQL the kill comes while the process is inside a transaction
// (seen in pg_stat_activity); on PGlite at several moments. A second load then completes the set.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, prepareDocument, reviewBytes, sha256Hex } from '../app/index.js';
import type { Store, StoreLocation } from '../app/index.js';
import { demoDocument } from '../demo/index.js';
import { renderText } from '../publishers/text/index.js';
import { BIN, buildOnce } from '../test-support/build.js';
import { STORE_KINDS, TEST_PG_URL } from '../test-support/stores.js';

const FILES = 24;
const PARTS = [
  'doc_tables',
  'table_rows',
  'projects',
  'indicators',
  'facts',
  'diagnostics',
  'findings',
] as const;
type Counts = Record<(typeof PARTS)[number], number>;

const dir = mkdtempSync(join(tmpdir(), 'yusuan-load-kill-'));
const files = join(dir, 'files');
/** What each file stores, by its sha256: the number of rows of each part. */
const expected = new Map<string, Counts>();

beforeAll(async () => {
  buildOnce();
  mkdirSync(files);
  for (let i = 0; i < FILES; i++) {
    const doc = demoDocument(i % 40, 2023 + Math.floor(i / 40));
    const bytes = new TextEncoder().encode(renderText(doc));
    const name = `${String(i).padStart(2, '0')}.txt`;
    writeFileSync(join(files, name), bytes);
    const r = await reviewBytes(name, bytes);
    if (!r.ok) throw new Error(r.error.message);
    const rows = prepareDocument({
      id: 'x',
      fileName: name,
      bytes,
      sha256: '',
      document: r.document,
      findings: r.findings,
      sourceLines: r.sourceLines,
      region: '430100',
      createRegion: true,
      createdBy: null,
    }).rows;
    expected.set(sha256Hex(bytes), {
      doc_tables: rows.tables.length,
      table_rows: rows.rows.length,
      projects: rows.projects.length,
      indicators: rows.indicators.length,
      facts: rows.facts.length,
      diagnostics: rows.diagnostics.length,
      findings: rows.findings.length,
    });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every stored document is whole; returns how many there are. */
async function wholeDocuments(store: Store): Promise<number> {
  const docs = await store.db.selectFrom('documents').select(['id', 'sha256', 'department_id']).execute();
  for (const d of docs) {
    const want = expected.get(d.sha256);
    expect(want, `an unknown document ${d.id}`).toBeDefined();
    expect(d.department_id).not.toBeNull();
    const got: Record<string, number> = {};
    for (const part of PARTS) {
      const r = await store.db
        .selectFrom(part)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('document_id', '=', d.id)
        .executeTakeFirstOrThrow();
      got[part] = Number(r.n);
    }
    expect(got).toEqual(want);
  }
  // nothing outside a document: departments only of stored documents' (the region is each load's first write)
  const depts = await store.db.selectFrom('departments').select('id').execute();
  expect(depts.length).toBe(new Set(docs.map((d) => d.department_id)).size);
  return docs.length;
}

/**
 * Runs `yusuan load`, killing it once `when` says so — asked from the first newly stored file on, with
 * the milliseconds since it — or letting it finish; returns its stdout.
 */
function load(
  env: NodeJS.ProcessEnv,
  args: string[],
  when?: (ms: number) => Promise<boolean>,
): Promise<string> {
  const child = spawn(process.execPath, [BIN, 'load', files, '--region', '430100', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  let firstStored = 0;
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
    if (when && !firstStored && out.includes('已导入')) {
      firstStored = Date.now();
      void (async () => {
        while (child.exitCode === null && !(await when(Date.now() - firstStored)))
          await new Promise((ok) => setTimeout(ok, 1));
        child.kill('SIGKILL');
      })();
    }
  });
  return new Promise((ok, fail) => {
    child.on('exit', () => ok(out));
    child.on('error', fail);
  });
}

describe.each(STORE_KINDS)('SIGKILL mid-load on %s', (kind) => {
  it('stores whole documents only, and a second load completes the set', { timeout: 300_000 }, async () => {
    const name = `yusuan_kill_${randomBytes(5).toString('hex')}`;
    const url = new URL(TEST_PG_URL);
    url.pathname = `/${name}`;
    const data = join(dir, `data-${kind}`);
    const location: StoreLocation =
      kind === 'pglite'
        ? { kind: 'pglite', dataDir: data }
        : { kind: 'postgres', url: url.toString(), poolSize: 1 };
    const env = kind === 'pglite' ? { DATABASE_URL: '' } : { DATABASE_URL: url.toString() };
    const args = kind === 'pglite' ? ['--data', data] : [];
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    try {
      if (kind === 'postgres') await admin.query(`create database "${name}"`);
      // PostgreSQL: kill while the loader is inside a transaction; PGlite: 0, 23 and 61 ms after a
      // file was stored (mostly inside the next one's transaction).
      const inTransaction = async () =>
        Number(
          (
            await admin.query<{ n: string }>(
              `select count(*) as n from pg_stat_activity
               where datname = $1 and xact_start is not null and query ilike 'insert%'`,
              [name],
            )
          ).rows[0]?.n ?? 0,
        ) > 0;
      let before = 0;
      for (const ms of [0, 23, 61]) {
        await load(env, args, (since) =>
          kind === 'postgres' ? inTransaction() : Promise.resolve(since >= ms),
        );
        const store = await openStore(location);
        try {
          const n = await wholeDocuments(store);
          expect(n).toBeGreaterThanOrEqual(before);
          expect(n).toBeLessThan(FILES);
          before = n;
        } finally {
          await store.close();
        }
      }
      expect(before).toBeGreaterThan(0);
      const out = await load(env, args);
      expect(out.split('\n').filter((l) => l.startsWith('已导入')).length).toBe(FILES - before);
      const store = await openStore(location);
      try {
        expect(await wholeDocuments(store)).toBe(FILES);
      } finally {
        await store.close();
      }
    } finally {
      if (kind === 'postgres') await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });
});
