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
  addUser,
  changeUser,
  enqueueImport,
  getDocumentMeta,
  jobHandler,
  jobQueue,
  openStore,
  summarize,
  YusuanError,
} from './index.js';
import { importCorpus } from '../test-support/corpus.js';

// The accounts the jobs run as (a job runs with its account's rights as they are when it runs).
let ADMIN: Actor;
let UNIT_999: Actor;
let OTHER: Actor;
async function accounts(store: Store): Promise<void> {
  const password = 'jobs-password';
  ADMIN = await addUser(store, { name: 'a', role: 'admin', password });
  UNIT_999 = await addUser(store, { name: 'u', role: 'unit', department: '999', password });
  OTHER = await addUser(store, { name: 'o', role: 'reviewer', region: '430100', password });
}

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
      await accounts(store);
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
        expect((await queue.status(ADMIN, refused))?.createdBy).toBe(
          UNIT_999.kind === 'user' ? UNIT_999.id : -1,
        );
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
      await accounts(store);
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

describe.each(STORE_KINDS)('a job whose worker died, on %s', (kind) => {
  it(
    'is handed to a live worker within seconds; the dead one, waking, changes nothing',
    { timeout: 120_000 },
    async () => {
      const store = await openTestStore(kind);
      await accounts(store);
      // Process A claims the job and then stops beating (frozen, as a killed process would be).
      const frozen = jobQueue(store);
      const live = jobQueue(store);
      let wake: (() => void) | undefined;
      let claimedByFrozen = false;
      try {
        await frozen.work(
          async (job) => {
            claimedByFrozen = true;
            await new Promise<void>((r) => (wake = r));
            return { ok: true, result: { document: 'from-the-dead', attempt: job.attempts } };
          },
          { pollSeconds: 0.5, heartbeatSeconds: 3600, superviseSeconds: 3600 },
        );
        const id = await enqueueImport(frozen, {
          fileName: CORPUS.beijing,
          bytes: corpusBytes('beijing'),
          region: '430100',
          actor: ADMIN,
        });
        for (let i = 0; i < 100 && !claimedByFrozen; i++) await new Promise((r) => setTimeout(r, 100));
        expect(claimedByFrozen).toBe(true);
        expect((await frozen.status(ADMIN, id))?.state).toBe('active');

        // Process B: a live worker whose supervisor takes a job silent for 1 s as its worker's death.
        await live.work(jobHandler({ store, printer: noPrinter, authorize: () => undefined }), {
          pollSeconds: 0.5,
          staleSeconds: 1,
          superviseSeconds: 1,
        });
        const done = await settled(live, ADMIN, id);
        expect(done).toMatchObject({ state: 'completed', attempts: 2, error: null });
        const doc = done.result?.['document'] as string;
        expect((await getDocumentMeta(store.db, ADMIN, doc))?.totals.income).toBe(
          summarize(importCorpus('beijing')).totals.income?.toString(),
        );

        // A wakes and reports: its claim is gone, the stored outcome stays B's.
        wake?.();
        await frozen.stop();
        expect((await live.status(ADMIN, id))?.result).toEqual(done.result);
        expect(await documentCount(store)).toBe(1);
      } finally {
        wake?.();
        await frozen.stop();
        await live.stop();
        await store.drop();
      }
    },
  );

  it('fails for good after its last try, with a message that says so', { timeout: 60_000 }, async () => {
    const store = await openTestStore(kind);
    await accounts(store);
    const queue = jobQueue(store);
    try {
      const id = await enqueueImport(queue, {
        fileName: CORPUS.beijing,
        bytes: corpusBytes('beijing'),
        region: '430100',
        actor: ADMIN,
      });
      // its third worker claimed it a minute ago and was never heard of again
      await store.db
        .updateTable('jobs')
        .set({ state: 'active', attempts: 3, started_at: new Date(Date.now() - 60_000) })
        .where('id', '=', id)
        .execute();
      expect(await queue.recover(30)).toBe(1);
      const failed = await queue.status(ADMIN, id);
      expect(failed).toMatchObject({ state: 'failed', error: { code: 'unavailable' } });
      expect(failed?.error?.message).toContain('3 次中断');
      expect(await queue.recover(30)).toBe(0);
      expect(await documentCount(store)).toBe(0);
    } finally {
      await queue.stop();
      await store.drop();
    }
  });
});

describe('a job runs with its account as it is when it runs', () => {
  it('not at all once the account is disabled; with the new scope once it changed', async () => {
    const store = await openTestStore('pglite');
    await accounts(store);
    const queue = jobQueue(store);
    try {
      const first = await enqueueImport(queue, {
        fileName: CORPUS.beijing,
        bytes: corpusBytes('beijing'),
        region: '430100',
        actor: UNIT_999,
      });
      const second = await enqueueImport(queue, {
        fileName: CORPUS.bangongting,
        bytes: corpusBytes('bangongting'),
        region: '430100',
        actor: OTHER,
      });
      const id = (a: Actor) => (a.kind === 'user' ? a.id : -1);
      // while they wait: the unit's account is disabled, the reviewer made an admin
      await changeUser(store, ADMIN, id(UNIT_999), { disabled: true }, new Date());
      await changeUser(store, ADMIN, id(OTHER), { role: 'admin', region: null }, new Date());
      const asAdminsOnly = (actor: Actor) => {
        if (actor.kind !== 'user' || actor.role !== 'admin') throw new YusuanError('forbidden', '仅管理员');
      };
      await queue.work(jobHandler({ store, printer: noPrinter, authorize: asAdminsOnly }), {
        pollSeconds: 0.5,
      });
      const refused = await settled(queue, ADMIN, first);
      expect(refused).toMatchObject({ state: 'failed', error: { code: 'forbidden' } });
      expect(refused.error?.message).toContain('已停用或删除');
      expect(await settled(queue, ADMIN, second)).toMatchObject({ state: 'completed' });
      expect(await documentCount(store)).toBe(1);
    } finally {
      await queue.stop();
      await store.drop();
    }
  });
});
