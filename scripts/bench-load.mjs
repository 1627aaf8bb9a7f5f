// Benchmark (not a test): loading the demo city's department budgets into the store — each file
// imported, reviewed and stored in one transaction (the app's importIntoStore) — in
// documents per second, in one process and with two workers, on PostgreSQL (a fresh database on
// postgres://postgres@127.0.0.1:5432, dropped afterwards; DATABASE_URL_ADMIN to change) and on PGlite
// (a fresh folder). Two workers on PostgreSQL are two threads with a connection pool each, as two
// `yusuan worker` processes would be; PGlite is one process's database, so there the two threads import
// and review and the owner of the database stores. The files are generated (in memory, by the demo's
// generator and text publisher) before the clock starts, and the workers have loaded their modules
// and opened their connections: the rate is that of loading files, as `yusuan load` and `yusuan
// worker` do, not of making them (the time spent before is printed too).
//
//   npm run bench:load                          600 documents (5 regions × 40 departments × 3 years)
//   npm run bench:load -- --docs 1200 --db pg   other sizes, one database (pg | pglite | both)
//   npm run bench:load -- --province            a province's year: 15,000 department budgets
//                                               (375 regions × 40, 2025) with two workers, timed
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEPARTMENTS,
  count,
  freshPglite,
  freshPostgres,
  oneProcess,
  prepareRegions,
  twoWorkers,
} from './bench/load-lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const app = await import(resolve(root, 'dist/app/index.js'));

// ── main ──────────────────────────────────────────────────────────────────────────────────────────
function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

async function measure(dbKind, mode, plan, total) {
  const db = dbKind === 'pg' ? await freshPostgres() : freshPglite();
  const store = await app.openStore(db.location);
  try {
    await prepareRegions(store, plan);
    const run = mode === 1 ? oneProcess : twoWorkers;
    const { seconds, generated } = await run(db, store, plan, total);
    const stored = await count(store);
    if (stored !== total) throw new Error(`stored ${stored} of ${total}`);
    return { label: db.label, s: seconds, generated, stored };
  } finally {
    await store.close();
    await db.drop();
  }
}

async function main() {
  const dbs = (arg('--db', 'both') === 'both' ? 'pg,pglite' : arg('--db')).split(',');
  const province = process.argv.includes('--province');
  const total = province ? 15_000 : Number(arg('--docs', '600'));
  const years = province ? [2025] : [2023, 2024, 2025];
  const plan = { regions: Math.ceil(total / (DEPARTMENTS * years.length)), years };
  const modes = province ? [2] : [1, 2];
  console.log(
    `loading ${total.toLocaleString('en')} demo department budgets (${plan.regions} regions × ${DEPARTMENTS} departments × ${years.join('/')}); import + review + store (the files generated beforehand)`,
  );
  for (const dbKind of dbs) {
    for (const mode of modes) {
      const r = await measure(dbKind, mode, plan, total);
      const rate = (r.stored / r.s).toFixed(1);
      const how = mode === 1 ? 'one process ' : 'two workers ';
      console.log(
        `${r.label.padEnd(10)} ${how} ${rate.padStart(7)} documents/s  (${r.stored} in ${r.s.toFixed(1)} s; generating and starting ${r.generated.toFixed(1)} s before)`,
      );
    }
  }
}

await main();
