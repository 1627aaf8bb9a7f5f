// Benchmark (not a test): read latency of the HTTP API. For each database (PostgreSQL: a fresh
// database on 127.0.0.1:5432, dropped afterwards; PGlite: a fresh folder) it loads 1,000 demo
// departments × 2023–2025 (25 regions × 40; 3,000 department budgets) with two workers, publishes them
// (anonymous readers see published documents), starts `yusuan serve` on loopback and drives it from a
// second process with autocannon at 200 requests/s: p50/p99 for a full department budget
// (GET /api/documents/{id}, 100 documents in turn) and for an aggregation over every department and
// year (GET /api/aggregate, expenditure by year and functional class). Prints the figures.
//
//   npm run bench:api [-- --db pg|pglite|both] [-- --departments 1000] [-- --seconds 20] [-- --rate 200]
import { spawn, execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import {
  DEPARTMENTS,
  freshPglite,
  freshPostgres,
  prepareRegions,
  twoWorkers,
  count,
} from './bench/load-lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const app = await import(resolve(root, 'dist/app/index.js'));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const dbs = (arg('--db', 'both') === 'both' ? 'pg,pglite' : arg('--db')).split(',');
const departments = Number(arg('--departments', '1000'));
const seconds = Number(arg('--seconds', '20'));
const rate = Number(arg('--rate', '200'));
const years = [2023, 2024, 2025];
const plan = { regions: Math.ceil(departments / DEPARTMENTS), years };
const total = plan.regions * DEPARTMENTS * years.length;

/** The aggregation of the benchmark: every stored department budget's expenditure by year and 类. */
const AGGREGATE = '/api/aggregate?measure=amount&drilldown=year,functional.class';

function freePort() {
  return new Promise((done, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

async function waitHealthy(base, server) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`yusuan serve exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('yusuan serve did not become healthy in 120 s');
}

async function drive(base, paths) {
  const config = { url: base, paths, rate, seconds, connections: 10 };
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(root, 'scripts/bench/autocannon-run.mjs'), JSON.stringify(config)],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout);
}

async function bench(dbKind) {
  const db = dbKind === 'pg' ? await freshPostgres() : freshPglite();
  let server = null;
  try {
    const store = await app.openStore(db.location);
    let ids;
    try {
      await prepareRegions(store, plan);
      const { seconds } = await twoWorkers(db, store, plan, total);
      const loaded = await count(store);
      console.log(`${db.label}: loaded ${loaded} documents in ${seconds.toFixed(1)} s`);
      await store.db.updateTable('documents').set({ state: 'published' }).execute();
      // as `yusuan load` does after a bulk load: the planner's statistics of what was loaded
      await app.refreshStatistics(store.db);
      ids = (await store.db.selectFrom('documents').select('id').orderBy('id').limit(100).execute()).map(
        (r) => r.id,
      );
    } finally {
      await store.close();
    }
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const location = db.location;
    const env = { ...process.env, PORT: String(port) };
    const args = [join(root, 'bin/yusuan.js'), 'serve', '--port', String(port)];
    if (location.kind === 'postgres') env.DATABASE_URL = location.url;
    else {
      delete env.DATABASE_URL;
      args.push('--data', location.dataDir);
    }
    server = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    await waitHealthy(base, server);
    const docPaths = ids.map((id) => `/api/documents/${id}`);
    const cases = [['full department budget', docPaths]];
    for (const p of docPaths.slice(0, 20)) {
      const r = await fetch(base + p);
      if (!r.ok) throw new Error(`GET ${p}: ${r.status} ${await r.text()}`);
      await r.arrayBuffer();
    }
    const agg = await fetch(base + AGGREGATE);
    if (agg.ok) {
      await agg.arrayBuffer();
      cases.push([`aggregate, ${plan.regions * DEPARTMENTS} departments × 3 years`, [AGGREGATE]]);
    } else console.log(`${db.label}: GET ${AGGREGATE} gives ${agg.status}; the aggregation is not measured`);
    for (const [label, paths] of cases) {
      const r = await drive(base, paths);
      const bad = r.non2xx + r.errors + r.timeouts;
      console.log(
        `${db.label.padEnd(10)} ${label.padEnd(42)} p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  (${r.requests} requests at ${r.rps}/s${bad ? `, ${bad} failed` : ''})`,
      );
    }
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    await db.drop();
  }
}

console.log(
  `API read latency at ${rate} requests/s for ${seconds} s, ${total} department budgets (${plan.regions} regions × ${DEPARTMENTS} × ${years.join('/')})`,
);
for (const dbKind of dbs) await bench(dbKind);
