// The HTTP API on both databases through app.inject: corpus documents uploaded and read back (model,
// summary equal to `inspect --summary`, tables, projects, findings, source lines), duplicates, refusals
// with their codes (401, 413, 415, 422), sessions with CSRF, and drafts hidden from who may not see them.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken, review, summarize, summaryJson } from '../app/index.js';
import { CORPUS, corpusBytes, importCorpus, importDepartment } from '../test-support/corpus.js';
import type { CorpusName } from '../test-support/corpus.js';
import { multipart } from '../test-support/multipart.js';
import { openTestStore, STORE_KINDS } from '../test-support/stores.js';
import { buildServer } from './app.js';

describe.each(STORE_KINDS)('API on %s', (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let app: FastifyInstance;
  let admin = '';
  let otherUnit = '';
  const ids: Partial<Record<CorpusName, string>> = {};
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

  beforeAll(async () => {
    store = await openTestStore(kind);
    ({ app } = await buildServer({ store, webDir: null, maxUploadBytes: 2_000_000 }));
    await addUser(store, { name: 'admin', role: 'admin', password: 'admin-password' });
    await addUser(store, { name: 'u104', role: 'unit', department: '104', password: 'unit-password' });
    admin = await createToken(store, 'admin');
    otherUnit = await createToken(store, 'u104');
  });
  afterAll(async () => {
    await app?.close();
    await store?.drop();
  });

  it('answers the health check', async () => {
    const r = await app.inject({ url: '/api/health' });
    expect(r.json()).toEqual({ status: 'ok' });
  });

  it('imports every corpus document: 201 with id, the summary and the findings', async () => {
    for (const name of Object.keys(CORPUS) as CorpusName[]) {
      const body = multipart({ name: CORPUS[name], bytes: corpusBytes(name) }, { region: '430100' });
      const r = await app.inject({
        method: 'POST',
        url: '/api/documents',
        ...body,
        headers: { ...body.headers, ...bearer(admin) },
      });
      expect(r.statusCode).toBe(201);
      const json = r.json<{ id: string; summary: unknown; findings: { rule: string }[] }>();
      const doc = importCorpus(name);
      expect(json.summary).toEqual(JSON.parse(summaryJson(summarize(doc))));
      expect(json.findings.map((f) => f.rule)).toEqual(review(doc).map((f) => f.rule));
      ids[name] = json.id;
    }
  });

  it('reads back the summary byte for byte, the model, tables, projects and source lines', async () => {
    const id = ids.beijing ?? '';
    const doc = importDepartment('beijing');
    const s = await app.inject({ url: `/api/documents/${id}/summary`, headers: bearer(admin) });
    expect(s.body).toBe(summaryJson(summarize(doc)));
    const full = await app.inject({ url: `/api/documents/${id}`, headers: bearer(admin) });
    const body = full.json<{
      meta: { department: string; state: string };
      model: { tables: Record<string, unknown> };
    }>();
    expect(body.meta).toMatchObject({ department: doc.department?.value, state: 'draft' });
    expect(Object.keys(body.model.tables)).toEqual(Object.keys(doc.tables));
    const t = await app.inject({
      url: `/api/documents/${id}/tables/general-expenditure`,
      headers: bearer(admin),
    });
    const table = doc.tables['general-expenditure'];
    if (table?.shape !== 'amounts') throw new Error('no general-expenditure');
    const rows = t.json<{
      rows: { code: string | null; amount: string | null; amounts: Record<string, string | null> }[];
    }>().rows;
    expect(rows.map((r) => r.amount)).toEqual(
      table.rows.map((r) => r.amounts['total']?.value.toString() ?? null),
    );
    expect(rows.map((r) => r.amounts['basic'] ?? null)).toEqual(
      table.rows.map((r) => r.amounts['basic']?.value.toString() ?? null),
    );
    const p = await app.inject({ url: `/api/documents/${id}/projects`, headers: bearer(admin) });
    const projects = p.json<{ name: string; amount: string | null; indicatorCount: number }[]>();
    expect(projects.slice(0, doc.projectTargets.length).map((x) => [x.name, x.amount])).toEqual(
      doc.projectTargets.map((x) => [x.name.value, x.amount?.value.toString() ?? null]),
    );
    const line = table.rows[0]?.source.line ?? 1;
    const src = await app.inject({ url: `/api/documents/${id}/source?line=${line}`, headers: bearer(admin) });
    expect(src.json<{ text: string }>().text).toContain(table.rows[0]?.amounts['total']?.text ?? '∅');
    const f = await app.inject({ url: `/api/documents/${id}/findings`, headers: bearer(admin) });
    expect(f.json<unknown[]>().length).toBe(review(doc).length);
  });

  it('gives 200 and the same id for the same bytes', async () => {
    const body = multipart({ name: 'again.txt', bytes: corpusBytes('beijing') });
    const r = await app.inject({
      method: 'POST',
      url: '/api/documents',
      ...body,
      headers: { ...body.headers, ...bearer(admin) },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json<{ id: string }>().id).toBe(ids.beijing);
  });

  it.each([
    [
      'no credentials',
      null,
      multipart({ name: 'x.txt', bytes: corpusBytes('beijing') }),
      401,
      'unauthenticated',
    ],
    [
      'a bad token',
      'ys_nope',
      multipart({ name: 'x.txt', bytes: corpusBytes('beijing') }),
      401,
      'unauthenticated',
    ],
    [
      'not a budget document',
      'admin',
      multipart({ name: 'j.txt', bytes: Buffer.from('你好\n'.repeat(99)) }),
      422,
      'not-a-budget-document',
    ],
    ['an empty file', 'admin', multipart({ name: 'e.txt', bytes: new Uint8Array() }), 422, 'empty-file'],
    [
      'too large',
      'admin',
      multipart({ name: 'big.txt', bytes: Buffer.alloc(2_100_000, 0x41) }),
      413,
      'too-large',
    ],
    ['no file field', 'admin', multipart(null, { region: '430100' }), 400, 'validation'],
    [
      'a bad region',
      'admin',
      multipart({ name: 'x.txt', bytes: corpusBytes('beijing') }, { region: '43' }),
      400,
      'validation',
    ],
  ] as const)('refuses an upload with %s', async (_what, token, body, status, code) => {
    const before = await store.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const auth = token === null ? {} : bearer(token === 'admin' ? admin : token);
    const r = await app.inject({
      method: 'POST',
      url: '/api/documents',
      ...body,
      headers: { ...body.headers, ...auth },
    });
    expect(r.statusCode).toBe(status);
    expect(r.json<unknown>()).toMatchObject({ code, message: expect.any(String) as unknown });
    const after = await store.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a JSON body where a multipart upload is expected', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: bearer(admin),
      payload: { file: 'x' },
    });
    expect(r.statusCode).toBe(415);
    expect(r.json()).toMatchObject({ code: 'unsupported-format' });
  });

  it('does not tell another department that the same bytes are stored, nor the draft’s id', async () => {
    const body = multipart({ name: 'theirs.txt', bytes: corpusBytes('beijing') });
    const r = await app.inject({
      method: 'POST',
      url: '/api/documents',
      ...body,
      headers: { ...body.headers, ...bearer(otherUnit) },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json<{ code: string }>().code).toBe('forbidden');
    expect(r.body).not.toContain(ids.beijing ?? 'no id');
  });

  it('hides drafts: 404 for anonymous readers and other departments, found by the admin', async () => {
    const id = ids.beijing ?? '';
    expect((await app.inject({ url: `/api/documents/${id}` })).statusCode).toBe(404);
    expect(
      (await app.inject({ url: `/api/documents/${id}/summary`, headers: bearer(otherUnit) })).statusCode,
    ).toBe(404);
    const list = await app.inject({ url: '/api/documents?year=2023' });
    expect(list.json()).toEqual({ items: [], total: 0 });
    const adminList = await app.inject({ url: '/api/documents?year=2023', headers: bearer(admin) });
    expect(adminList.json<{ total: number }>().total).toBe(3);
  });

  it("lists a work area's own documents with scope=own: every state, nothing of other departments", async () => {
    const own = await app.inject({ url: '/api/documents?scope=own', headers: bearer(otherUnit) });
    const items = own.json<{ items: { departmentCode: string; state: string }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((d) => d.departmentCode === '104')).toBe(true);
    expect(items.some((d) => d.state === 'draft')).toBe(true);
    expect((await app.inject({ url: '/api/documents?scope=own' })).json()).toEqual({ items: [], total: 0 });
    const all = await app.inject({ url: '/api/documents?scope=own', headers: bearer(admin) });
    expect(all.json<{ total: number }>().total).toBe(
      (await app.inject({ url: '/api/documents', headers: bearer(admin) })).json<{ total: number }>().total,
    );
  });

  it('logs in with a session cookie and demands the CSRF token on writes', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { name: 'admin', password: 'wrong-password' },
    });
    expect(bad.statusCode).toBe(401);
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { name: 'admin', password: 'admin-password' },
    });
    expect(r.statusCode).toBe(200);
    const cookie = r.cookies.find((c) => c.name === 'yusuan_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const csrf = r.json<{ csrfToken: string }>().csrfToken;
    const headers = { cookie: `yusuan_session=${cookie?.value ?? ''}` };
    expect((await app.inject({ url: '/api/auth/me', headers })).json()).toMatchObject({
      user: { name: 'admin', role: 'admin' },
    });
    const body = multipart({ name: 'x.txt', bytes: corpusBytes('beijing') });
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/documents',
      ...body,
      headers: { ...body.headers, ...headers },
    });
    expect(noCsrf.statusCode).toBe(403);
    const withCsrf = await app.inject({
      method: 'POST',
      url: '/api/documents',
      ...body,
      headers: { ...body.headers, ...headers, 'x-csrf-token': csrf },
    });
    expect(withCsrf.statusCode).toBe(200);
  });

  it('names the field of a validation error', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'admin' } });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'validation', details: { problems: [{ path: 'password' }] } });
  });

  it('lists regions and departments with the documents the reader may see', async () => {
    const regions = await app.inject({ url: '/api/regions', headers: bearer(admin) });
    expect(regions.json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: '430100', level: 'city', documents: 4 })]),
    );
    const depts = await app.inject({ url: '/api/departments?region=430100', headers: bearer(admin) });
    expect(depts.json()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: '157',
          name: '长沙市人民政府驻北京联络处',
          documents: 1,
          years: [2023],
        }),
      ]),
    );
  });
});
