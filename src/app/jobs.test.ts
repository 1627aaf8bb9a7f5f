// The job queue on both databases: an import queued and done by a worker stores the document with its
// figures (the same id as a direct import of the same bytes); a refused file fails the job with the
// importer's code and stores nothing; a unit outside the document's department fails with `forbidden`;
// another user does not see the job; a queued job survives closing and reopening the store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusBytes } from '../test-support/corpus.js';
import { openTestStore, STORE_KINDS } from '../test-support/stores.js';
import type { Actor, JobQueue, JobRecord, Store } from './index.js';
import {
  enqueueImport,
  getDocumentMeta,
  jobHandler,
  jobQueue,
  openStore,
  summarize,
  YusuanError,
} from './index.js';
import { importCorpus } from '../test-support/corpus.js';

const ADMIN: Actor = {
  kind: 'user',
  id: 1,
  name: 'a',
  role: 'admin',
  region: null,
  department: null,
  unit: null,
};
const UNIT_999: Actor = {
  kind: 'user',
  id: 7,
  name: 'u',
  role: 'unit',
  region: null,
  department: '999',
  unit: null,
};
const OTHER: Actor = {
  kind: 'user',
  id: 8,
  name: 'o',
  role: 'reviewer',
  region: '430100',
  department: null,
  unit: null,
};

const noPrinter = { print: () => Promise.reject(new YusuanError('unavailable', '测试中没有打印机')) };
const withinDepartment = (actor: Actor, scope: { departmentCode: string | null }) => {
  if (actor.kind === 'user' && actor.role === 'unit' && scope.departmentCode !== actor.department)
    throw new YusuanError('forbidden', '不在权限范围内');
};

async function settled(queue: JobQueue, actor: Actor, id: string): Promise<JobRecord> {
  for (let i = 0; i < 300; i++) {
    const s = await queue.status(actor, id);
    if (s && (s.state === 'completed' || s.state === 'failed')) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

const documentCount = async (store: Store) =>
  Number(
    (
      await store.db
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe.each(STORE_KINDS)('job queue on %s', (kind) => {
  it(
    'runs imports in a worker: stored figures, refused files, scope, privacy',
    { timeout: 120_000 },
    async () => {
      const store = await openTestStore(kind);
      const queue = jobQueue(store);
      try {
        await queue.work(jobHandler({ store, printer: noPrinter, authorize: withinDepartment }), {
          concurrency: 2,
          pollSeconds: 0.5,
        });
        const bytes = corpusBytes('beijing');
        const ok = await enqueueImport(queue, {
          fileName: CORPUS.beijing,
          bytes,
          region: '430100',
          actor: ADMIN,
        });
        const junk = await enqueueImport(queue, {
          fileName: 'junk.txt',
          bytes: new TextEncoder().encode('这不是预算文件\n只是两行字\n'),
          actor: ADMIN,
        });
        const done = await settled(queue, ADMIN, ok);
        // (after the region exists: a unit's import does not create one)
        const refused = await enqueueImport(queue, {
          fileName: CORPUS.bangongting,
          bytes: corpusBytes('bangongting'),
          region: '430100',
          actor: UNIT_999,
        });
        expect(done).toMatchObject({ kind: 'import', state: 'completed', progress: 100, error: null });
        const id = done.result?.['document'] as string;
        const meta = await getDocumentMeta(store.db, ADMIN, id);
        const totals = summarize(importCorpus('beijing')).totals;
        expect(meta?.totals.income).toBe(totals.income?.toString());
        expect(meta?.totals.expenditure).toBe(totals.expenditure?.toString());
        // the same bytes again: the stored id, nothing new
        const again = await settled(
          queue,
          ADMIN,
          await enqueueImport(queue, { fileName: 'again.txt', bytes, region: '430100', actor: ADMIN }),
        );
        expect(again.result).toMatchObject({ document: id, created: false });

        expect(await settled(queue, ADMIN, junk)).toMatchObject({
          state: 'failed',
          error: { code: 'not-a-budget-document' },
          result: null,
        });
        expect(await settled(queue, UNIT_999, refused)).toMatchObject({
          state: 'failed',
          error: { code: 'forbidden' },
        });
        expect(await documentCount(store)).toBe(1);
        // someone else's job is not there for them; the admin sees every job
        expect(await queue.status(OTHER, ok)).toBeNull();
        expect(await queue.status({ kind: 'anonymous' }, ok)).toBeNull();
        expect((await queue.status(ADMIN, refused))?.createdBy).toBe(7);
      } finally {
        await queue.stop();
        await store.drop();
      }
    },
  );
});

describe('a queued job survives a restart of the embedded database', () => {
  it('is done by the worker of the next process', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yusuan-jobs-'));
    try {
      let store = await openStore({ kind: 'pglite', dataDir: dir });
      let queue = jobQueue(store);
      const id = await enqueueImport(queue, {
        fileName: CORPUS.beijing,
        bytes: corpusBytes('beijing'),
        region: '430100',
        actor: ADMIN,
      });
      await queue.stop();
      await store.close();
      store = await openStore({ kind: 'pglite', dataDir: dir });
      queue = jobQueue(store);
      expect((await queue.status(ADMIN, id))?.state).toBe('queued');
      await queue.work(jobHandler({ store, printer: noPrinter, authorize: () => undefined }), {
        pollSeconds: 0.5,
      });
      expect(await settled(queue, ADMIN, id)).toMatchObject({ state: 'completed' });
      expect(await documentCount(store)).toBe(1);
      await queue.stop();
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
