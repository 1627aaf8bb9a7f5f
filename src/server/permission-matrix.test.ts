// The permission matrix, generated from the route table: every API route × every kind of actor
// (anonymous, admin, reviewer of the region and of another, 主管部门 and unit of the department and of
// another) × a document that is not published (department 157) and one that is (department 104).
// Whatever the route: nobody outside the draft's scope gets it (2xx) or any of its data (its id or its
// department's name in the body) — reads, lists, search, aggregates and exports alike — and nothing
// answers 5xx. Those inside its scope read it; everybody reads the published one. A job (the admin's
// PDF render of the draft) is seen by the admin alone, and its routes leak nothing of the draft.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken } from '../app/index.js';
import { CORPUS, corpusBytes } from '../test-support/corpus.js';
import { multipart } from '../test-support/multipart.js';
import { openTestStore, STORE_KINDS } from '../test-support/stores.js';
import type { RouteInfo } from './app.js';
import { buildServer } from './app.js';

const ACTORS: Record<string, [string, Record<string, string>, 'inside' | 'outside']> = {
  admin: ['admin', {}, 'inside'],
  reviewer: ['reviewer', { region: '430100' }, 'inside'],
  'reviewer-other-region': ['reviewer', { region: '430200' }, 'outside'],
  department: ['department', { region: '430100', department: '157' }, 'inside'],
  'department-other': ['department', { region: '430100', department: '104' }, 'outside'],
  unit: ['unit', { department: '157' }, 'inside'],
  'unit-other': ['unit', { department: '104' }, 'outside'],
  // limited to one unit of the published (department-level, three units) document's department
  'unit-104001': ['unit', { department: '104', unit: '104001' }, 'outside'],
};
const WHO = ['anonymous', ...Object.keys(ACTORS)];
/** What only the draft contains: its department's name (the published document is another department). */
const DRAFT_MARK = '驻北京联络处';

function fill(url: string, id: string): string {
  return url
    .replace(':id', id)
    .replace(':code', '430100')
    .replace(':version', '1')
    .replace(':table', 'income')
    .replace(/:(\w+)/g, 'x');
}
const QUERY =
  'line=1&q=' +
  encodeURIComponent('联络处') +
  '&from=1&to=1&format=json&drilldown=department&year=2023&region=430100';

describe.each(STORE_KINDS)('permission matrix on %s', (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let app: FastifyInstance;
  let routes: RouteInfo[] = [];
  const tokens: Record<string, string> = {};
  let draft = '';
  let published = '';
  let draftJob = '';
  const headers = (who: string) =>
    who === 'anonymous' ? {} : { authorization: `Bearer ${tokens[who] ?? ''}` };

  beforeAll(async () => {
    store = await openTestStore(kind);
    ({ app, routes } = await buildServer({ store, webDir: null }));
    for (const [name, [role, scope]] of Object.entries(ACTORS)) {
      await addUser(store, { name, role, ...scope, password: 'matrix-password' });
      tokens[name] = await createToken(store, name);
    }
    const up = async (name: keyof typeof CORPUS) => {
      const body = multipart({ name: CORPUS[name], bytes: corpusBytes(name) }, { region: '430100' });
      const r = await app.inject({
        method: 'POST',
        url: '/api/documents',
        ...body,
        headers: { ...body.headers, ...headers('admin') },
      });
      return r.json<{ id: string }>().id;
    };
    draft = await up('beijing');
    published = await up('bangongting');
    draftJob = (
      await app.inject({ method: 'POST', url: `/api/documents/${draft}/pdf`, headers: headers('admin') })
    ).json<{ id: string }>().id;
    expect(draftJob).toMatch(/^[0-9a-f-]{36}$/);
    const explain = (
      await app.inject({ url: `/api/documents/${published}/review`, headers: headers('admin') })
    ).json<{
      findings: { key: string; severity: string }[];
    }>();
    const explanations = explain.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ key: f.key, text: '已说明' }));
    for (const [who, action, body] of [
      ['admin', 'submit', { explanations }],
      ['reviewer', 'approve', { opinion: '同意' }],
      ['reviewer', 'publish', {}],
    ] as const) {
      const r = await app.inject({
        method: 'POST',
        url: `/api/documents/${published}/${action}`,
        payload: body,
        headers: headers(who),
      });
      expect(r.statusCode, r.body).toBe(200);
    }
  });
  afterAll(async () => {
    await app?.close();
    await store?.drop();
  });

  it('has routes to check', () => {
    expect(routes.filter((r) => r.url.startsWith('/api/')).length).toBeGreaterThan(25);
  });

  it('reads: outside the scope nothing of the draft, by any route; inside it, the draft; the published one to all', async () => {
    const reads = routes.filter(
      (r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    );
    const problems: string[] = [];
    for (const route of reads) {
      for (const who of WHO) {
        const outside = who === 'anonymous' || ACTORS[who]?.[2] === 'outside';
        for (const [doc, isDraft] of [
          [draft, true],
          [published, false],
        ] as const) {
          const isJob = route.url.startsWith('/api/jobs/:id');
          const url = `${fill(route.url, isJob ? draftJob : doc)}?${QUERY}`;
          const r = await app.inject({ url, headers: headers(who) });
          const where = `${route.method} ${route.url} as ${who} on ${isDraft ? 'draft' : 'published'}: ${r.statusCode}`;
          if (r.statusCode >= 500) problems.push(`${where} (server error) ${r.body.slice(0, 120)}`);
          // (a 404 may repeat the id asked for; only other routes must not name it)
          const named = !route.url.includes(':id') && r.body.includes(draft);
          // The department catalogue is public: it may name the department, never count its draft.
          const catalogue =
            route.url === '/api/departments' &&
            !/"documents":[1-9][^}]*驻北京联络处|驻北京联络处[^}]*"documents":[1-9]/.test(r.body);
          if (outside && (named || (r.body.includes(DRAFT_MARK) && !catalogue)))
            problems.push(`${where} leaks the draft: ${r.body.slice(0, 120)}`);
          if (!route.url.includes(':id')) continue;
          if (isJob) {
            if (who !== 'admin' && r.statusCode < 400) problems.push(`${where} shows someone else's job`);
            if (who === 'admin' && r.statusCode === 404) problems.push(`${where} hides the admin's own job`);
            continue;
          }
          if (isDraft && outside && r.statusCode < 400)
            problems.push(`${where} answers a draft outside the scope`);
          if (
            isDraft &&
            !outside &&
            r.statusCode === 404 &&
            !route.url.includes(':version') &&
            !route.url.includes(':table')
          )
            problems.push(`${where} hides the draft from its own scope`);
          if (
            !isDraft &&
            route.action === 'document.read' &&
            r.statusCode === 404 &&
            !route.url.includes(':table')
          )
            problems.push(`${where} hides a published document`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("self-evaluations: an unpublished one is seen only within its document's scope, even when the document is published", async () => {
    // the published document (department 104, region 430100) opens its evaluation
    const open = await app.inject({
      method: 'PUT',
      url: `/api/documents/${published}/evaluation/actuals`,
      payload: { targets: [] },
      headers: headers('admin'),
    });
    expect(open.statusCode, open.body).toBe(200);
    const insideOfPublished = ['admin', 'reviewer', 'department-other', 'unit-other', 'unit-104001'];
    const problems: string[] = [];
    for (const who of WHO) {
      const inside = insideOfPublished.includes(who);
      const one = await app.inject({ url: `/api/documents/${published}/evaluation`, headers: headers(who) });
      const list = await app.inject({ url: '/api/evaluations', headers: headers(who) });
      const listed = list.body.includes(published);
      if (inside !== (one.statusCode === 200)) problems.push(`${who}: GET evaluation ${one.statusCode}`);
      if (inside !== listed) problems.push(`${who}: list ${listed ? 'names' : 'omits'} it`);
    }
    expect(problems).toEqual([]);
  });

  it("a unit account limited to one unit reaches its unit's part of a department's working self-evaluation and monitoring, no more; the forms print for whoever sees the evaluation", async () => {
    // the published document's evaluation is open (a draft) since the test above
    const problems: string[] = [];
    const as = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      app.inject({ method, url, headers: headers(who), ...(payload ? { payload } : {}) });
    type View = {
      targets: { id: string; unit: string }[];
      actions: string[];
      mayAdjust: boolean;
      mayEnter: boolean;
    };
    const whole = (await as('admin', 'GET', `/api/documents/${published}/evaluation`)).json<View>();
    const part = await as('unit-104001', 'GET', `/api/documents/${published}/evaluation`);
    const view = part.json<View>();
    const own = whole.targets.filter((t) => t.unit === '104001').map((t) => t.id);
    if (part.statusCode !== 200) problems.push(`evaluation: ${part.statusCode}`);
    if (own.length === 0 || own.length === whole.targets.length)
      problems.push('the document has no other unit');
    if (JSON.stringify(view.targets.map((t) => t.id)) !== JSON.stringify(own))
      problems.push(`evaluation targets: ${view.targets.map((t) => t.unit).join(',')}`);
    if (view.actions.length || view.mayAdjust || !view.mayEnter)
      problems.push(
        `offered: ${JSON.stringify({ actions: view.actions, adjust: view.mayAdjust, enter: view.mayEnter })}`,
      );
    const sheet = await as('unit-104001', 'GET', `/api/documents/${published}/evaluation/sheet?format=html`);
    if (sheet.statusCode !== 200) problems.push(`sheet: ${sheet.statusCode}`);
    const others = whole.targets.filter((t) => t.unit !== '104001');
    const monitoring = await as('unit-104001', 'GET', `/api/documents/${published}/monitoring`);
    const seen = monitoring.json<{ targets: { unit: string }[] }>().targets.map((t) => t.unit);
    if (monitoring.statusCode !== 200 || seen.some((u) => u !== '104001'))
      problems.push(`monitoring: ${monitoring.statusCode} ${seen.join(',')}`);
    // another unit's target does not exist for it; the chain and the bureau's check are not its
    const other = await as('unit-104001', 'PUT', `/api/documents/${published}/evaluation/actuals`, {
      targets: [{ id: others[0]?.id, executed: '1' }],
    });
    if (other.statusCode !== 400) problems.push(`another unit's target: ${other.statusCode}`);
    for (const action of ['submit', 'approve', 'publish'])
      if (
        (await as('unit-104001', 'POST', `/api/documents/${published}/evaluation/${action}`, {}))
          .statusCode !== 403
      )
        problems.push(`evaluation ${action} not refused`);
    // a unit of another department, or limited to a unit of another department, sees nothing
    const outsider = await as('unit-104001', 'GET', `/api/documents/${draft}/evaluation`);
    if (outsider.statusCode !== 404) problems.push(`the draft's evaluation: ${outsider.statusCode}`);
    // the PDF of the forms: queued for who sees the evaluation (202), refused to others
    for (const who of WHO) {
      const r = await as(who, 'POST', `/api/documents/${draft}/pdf?content=evaluation`);
      const expected = who === 'anonymous' ? 401 : ACTORS[who]?.[2] === 'outside' ? 404 : 202;
      if (r.statusCode !== expected) problems.push(`PDF of the forms as ${who}: ${r.statusCode}`);
      if (r.body.includes(DRAFT_MARK)) problems.push(`PDF of the forms as ${who} leaks the draft`);
    }
    expect(problems).toEqual([]);
  });

  it('administration: users routes answer admins only (401 anonymous, 403 every other role)', async () => {
    const admin = routes.filter((r) => r.url.startsWith('/api/users'));
    expect(admin.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/users',
      'PATCH /api/users/:id',
      'POST /api/users',
      'POST /api/users/:id/password',
    ]);
    const problems: string[] = [];
    for (const route of admin)
      for (const who of WHO) {
        const r = await app.inject({
          method: route.method as 'POST',
          url: route.url.replace(':id', '1'),
          ...(route.method === 'GET' ? {} : { payload: {} }),
          headers: headers(who),
        });
        const expected = who === 'anonymous' ? [401] : who === 'admin' ? [200, 400] : [403];
        if (!expected.includes(r.statusCode))
          problems.push(`${route.method} ${route.url} as ${who}: ${r.statusCode}`);
      }
    expect(problems).toEqual([]);
  });

  it('region settings: read by everyone, changed by admins only (401 anonymous, 403 every other role)', async () => {
    const settings = routes.filter((r) => /^\/api\/regions\/:code\/[\w-]*settings$/.test(r.url));
    expect(settings.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/regions/:code/evaluation-settings',
      'GET /api/regions/:code/settings',
      'PUT /api/regions/:code/evaluation-settings',
      'PUT /api/regions/:code/settings',
    ]);
    const problems: string[] = [];
    for (const route of settings)
      for (const who of WHO) {
        const url = fill(route.url, draft);
        const current =
          route.method === 'PUT'
            ? (await app.inject({ url, headers: headers('admin') })).json<object>()
            : undefined;
        const r = await app.inject({
          method: route.method as 'PUT',
          url,
          ...(current ? { payload: current } : {}),
          headers: headers(who),
        });
        const expected =
          route.method === 'GET' || who === 'admin' ? [200] : who === 'anonymous' ? [401] : [403];
        if (!expected.includes(r.statusCode))
          problems.push(`${route.method} ${route.url} as ${who}: ${r.statusCode}`);
      }
    expect(problems).toEqual([]);
  });

  it('writes: outside the scope every state-changing route on the draft is refused (401, 403, 404 or 400), never done', async () => {
    const writes = routes.filter((r) => r.method !== 'GET' && r.url.includes(':id'));
    expect(writes.length).toBeGreaterThan(8);
    const problems: string[] = [];
    for (const route of writes)
      for (const who of WHO.filter((w) => w === 'anonymous' || ACTORS[w]?.[2] === 'outside')) {
        const r = await app.inject({
          method: route.method as 'POST',
          url: fill(route.url, draft),
          payload: {
            opinion: '越权',
            edits: [{ op: 'set', path: 'title', value: 'x' }],
            model: {},
            key: 'k',
            text: 't',
            target: { table: 'income' },
          },
          headers: { ...headers(who), 'if-match': '*' },
        });
        if (![400, 401, 403, 404].includes(r.statusCode))
          problems.push(`${route.method} ${route.url} as ${who}: ${r.statusCode}`);
        if (r.body.includes(DRAFT_MARK))
          problems.push(`${route.method} ${route.url} as ${who} leaks the draft`);
      }
    expect(problems).toEqual([]);
    // and the draft is untouched
    const h = await app.inject({ url: `/api/documents/${draft}/workflow`, headers: headers('admin') });
    expect(h.json<{ state: string; version: number }>()).toMatchObject({ state: 'draft', version: 1 });
  });
});
