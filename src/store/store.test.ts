// The store on both databases: a corpus document imported, reviewed and stored reads back with its
// figures, rows, projects and findings; the same bytes give the same id; a failed import or a failure
// inside the transaction leaves the database unchanged; the visibility filter decides what is found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeDocument,
  documentToJson,
  importIntoStore,
  prepareDocument,
  review,
  sha256Hex,
  summarize,
} from '../app/index.js';
import type { Actor, DepartmentBudgetDocument } from '../app/index.js';
import { CORPUS, corpusBytes, importCorpus, importDepartment } from '../test-support/corpus.js';
import type { CorpusName } from '../test-support/corpus.js';
import { openTestStore, STORE_KINDS } from '../test-support/stores.js';
import {
  getDocumentMeta,
  getDocumentText,
  getFindings,
  getProjects,
  getTable,
  listDocuments,
} from './index.js';

import type { Store } from './index.js';
import { saveDocument } from './index.js';

const ADMIN: Actor = {
  kind: 'user',
  id: 1,
  name: 'a',
  role: 'admin',
  region: null,
  department: null,
  unit: null,
};
const ANON: Actor = { kind: 'anonymous' };
const reviewer = (region: string): Actor => ({
  kind: 'user',
  id: 2,
  name: 'r',
  role: 'reviewer',
  region,
  department: null,
  unit: null,
});
const unitUser = (department: string): Actor => ({
  kind: 'user',
  id: 3,
  name: 'u',
  role: 'unit',
  region: null,
  department,
  unit: null,
});

async function counts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [
    'documents',
    'regions',
    'departments',
    'table_rows',
    'projects',
    'indicators',
    'findings',
    'facts',
  ] as const) {
    const r = await store.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

describe.each(STORE_KINDS)('store on %s', (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  const ids: Partial<Record<CorpusName, string>> = {};
  beforeAll(async () => {
    store = await openTestStore(kind);
    for (const name of Object.keys(CORPUS) as CorpusName[]) {
      const r = await importIntoStore(store, {
        fileName: CORPUS[name],
        bytes: corpusBytes(name),
        region: '430100',
        actor: ADMIN,
      });
      expect(r.created).toBe(true);
      ids[name] = r.id;
    }
  });
  afterAll(async () => store?.drop());

  it('keeps the identical model and the summary of every corpus document', async () => {
    for (const name of Object.keys(CORPUS) as CorpusName[]) {
      const doc = importCorpus(name);
      const text = await getDocumentText(store.db, ADMIN, ids[name] ?? '', 'model');
      expect(text).toBe(documentToJson(doc));
      const back = decodeDocument(JSON.parse(text ?? 'null'));
      if (!back.ok) throw new Error(back.error.message);
      expect(JSON.parse(documentToJson(back.document))).toEqual(JSON.parse(documentToJson(doc)));
      const meta = await getDocumentMeta(store.db, ADMIN, ids[name] ?? '');
      const s = summarize(doc);
      expect(meta?.totals.expenditure).toBe(s.totals.expenditure?.toString() ?? null);
      expect(meta?.kind).toBe(doc.kind);
      expect(meta?.state).toBe('draft');
      expect(meta?.version).toBe(1);
    }
  });

  it('stores every table row with its exact amounts and line', async () => {
    const doc = importDepartment('beijing');
    const model = doc.tables['expenditure'];
    if (model?.shape !== 'amounts') throw new Error('no expenditure table');
    const t = await getTable(store.db, ADMIN, ids.beijing ?? '', 'expenditure');
    expect(t?.rows.length).toBe(model.rows.length);
    model.rows.forEach((row, i) => {
      const stored = t?.rows[i];
      expect(stored?.code).toBe(row.code);
      expect(stored?.line).toBe(row.source.line);
      expect(stored?.amount).toBe(row.amounts['total']?.value.toString() ?? null);
    });
    const deptMeta = await getDocumentMeta(store.db, ADMIN, ids.beijing ?? '');
    expect(deptMeta).toMatchObject({
      departmentCode: '157',
      unitCode: '157001',
      regionCode: '430100',
      department: doc.department?.value,
    });
  });

  it('stores projects with indicators, weights and scoring standards, and the findings', async () => {
    const doc: DepartmentBudgetDocument = importDepartment('bangongting');
    const projects = await getProjects(store.db, ADMIN, ids.bangongting ?? '');
    expect(projects?.length).toBe(doc.projectTargets.length + doc.unitTargets.length);
    const first = doc.projectTargets[0];
    const stored = projects?.[0];
    expect(stored?.name).toBe(first?.name.value);
    expect(stored?.amount).toBe(first?.amount?.value.toString() ?? null);
    expect(stored?.indicators.length).toBe(first?.indicators.length);
    expect(stored?.indicators.map((i) => i.weight)).toEqual(
      first?.indicators.map((i) => i.weight?.toString() ?? null),
    );
    expect(stored?.indicators.map((i) => i.scoring)).toEqual(first?.indicators.map((i) => i.scoring));
    const findings = await getFindings(store.db, ADMIN, ids.bangongting ?? '');
    const expected = review(doc);
    expect(findings?.map((f) => [f.rule, f.lines[0], f.found ?? null])).toEqual(
      expected.map((f) => [f.rule, f.lines[0], f.found ?? null]),
    );
  });

  it('gives the stored id again for the same bytes and stores nothing twice', async () => {
    const before = await counts(store);
    const r = await importIntoStore(store, {
      fileName: 'again.txt',
      bytes: corpusBytes('beijing'),
      actor: ADMIN,
    });
    expect(r).toMatchObject({ id: ids.beijing, created: false });
    expect(await counts(store)).toEqual(before);
  });

  it('leaves the database unchanged when the file is not a budget document', async () => {
    const before = await counts(store);
    const junk = new TextEncoder().encode('这不是预算文件\n'.repeat(40));
    await expect(
      importIntoStore(store, { fileName: 'junk.txt', bytes: junk, region: '430200', actor: ADMIN }),
    ).rejects.toMatchObject({
      code: 'not-a-budget-document',
    });
    expect(await counts(store)).toEqual(before);
  });

  it('stores the same bytes saved twice at the same moment once, and answers both with its id', async () => {
    const before = await counts(store);
    const bytes = new TextEncoder().encode('the same bytes, twice at once');
    const save = (id: string) =>
      saveDocument(
        store.db,
        prepareDocument({
          id,
          fileName: `${id}.txt`,
          bytes,
          sha256: sha256Hex(bytes),
          document: importDepartment('beijing'),
          findings: [],
          sourceLines: [],
          region: '430100',
          createRegion: true,
          createdBy: null,
        }),
      );
    const [a, b] = await Promise.all([save('race-a'), save('race-b')]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.id).toBe(b.id);
    expect(['race-a', 'race-b']).toContain(a.id);
    const after = await counts(store);
    expect(after['documents']).toBe((before['documents'] ?? 0) + 1);
  });

  it('rolls back everything when a row fails inside the transaction', async () => {
    const before = await counts(store);
    const doc = importDepartment('beijing');
    const bytes = new TextEncoder().encode('another file with the same model');
    const prepared = prepareDocument({
      id: 'rollback-test',
      fileName: 'x.txt',
      bytes,
      sha256: sha256Hex(bytes),
      document: doc,
      findings: [],
      sourceLines: [],
      region: '431100',
      createRegion: true,
      createdBy: null,
    });
    const row = prepared.rows.rows[0];
    if (!row) throw new Error('no rows');
    prepared.rows.rows.push({ ...row }); // the same primary key twice: the insert fails late
    await expect(saveDocument(store.db, prepared)).rejects.toThrow();
    expect(await counts(store)).toEqual(before);
  });

  it('finds a draft only for those who may see it', async () => {
    const id = ids.beijing ?? '';
    expect(await getDocumentMeta(store.db, ANON, id)).toBeNull();
    expect(await getDocumentMeta(store.db, reviewer('430200'), id)).toBeNull();
    expect(await getDocumentMeta(store.db, reviewer('430100'), id)).not.toBeNull();
    expect(await getDocumentMeta(store.db, unitUser('157'), id)).not.toBeNull();
    expect(await getDocumentMeta(store.db, unitUser('104'), id)).toBeNull();
    expect((await listDocuments(store.db, ANON, {})).total).toBe(0);
    await store.db.updateTable('documents').set({ state: 'published' }).where('id', '=', id).execute();
    expect(await getDocumentMeta(store.db, ANON, id)).not.toBeNull();
    expect((await listDocuments(store.db, ANON, {})).items.map((d) => d.id)).toEqual([id]);
    await store.db.updateTable('documents').set({ state: 'draft' }).where('id', '=', id).execute();
  });

  it('hashes the original bytes and keeps them', async () => {
    const r = await store.db
      .selectFrom('documents')
      .select(['sha256', 'original'])
      .where('id', '=', ids.xiangyin ?? '')
      .executeTakeFirstOrThrow();
    expect(r.sha256).toBe(sha256Hex(corpusBytes('xiangyin')));
    expect(Buffer.from(r.original).equals(Buffer.from(corpusBytes('xiangyin')))).toBe(true);
  });
});
