// npm run bench:workflow — the workflow under load, from a second process on loopback: `yusuan serve`
// runs as a child on a fresh embedded database (or DATABASE_URL), this process drives it with
// autocannon at 200 requests/s for 60 s (BENCH_RATE, BENCH_SECONDS): each connection owns one document
// and cycles reads (the document, its workflow status, its history, the inbox) and workflow writes
// (submit, then return with an opinion), so every write is valid in its state. Prints p50/p99 latency,
// errors and non-2xx answers (both must be 0), and checks that nothing was lost: the audit trail holds
// exactly one entry per successful write, and its hash chain verifies. Not a test: figures only.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const corpusDir =
  process.env.YUSUAN_CORPUS ??
  [resolve(ROOT, '../shared/corpus'), resolve(ROOT, '../../shared/corpus')].find((d) => {
    try {
      readFileSync(join(d, 'changsha-2023-zhu-beijing-lianluochu.txt'));
      return true;
    } catch {
      return false;
    }
  });

const dir = mkdtempSync(join(tmpdir(), 'yusuan-bench-wf-'));
const storeArgs = process.env.DATABASE_URL ? [] : ['--data', join(dir, 'data')];
const cli = (args, input) =>
  execFileSync(process.execPath, [join(ROOT, 'bin/yusuan.js'), ...args, ...storeArgs], {
    input,
    encoding: 'utf8',
  }).trim();

const port = await new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => ok(p));
  });
});
const base = `http://127.0.0.1:${port}`;
let server;
try {
  const suffix = Date.now().toString(36);
  cli(['user', 'add', `bench-admin-${suffix}`, '--role', 'admin', '--password-stdin'], 'bench-password-1\n');
  const admin = cli(['token', 'create', `bench-admin-${suffix}`]);
  server = spawn(
    process.execPath,
    [join(ROOT, 'bin/yusuan.js'), 'serve', '--port', String(port), ...storeArgs],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 120) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 500));
  }
  const auth = { authorization: `Bearer ${admin}` };
  const bytes = readFileSync(join(corpusDir, 'changsha-2023-zhu-beijing-lianluochu.txt'));
  const ids = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const form = new FormData();
    form.set('region', '430100');
    form.set('file', new Blob([bytes, '\n'.repeat(i + 1), `bench ${suffix}`]), `bench-${i}.txt`);
    const r = await fetch(`${base}/api/documents`, { method: 'POST', body: form, headers: auth });
    if (!r.ok) throw new Error(`upload ${r.status} ${await r.text()}`);
    ids.push((await r.json()).id);
  }
  const auditCount = async () => (await (await fetch(`${base}/api/audit`, { headers: auth })).json()).length;
  const before = await auditCount();
  let nextDoc = 0;
  let writes = 0;
  const doc = (ctx) => (ctx.doc ??= ids[nextDoc++ % ids.length]);
  const json = { ...auth, 'content-type': 'application/json' };
  const wrote = (status) => {
    if (status === 200) writes++;
  };
  const requests = [
    {
      method: 'GET',
      setupRequest: (req, ctx) => ({ ...req, path: `/api/documents/${doc(ctx)}`, headers: auth }),
    },
    {
      method: 'POST',
      setupRequest: (req, ctx) => ({
        ...req,
        path: `/api/documents/${doc(ctx)}/submit`,
        headers: json,
        body: '{}',
      }),
      onResponse: wrote,
    },
    {
      method: 'GET',
      setupRequest: (req, ctx) => ({ ...req, path: `/api/documents/${doc(ctx)}/history`, headers: auth }),
    },
    { method: 'GET', setupRequest: (req) => ({ ...req, path: '/api/inbox', headers: auth }) },
    {
      method: 'POST',
      setupRequest: (req, ctx) => ({
        ...req,
        path: `/api/documents/${doc(ctx)}/return`,
        headers: json,
        body: JSON.stringify({ opinion: '请补充测算依据' }),
      }),
      onResponse: wrote,
    },
    {
      method: 'GET',
      setupRequest: (req, ctx) => ({ ...req, path: `/api/documents/${doc(ctx)}/workflow`, headers: auth }),
    },
  ];
  process.stdout.write(
    `bench:workflow — ${RATE} req/s for ${SECONDS} s, ${CONNECTIONS} connections, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}\n`,
  );
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    overallRate: RATE,
    duration: SECONDS,
    requests,
  });
  await new Promise((r) => setTimeout(r, 1000)); // the last answers autocannon stopped waiting for
  const after = await auditCount();
  // Nothing lost: each document's history alternates submit/return and ends in its current state;
  // the audit trail holds every acknowledged write (and at most one unacknowledged per connection).
  let consistent = 0;
  for (const id of ids) {
    const history = await (await fetch(`${base}/api/documents/${id}/history`, { headers: auth })).json();
    const state = (await (await fetch(`${base}/api/documents/${id}/workflow`, { headers: auth })).json())
      .state;
    const alternates = history.every((e, i) => e.action === (i % 2 ? 'return' : 'submit'));
    const last = history[history.length - 1];
    if (alternates && (last ? last.toState : 'draft') === state) consistent++;
  }
  // The embedded database has one process at a time: stop the server before verifying the chain.
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  server = undefined;
  const verify = cli(['audit', 'verify']);
  const l = result.latency;
  process.stdout.write(
    [
      `requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s), writes ${writes}`,
      `latency ms: p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}`,
      `errors: ${result.errors}  timeouts: ${result.timeouts}  non-2xx: ${result.non2xx}`,
      `audit entries: ${after - before} for ${writes} acknowledged writes (${after - before - writes} answered after the run ended); documents consistent: ${consistent} of ${ids.length}`,
      verify,
      '',
    ].join('\n'),
  );
  const lost = after - before < writes || after - before > writes + CONNECTIONS || consistent !== ids.length;
  process.stdout.write(lost ? 'LOST OR INCONSISTENT\n' : 'nothing lost\n');
  process.exitCode = result.errors || result.non2xx || lost ? 1 : 0;
} finally {
  server?.kill('SIGTERM');
  await new Promise((r) => (server ? server.once('exit', r) : r()));
  rmSync(dir, { recursive: true, force: true });
}
