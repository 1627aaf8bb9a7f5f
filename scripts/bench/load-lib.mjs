// Shared by the load and API benchmarks: the demo files by index, fresh databases (a PostgreSQL
// database created and dropped, a PGlite folder), and loading them in one process or two workers.
// Imported by the benchmarks; run as a worker thread by them (the `role` in workerData).
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = fileURLToPath(import.meta.url);
const root = resolve(dirname(here), '../..');
const dist = (p) => import(resolve(root, 'dist', p));
const app = await dist('app/index.js');
const { demoDocument, demoRegion } = await dist('demo/index.js');
const { renderText } = await dist('publishers/text/index.js');

export const DEPARTMENTS = 40;
const ANONYMOUS = { kind: 'anonymous' };
const encoder = new TextEncoder();

/** The i-th file of a plan {regions, years}: region-major, then year, then department. */
export function fileAt(plan, i) {
  const d = i % DEPARTMENTS;
  const rest = Math.floor(i / DEPARTMENTS);
  const year = plan.years[rest % plan.years.length];
  const region = demoRegion(Math.floor(rest / plan.years.length));
  const doc = demoDocument(d, year, {}, region);
  return {
    fileName: `${region.code}-${year}-${doc.department?.value}.txt`,
    bytes: encoder.encode(renderText(doc)),
    region: region.code,
  };
}

// ── worker threads ────────────────────────────────────────────────────────────────────────────────
if (!isMainThread) {
  const { role, plan, location, worker, workers, total } = workerData;
  if (role === 'import') {
    // A worker with its own connections: import, review and store its share.
    const store = await app.openStore(location, { migrate: false });
    let n = 0;
    for (let i = worker; i < total; i += workers) {
      const f = fileAt(plan, i);
      await app.importIntoStore(store, { ...f, actor: ANONYMOUS });
      n++;
    }
    await store.close();
    parentPort.postMessage({ done: n });
  } else {
    // A preparer for PGlite: import, review and flatten; the database's owner stores. At most 4 in flight.
    let credit = 4;
    let wake = null;
    parentPort.on('message', () => {
      credit++;
      wake?.();
    });
    for (let i = worker; i < total; i += workers) {
      while (credit === 0) await new Promise((go) => (wake = go));
      credit--;
      const f = fileAt(plan, i);
      const r = await app.reviewBytes(f.fileName, f.bytes, {});
      if (!r.ok) throw new Error(`${f.fileName}: ${r.error.message}`);
      const prepared = app.prepareDocument({
        id: crypto.randomUUID(),
        fileName: f.fileName,
        bytes: f.bytes,
        sha256: app.sha256Hex(f.bytes),
        document: r.document,
        findings: r.findings,
        sourceLines: r.sourceLines,
        region: f.region,
        createRegion: false,
        createdBy: null,
      });
      parentPort.postMessage({ prepared });
    }
    parentPort.postMessage({ end: true });
    parentPort.unref(); // the acks' listener must not keep the thread alive
  }
}

// ── databases and loading ─────────────────────────────────────────────────────────────────────────
export async function freshPostgres() {
  const admin = process.env.DATABASE_URL_ADMIN ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { default: pg } = await import('pg');
  const name = `yusuan_bench_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  return {
    location: { kind: 'postgres', url, poolSize: 4 },
    label: 'PostgreSQL',
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export function freshPglite() {
  const dir = mkdtempSync(join(tmpdir(), 'yusuan-bench-'));
  return {
    location: { kind: 'pglite', dataDir: dir },
    label: 'PGlite',
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function prepareRegions(store, plan) {
  for (let r = 0; r < plan.regions; r++) {
    const region = demoRegion(r);
    await app.ensureRegion(store.db, { code: region.code, name: region.name });
  }
}

export async function oneProcess(store, plan, total) {
  for (let i = 0; i < total; i++) await app.importIntoStore(store, { ...fileAt(plan, i), actor: ANONYMOUS });
}

function runWorker(data, onMessage) {
  return new Promise((done, fail) => {
    const w = new Worker(here, { workerData: data });
    w.on('message', (m) => onMessage(m, w));
    w.on('error', fail);
    w.on('exit', (code) => (code === 0 ? done() : fail(new Error(`worker exited ${code}`))));
  });
}

export async function twoWorkers(db, store, plan, total) {
  const workers = 2;
  if (db.location.kind === 'postgres') {
    await Promise.all(
      [0, 1].map((worker) =>
        runWorker({ role: 'import', plan, location: db.location, worker, workers, total }, () => undefined),
      ),
    );
    return;
  }
  // PGlite: saves are serialised in this thread, in arrival order.
  let chain = Promise.resolve();
  await Promise.all(
    [0, 1].map((worker) =>
      runWorker({ role: 'prepare', plan, worker, workers, total }, (m, w) => {
        if (!m.prepared) return;
        chain = chain.then(async () => {
          await app.saveDocument(store.db, m.prepared);
          w.postMessage('more');
        });
      }),
    ),
  );
  await chain;
}

export async function count(store) {
  const r = await store.db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
