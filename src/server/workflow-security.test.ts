// Security of the workflow API, asserting outcomes: CSRF (a session's state-changing request without
// its token is refused and changes nothing), SQL-injection payloads in every text parameter and field
// (stored and returned verbatim, nothing leaked, the schema intact), stored XSS (JSON returns the text
// as data; the HTML publication of an edited document escapes it), path traversal in upload file
// names, oversized and malformed uploads, and login brute force (rate limit, then lockout).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken, decodeDocument, renderDocument } from '../app/index.js';
import { CORPUS, corpusBytes } from '../test-support/corpus.js';
import { multipart } from '../test-support/multipart.js';
import { openTestStore, STORE_KINDS } from '../test-support/stores.js';
import { buildServer } from './app.js';

const SQLI = [
  "' OR '1'='1",
  "'; DROP TABLE documents; --",
  '1; DELETE FROM audit_log; --',
  '" OR ""="',
  "%' OR 1=1 --",
  "\\'; select pg_sleep(1); --",
];
const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe.each(STORE_KINDS)('workflow security on %s', (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let app: FastifyInstance;
  const t: Record<string, string> = {};
  let draft = '';
  const bearer = (who: string) => ({ authorization: `Bearer ${t[who] ?? ''}` });

  beforeAll(async () => {
    store = await openTestStore(kind);
    ({ app } = await buildServer({ store, webDir: null, maxUploadBytes: 300_000 }));
    for (const [name, role, scope] of [
      ['admin', 'admin', {}],
      ['unit', 'unit', { department: '157' }],
      ['other', 'unit', { department: '104' }],
      ['rev', 'reviewer', { region: '430100' }],
    ] as const) {
      await addUser(store, { name, role, ...scope, password: 'security-password' });
      t[name] = await createToken(store, name);
    }
    const body = multipart({ name: CORPUS.beijing, bytes: corpusBytes('beijing') }, { region: '430100' });
    draft = (
      await app.inject({
        method: 'POST',
        url: '/api/documents',
        ...body,
        headers: { ...body.headers, ...bearer('admin') },
      })
    ).json<{ id: string }>().id;
  });
  afterAll(async () => {
    await app?.close();
    await store?.drop();
  });

  it('refuses a session request without its CSRF token, and changes nothing', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { name: 'unit', password: 'security-password' },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'yusuan_session');
    expect(cookie?.httpOnly).toBe(true);
    const csrf = login.json<{ csrfToken: string }>().csrfToken;
    const headers = { cookie: `yusuan_session=${cookie?.value ?? ''}` };
    const without = await app.inject({
      method: 'POST',
      url: `/api/documents/${draft}/submit`,
      payload: {},
      headers,
    });
    expect(without.statusCode).toBe(403);
    const wrong = await app.inject({
      method: 'POST',
      url: `/api/documents/${draft}/submit`,
      payload: {},
      headers: { ...headers, 'x-csrf-token': 'forged' },
    });
    expect(wrong.statusCode).toBe(403);
    const state = await app.inject({ url: `/api/documents/${draft}/workflow`, headers: bearer('admin') });
    expect(state.json<{ state: string }>().state).toBe('draft');
    const ok = await app.inject({
      method: 'POST',
      url: `/api/documents/${draft}/submit`,
      payload: {},
      headers: { ...headers, 'x-csrf-token': csrf },
    });
    expect(ok.json<{ state: string }>().state).toBe('submitted');
  });

  it('takes SQL-injection payloads in every text parameter and field as text', async () => {
    const count = async () =>
      (
        await store.db
          .selectFrom('documents')
          .select(store.db.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = Number(await count());
    for (const p of SQLI) {
      const q = encodeURIComponent(p);
      for (const url of [
        `/api/documents?kind=${q}&region=${q}`,
        `/api/documents/${q}`,
        `/api/documents/${q}/history`,
        `/api/documents/${draft}/diff?from=1&to=${q}`,
        `/api/audit?document=${q}`,
        `/api/regions/${q}/settings`,
        `/api/search?q=${q}`,
      ]) {
        const r = await app.inject({ url, headers: bearer('other') });
        expect(r.statusCode, `${url}: ${r.body.slice(0, 200)}`).toBeLessThan(500);
        expect(r.body).not.toContain('驻北京联络处');
      }
      const ret = await app.inject({
        method: 'POST',
        url: `/api/documents/${draft}/return`,
        payload: { opinion: p },
        headers: bearer('rev'),
      });
      expect(ret.statusCode, ret.body).toBe(200);
      const c = await app.inject({
        method: 'POST',
        url: `/api/documents/${draft}/comments`,
        payload: { target: { project: p, table: p }, text: p },
        headers: bearer('rev'),
      });
      expect(c.statusCode).toBe(201);
      const x = await app.inject({
        method: 'POST',
        url: `/api/documents/${draft}/explanations`,
        payload: { key: p, text: p },
        headers: bearer('unit'),
      });
      expect(x.statusCode).toBe(404); // no such finding: refused, not run
      const e = await app.inject({
        method: 'PATCH',
        url: `/api/documents/${draft}`,
        payload: { edits: [{ op: 'set', path: 'title', value: p }] },
        headers: { ...bearer('unit'), 'if-match': '*' },
      });
      expect(e.statusCode, e.body).toBe(200);
      const s = await app.inject({
        method: 'POST',
        url: `/api/documents/${draft}/submit`,
        payload: {},
        headers: bearer('unit'),
      });
      expect(s.statusCode).toBe(200);
    }
    expect(Number(await count())).toBe(before);
    const history = (
      await app.inject({ url: `/api/documents/${draft}/history`, headers: bearer('rev') })
    ).json<{ opinion: string | null }[]>();
    expect(history.filter((h) => h.opinion !== null).map((h) => h.opinion)).toEqual(SQLI);
    const model = (await app.inject({ url: `/api/documents/${draft}`, headers: bearer('rev') })).json<{
      model: { title: { value: string } };
    }>();
    expect(model.model.title.value).toBe(SQLI[SQLI.length - 1]);
    const audit = await app.inject({ url: '/api/audit', headers: bearer('admin') });
    expect(audit.json<unknown[]>().length).toBeGreaterThan(SQLI.length * 4);
  });

  it('returns stored XSS as data in JSON, and the HTML publication escapes it', async () => {
    await app.inject({
      method: 'POST',
      url: `/api/documents/${draft}/return`,
      payload: { opinion: XSS },
      headers: bearer('rev'),
    });
    const e = await app.inject({
      method: 'PATCH',
      url: `/api/documents/${draft}`,
      payload: {
        edits: [
          { op: 'set', path: 'department', value: XSS },
          { op: 'set', path: 'title', value: XSS },
        ],
      },
      headers: { ...bearer('unit'), 'if-match': '*' },
    });
    expect(e.statusCode, e.body).toBe(200);
    const h = await app.inject({ url: `/api/documents/${draft}/history`, headers: bearer('unit') });
    expect(h.headers['content-type']).toContain('application/json');
    expect(h.json<{ opinion: string | null }[]>().some((x) => x.opinion === XSS)).toBe(true);
    const model = (await app.inject({ url: `/api/documents/${draft}`, headers: bearer('unit') })).json<{
      model: unknown;
    }>().model;
    const decoded = decodeDocument(model);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const html = new TextDecoder().decode(
      await renderDocument(
        { printer: { print: () => Promise.reject(new Error('no pdf')) } },
        decoded.document,
        'html',
      ),
    );
    expect(html).not.toContain('<script>alert("x")</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps upload file names as names: no path survives into the download header', async () => {
    const bytes = Buffer.concat([Buffer.from(corpusBytes('beijing')), Buffer.from('\n\n')]);
    const body = multipart({ name: '../../../etc/passwd', bytes }, { region: '430100' });
    const r = await app.inject({
      method: 'POST',
      url: '/api/documents',
      ...body,
      headers: { ...body.headers, ...bearer('admin') },
    });
    expect(r.statusCode).toBe(201);
    const id = r.json<{ id: string }>().id;
    const o = await app.inject({ url: `/api/documents/${id}/original`, headers: bearer('admin') });
    expect(o.statusCode).toBe(200);
    const disposition = String(o.headers['content-disposition'] ?? '');
    expect(decodeURIComponent(disposition)).not.toMatch(/\.\.\/|\/etc\//);
  });

  it('refuses oversized and malformed uploads with a code, storing nothing', async () => {
    const count = async () =>
      Number(
        (
          await store.db
            .selectFrom('documents')
            .select(store.db.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const big = multipart(
      { name: 'big.txt', bytes: new Uint8Array(400_000).fill(0x41) },
      { region: '430100' },
    );
    const r1 = await app.inject({
      method: 'POST',
      url: '/api/documents',
      ...big,
      headers: { ...big.headers, ...bearer('admin') },
    });
    expect(r1.statusCode).toBe(413);
    expect(r1.json<{ code: string }>().code).toBe('too-large');
    const r2 = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated',
      headers: { 'content-type': 'multipart/form-data; boundary=x', ...bearer('admin') },
    });
    expect(r2.statusCode).toBeGreaterThanOrEqual(400);
    expect(r2.statusCode).toBeLessThan(500);
    expect(r2.json<{ code: string }>().code).toMatch(/./);
    const r3 = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { file: 'x' },
      headers: bearer('admin'),
    });
    expect(r3.statusCode).toBe(415);
    const bin = multipart(
      { name: 'x.txt', bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254]) },
      { region: '430100' },
    );
    const r4 = await app.inject({
      method: 'POST',
      url: '/api/documents',
      ...bin,
      headers: { ...bin.headers, ...bearer('admin') },
    });
    expect(r4.statusCode).toBe(422);
    expect(await count()).toBe(before);
  });

  it('limits login attempts, then locks the account out for that client even with the right password', async () => {
    const attempt = (password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'other', password } });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt(`wrong-${i}`)).statusCode);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses[statuses.length - 1]).toBe(429);
    const right = await attempt('security-password');
    expect(right.statusCode).toBe(429);
    expect(right.json<{ code: string }>().code).toBe('too-many-requests');
  });
});
