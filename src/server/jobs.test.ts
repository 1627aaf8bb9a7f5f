// Jobs through the API on both databases, with workers in the process: an import queued with 202 is
// stored (its summary read back equals the synchronous import's), a refused file's job fails with
// the importer's code, a unit importing outside its department fails with `forbidden`; a PDF render
// of a stored document gives a real PDF (real Chromium, when installed) downloadable from the job;
// jobs are seen only by whoever queued them (and admins); anonymous requests get 401.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../test-support/tools.js';
import {
  addUser,
  chromiumPrinter,
  closePrinter,
  createToken,
  jobQueue,
  pruneJobs,
  summarize,
  summaryJson,
} from '../app/index.js';
import type { JobQueue } from '../app/index.js';
import { CORPUS, corpusBytes, importCorpus } from '../test-support/corpus.js';
import { multipart } from '../test-support/multipart.js';
import { openTestStore, STORE_KINDS } from '../test-support/stores.js';
import { buildServer } from './app.js';
import { startWorkers } from './job-workers.js';

interface Job {
  id: string;
  state: string;
  progress: number;
  result: Record<string, unknown> | null;
  error: { code: string; message: string } | null;
}

describe.each(STORE_KINDS)('jobs API on %s', (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let app: FastifyInstance;
  let jobs: JobQueue;
  const tokens: Record<string, string> = {};
  const bearer = (who: string) => ({ authorization: `Bearer ${tokens[who] ?? ''}` });

  async function upload(who: string, name: keyof typeof CORPUS | null, url = '/api/jobs/import') {
    const file = name
      ? { name: CORPUS[name], bytes: corpusBytes(name) }
      : { name: 'notes.txt', bytes: new TextEncoder().encode('会议纪要\n没有任何预算表\n') };
    const body = multipart(file, { region: '430100' });
    return app.inject({ method: 'POST', url, ...body, headers: { ...body.headers, ...bearer(who) } });
  }

  async function settled(who: string, id: string): Promise<Job> {
    for (let i = 0; i < 600; i++) {
      const r = await app.inject({ url: `/api/jobs/${id}`, headers: bearer(who) });
      expect(r.statusCode, r.body).toBe(200);
      const job = r.json<Job>();
      if (job.state === 'completed' || job.state === 'failed') return job;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    throw new Error(`job ${id} did not finish`);
  }

  beforeAll(async () => {
    store = await openTestStore(kind);
    jobs = jobQueue(store);
    ({ app } = await buildServer({ store, jobs, webDir: null }));
    await startWorkers(store, jobs, { concurrency: 2, printer: chromiumPrinter, pollSeconds: 0.5 });
    for (const [name, role, scope] of [
      ['admin', 'admin', {}],
      ['reviewer', 'reviewer', { region: '430100' }],
      ['unit-999', 'unit', { department: '999' }],
    ] as const) {
      await addUser(store, { name, role, ...scope, password: 'jobs-password' });
      tokens[name] = await createToken(store, name);
    }
  });
  afterAll(async () => {
    await app?.close();
    await jobs?.stop();
    await closePrinter();
    await store?.drop();
  });

  it('queues an import (202) that a worker stores; the synchronous upload is unchanged', async () => {
    expect((await upload('anonymous', 'beijing')).statusCode).toBe(401);
    const r = await upload('reviewer', 'beijing');
    expect(r.statusCode, r.body).toBe(202);
    const accepted = r.json<{ id: string; kind: string; state: string }>();
    expect(accepted).toMatchObject({ kind: 'import', state: 'queued' });
    const job = await settled('reviewer', accepted.id);
    expect(job).toMatchObject({ state: 'completed', progress: 100, error: null });
    const id = job.result?.['document'] as string;
    const summary = await app.inject({ url: `/api/documents/${id}/summary`, headers: bearer('reviewer') });
    expect(summary.json()).toEqual(JSON.parse(summaryJson(summarize(importCorpus('beijing')))));
    // the fixed contract: the same bytes uploaded synchronously give 200 with the same id
    const sync = await upload('admin', 'beijing', '/api/documents');
    expect(sync.statusCode).toBe(200);
    expect(sync.json<{ id: string }>().id).toBe(id);
    // a job is its asker's: another user does not find it, anonymous must sign in
    expect(
      (await app.inject({ url: `/api/jobs/${accepted.id}`, headers: bearer('unit-999') })).statusCode,
    ).toBe(404);
    expect((await app.inject({ url: `/api/jobs/${accepted.id}` })).statusCode).toBe(401);
    expect((await app.inject({ url: `/api/jobs/${accepted.id}`, headers: bearer('admin') })).statusCode).toBe(
      200,
    );
  });

  it('fails a job with the importer code, or forbidden outside the scope, storing nothing', async () => {
    const before = await app.inject({ url: '/api/documents', headers: bearer('admin') });
    const junk = await settled('admin', (await upload('admin', null)).json<{ id: string }>().id);
    expect(junk).toMatchObject({ state: 'failed', result: null, error: { code: 'not-a-budget-document' } });
    expect(junk.error?.message).toMatch(/[\u4e00-\u9fff]/);
    const outside = await settled(
      'unit-999',
      (await upload('unit-999', 'bangongting')).json<{ id: string }>().id,
    );
    expect(outside).toMatchObject({ state: 'failed', error: { code: 'forbidden' } });
    const after = await app.inject({ url: '/api/documents', headers: bearer('admin') });
    expect(after.json<{ total: number }>().total).toBe(before.json<{ total: number }>().total);
    const result = await app.inject({ url: `/api/jobs/${junk.id}/result`, headers: bearer('admin') });
    expect(result.statusCode).toBe(409);
    expect(result.json<{ code: string }>().code).toBe('conflict');
  });

  it.skipIf(!hasChromium)(
    'renders a stored document to PDF in a job; the PDF downloads from the job',
    async () => {
      const up = await upload('admin', 'bangongting', '/api/documents');
      const doc = up.json<{ id: string }>().id;
      expect((await app.inject({ method: 'POST', url: `/api/documents/${doc}/pdf` })).statusCode).toBe(401);
      expect(
        (await app.inject({ method: 'POST', url: `/api/documents/${doc}/pdf`, headers: bearer('unit-999') }))
          .statusCode,
      ).toBe(404);
      const r = await app.inject({
        method: 'POST',
        url: `/api/documents/${doc}/pdf`,
        headers: bearer('admin'),
      });
      expect(r.statusCode, r.body).toBe(202);
      const job = await settled('admin', r.json<{ id: string }>().id);
      expect(job).toMatchObject({
        state: 'completed',
        result: { document: doc, contentType: 'application/pdf' },
      });
      const pdf = await app.inject({ url: `/api/jobs/${job.id}/result`, headers: bearer('admin') });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.rawPayload.length).toBe(job.result?.['byteSize']);
      expect(
        (await app.inject({ url: `/api/jobs/${job.id}/result`, headers: bearer('reviewer') })).statusCode,
      ).toBe(404);

      // Retention: a day later the PDF is pruned (the job says so); a month later the job is gone.
      expect(await pruneJobs(store.db)).toEqual({ results: 0, rows: 0 });
      const age = (hours: number) =>
        store.db
          .updateTable('jobs')
          .set({ finished_at: new Date(Date.now() - hours * 3600_000) })
          .where('id', '=', job.id)
          .execute();
      await age(25);
      expect(await pruneJobs(store.db)).toEqual({ results: 1, rows: 0 });
      const gone = await app.inject({ url: `/api/jobs/${job.id}/result`, headers: bearer('admin') });
      expect(gone.statusCode).toBe(404);
      expect(gone.json<{ message: string }>().message).toContain('超过保留期（24 小时）');
      expect((await settled('admin', job.id)).result).toMatchObject({ document: doc });
      await age(31 * 24);
      expect(await pruneJobs(store.db)).toEqual({ results: 0, rows: 1 });
      expect((await app.inject({ url: `/api/jobs/${job.id}`, headers: bearer('admin') })).statusCode).toBe(
        404,
      );
    },
  );
});
