// `yusuan worker` in its own process beside a `yusuan serve --workers 0` process, both on one
// PostgreSQL database: the server queues (an import, a PDF render) and does nothing else, the worker
// process does the work, and the results are read through the server's API; SIGTERM stops the worker
// gracefully (exit 0). PostgreSQL only: the embedded database belongs to one process.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../test-support/tools.js';
import { addUser, createToken, openStore, summarize, summaryJson } from '../app/index.js';
import { BIN, buildOnce } from '../test-support/build.js';
import { CORPUS, corpusBytes, importCorpus } from '../test-support/corpus.js';
import { multipart } from '../test-support/multipart.js';
import { STORE_KINDS, TEST_PG_URL } from '../test-support/stores.js';

function start(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<{ child: ChildProcess; line: string; out: () => string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  return new Promise((ok, fail) => {
    child.stderr?.on('data', (b: Buffer) => {
      err += b.toString();
      const m = ready.exec(err);
      if (m) ok({ child, line: m[0], out: () => out });
    });
    child.on('exit', (code) => fail(new Error(`${args[0] ?? ''} exited ${String(code)}: ${err}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((ok) =>
    child.exitCode !== null ? ok(child.exitCode) : child.once('exit', (c) => ok(c)),
  );

describe.skipIf(!STORE_KINDS.includes('postgres'))('yusuan worker beside yusuan serve on PostgreSQL', () => {
  const name = `yusuan_worker_${randomBytes(5).toString('hex')}`;
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  const env = { DATABASE_URL: url.toString(), YUSUAN_DATA: '' };
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: TEST_PG_URL });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    buildOnce();
    await admin(`create database "${name}"`);
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await admin(`drop database if exists "${name}" with (force)`);
  });

  it(
    'the server queues, the worker process works, the API shows the results',
    { timeout: 180_000 },
    async () => {
      const server = await start(
        ['serve', '--port', '0', '--workers', '0'],
        env,
        /http:\/\/127\.0\.0\.1:\d+/,
      );
      children.push(server.child);
      const base = server.line;
      const store = await openStore({ kind: 'postgres', url: url.toString(), poolSize: 1 });
      let token = '';
      try {
        await addUser(store, { name: 'admin', role: 'admin', password: 'worker-password' });
        token = await createToken(store, 'admin');
      } finally {
        await store.close();
      }
      const auth = { authorization: `Bearer ${token}` };
      const post = async (path: string, file?: keyof typeof CORPUS) => {
        const body = file
          ? multipart({ name: CORPUS[file], bytes: corpusBytes(file) }, { region: '430100' })
          : null;
        const r = await fetch(base + path, {
          method: 'POST',
          headers: { ...auth, ...(body?.headers ?? {}) },
          ...(body ? { body: body.payload } : {}),
        });
        return { status: r.status, json: (await r.json()) as { id: string } };
      };
      const job = async (id: string) =>
        (await (await fetch(`${base}/api/jobs/${id}`, { headers: auth })).json()) as {
          state: string;
          result: Record<string, unknown> | null;
        };

      const imported = await post('/api/jobs/import', 'beijing');
      expect(imported.status).toBe(202);
      const stored = await post('/api/documents', 'bangongting');
      expect(stored.status).toBe(201);
      const render = hasChromium ? await post(`/api/documents/${stored.json.id}/pdf`) : null;
      // nobody works in the server process: the jobs wait
      await new Promise((ok) => setTimeout(ok, 1500));
      expect((await job(imported.json.id)).state).toBe('queued');

      const worker = await start(['worker'], env, /工作进程已启动/);
      children.push(worker.child);
      const waitFor = async (id: string) => {
        for (let i = 0; i < 900; i++) {
          const j = await job(id);
          if (j.state === 'completed' || j.state === 'failed') return j;
          await new Promise((ok) => setTimeout(ok, 100));
        }
        throw new Error(`job ${id} did not finish`);
      };
      const done = await waitFor(imported.json.id);
      expect(done.state).toBe('completed');
      const summary = await fetch(`${base}/api/documents/${String(done.result?.['document'])}/summary`, {
        headers: auth,
      });
      expect(await summary.json()).toEqual(JSON.parse(summaryJson(summarize(importCorpus('beijing')))));
      if (render) {
        expect(render.status).toBe(202);
        expect((await waitFor(render.json.id)).state).toBe('completed');
        const pdf = await fetch(`${base}/api/jobs/${render.json.id}/result`, { headers: auth });
        expect(pdf.headers.get('content-type')).toBe('application/pdf');
        expect(
          Buffer.from(await pdf.arrayBuffer())
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
      }
      expect(worker.out()).toContain(`完成\timport\t${imported.json.id}`);

      worker.child.kill('SIGTERM');
      expect(await exited(worker.child)).toBe(0);
      server.child.kill('SIGTERM');
      expect(await exited(server.child)).toBe(0);
    },
  );
});
