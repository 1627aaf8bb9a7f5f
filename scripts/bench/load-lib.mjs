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
/** The files of one worker's share (every `workers`-th from `worker`), generated before any clock. */
function share(plan, worker, workers, total) {
  const files = [];
  for (let i = worker; i < total; i += workers) files.push(fileAt(plan, i));
  return files;
}

/** Resolves at the main thread's 'go' (after every worker has generated its share). */
const go = () => new Promise((start) => parentPort.once('message', start));

if (!isMainThread) {
  const { role, plan, location, worker, workers, total } = workerData;
  const files = share(plan, worker, workers, total);
  if (role === 'import') {
    // A worker with its own connections: import, review and store its share.
    const store = await app.openStore(location, { migrate: false });
    parentPort.postMessage({ ready: true });
    await go();
    for (const f of files) await app.importIntoStore(store, { ...f, actor: ANONYMOUS });
    await store.close();
    parentPort.postMessage({ done: files.length });
  } else {
    // A preparer for PGlite: import, review and flatten; the database's owner stores. At most 4 in flight.
    parentPort.postMessage({ ready: true });
    await go();
    let credit = 4;
    let wake = null;
    parentPort.on('message', () => {
      credit++;
      wake?.();
    });
    for (const f of files) {
      while (credit === 0) await new Promise((resume) => (wake = resume));
      credit--;
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

/**
 * Loads `total` files in this process; the files are generated first. Returns the seconds of the
 * loading alone (import + review + store) and of the generating.
 */
export async function oneProcess(_db, store, plan, total) {
  let t = performance.now();
  const files = share(plan, 0, 1, total);
  const generated = (performance.now() - t) / 1000;
  t = performance.now();
  for (const f of files) await app.importIntoStore(store, { ...f, actor: ANONYMOUS });
  return { seconds: (performance.now() - t) / 1000, generated };
}

/** Runs a worker thread; `onMessage` sees its messages; resolves when it exits. */
function runWorker(data, onMessage) {
  let worker;
  const exited = new Promise((done, fail) => {
    worker = new Worker(here, { workerData: data });
    worker.on('message', (m) => onMessage(m, worker));
    worker.on('error', fail);
    worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`worker exited ${code}`))));
  });
  return { worker, exited };
}

/**
 * Loads `total` files with two worker threads. Each generates its share first; the clock starts when
 * both are ready (their modules loaded, connections open, files generated). Returns the seconds of
 * the loading alone and of the preparation (generating, starting).
 */
export async function twoWorkers(db, store, plan, total) {
  const workers = 2;
  const t0 = performance.now();
  let ready = 0;
  let allReady;
  const readyAll = new Promise((r) => (allReady = r));
  let started = 0;
  const onReady = (m) => {
    if (m.ready && ++ready === workers) allReady();
  };
  let runs;
  let chain = Promise.resolve();
  if (db.location.kind === 'postgres') {
    runs = [0, 1].map((worker) =>
      runWorker({ role: 'import', plan, location: db.location, worker, workers, total }, onReady),
    );
  } else {
    // PGlite: saves are serialised in this thread, in arrival order.
    runs = [0, 1].map((worker) =>
      runWorker({ role: 'prepare', plan, worker, workers, total }, (m, w) => {
        onReady(m);
        if (!m.prepared) return;
        chain = chain.then(async () => {
          await app.saveDocument(store.db, m.prepared);
          w.postMessage('more');
        });
      }),
    );
  }
  await Promise.race([readyAll, ...runs.map((r) => r.exited)]);
  started = performance.now();
  for (const r of runs) r.worker.postMessage('go');
  await Promise.all(runs.map((r) => r.exited));
  await chain;
  return { seconds: (performance.now() - started) / 1000, generated: (started - t0) / 1000 };
}

export async function count(store) {
  const r = await store.db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
