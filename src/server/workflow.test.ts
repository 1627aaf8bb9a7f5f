// The workflow through the API on both databases: the chain with opinions (with and without the
// 主管部门 step), wrong state and wrong role refused with their codes, unpublished documents hidden,
// the review gate with explanations, edits with If-Match (two editors: no lost update), versions and
// their differences, reviewer comments, the inbox and deadlines, and the audit trail: refused by the
// database on UPDATE/DELETE, chained, verified, and any rewrite detected.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken, verifyAudit } from '../app/index.js';
import { CORPUS, corpusBytes } from '../test-support/corpus.js';
import { multipart } from '../test-support/multipart.js';
import { openTestStore, STORE_KINDS } from '../test-support/stores.js';
import { buildServer } from './app.js';

type Outcome = { id: string; state: string; version: number };

describe.each(STORE_KINDS)('workflow on %s', (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let app: FastifyInstance;
  const t: Record<string, string> = {};
  let doc = '';
  const bearer = (who: string) => ({ authorization: `Bearer ${t[who] ?? ''}` });
  const post = (who: string | null, url: string, payload: unknown = {}) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers: who ? bearer(who) : {} });
  const get = (who: string | null, url: string) => app.inject({ url, headers: who ? bearer(who) : {} });

  /** Uploads a corpus document; `variant` adds blank lines so that the bytes (and the id) differ. */
  async function upload(name: keyof typeof CORPUS, region = '430100', variant = 0): Promise<string> {
    const bytes = Buffer.concat([Buffer.from(corpusBytes(name)), Buffer.from('\n'.repeat(variant))]);
    const body = multipart({ name: CORPUS[name], bytes }, { region });
    const r = await app.inject({
      method: 'POST',
      url: '/api/documents',
      ...body,
      headers: { ...body.headers, ...bearer('admin') },
    });
    expect([200, 201]).toContain(r.statusCode);
    return r.json<{ id: string }>().id;
  }

  beforeAll(async () => {
    store = await openTestStore(kind);
    ({ app } = await buildServer({ store, webDir: null }));
    const users: [string, string, Record<string, string>][] = [
      ['admin', 'admin', {}],
      ['rev', 'reviewer', { region: '430100' }],
      ['rev2', 'reviewer', { region: '430200' }],
      ['dept', 'department', { region: '430100', department: '157' }],
      ['unit', 'unit', { department: '157' }],
      ['unit2', 'unit', { department: '157' }],
      ['other', 'unit', { department: '104' }],
    ];
    for (const [name, role, scope] of users) {
      await addUser(store, { name, role, ...scope, password: 'wf-password-1' });
      t[name] = await createToken(store, name);
    }
    doc = await upload('beijing');
  });
  afterAll(async () => {
    await app?.close();
    await store?.drop();
  });

  it('runs the chain: submit, return with an opinion, resubmit, approve, publish; the public sees it after', async () => {
    expect((await get(null, `/api/documents/${doc}`)).statusCode).toBe(404);
    expect((await get('other', `/api/documents/${doc}`)).statusCode).toBe(404);
    expect((await get('rev2', `/api/documents/${doc}`)).statusCode).toBe(404);
    const steps: [string | null, string, unknown, number, string | null][] = [
      ['unit', 'submit', {}, 200, 'submitted'],
      ['unit', 'submit', {}, 409, null], // wrong state
      ['unit', 'approve', { opinion: '自己批' }, 403, null], // wrong role
      ['other', 'return', { opinion: 'x' }, 403, null], // a unit never returns
      ['rev2', 'approve', { opinion: 'x' }, 404, null], // another region: does not exist
      ['rev', 'publish', {}, 409, null], // not approved yet
      ['rev', 'return', {}, 400, null], // a return needs an opinion
      ['rev', 'return', { opinion: '请补充项目测算依据' }, 200, 'draft'],
      ['unit2', 'submit', {}, 200, 'submitted'],
      ['rev', 'approve', { opinion: '同意申报，请严格按照绩效目标组织实施' }, 200, 'approved'],
      ['unit', 'publish', {}, 403, null],
      ['rev', 'publish', {}, 200, 'published'],
    ];
    for (const [who, action, body, status, state] of steps) {
      const r = await post(who, `/api/documents/${doc}/${action}`, body);
      expect(r.statusCode, `${who} ${action}: ${r.body}`).toBe(status);
      if (state) expect(r.json<Outcome>()).toEqual({ id: doc, state, version: 1 });
      else expect(r.json<{ code: string }>().code).toMatch(/^(conflict|forbidden|not-found|validation)$/);
    }
    expect((await get(null, `/api/documents/${doc}`)).statusCode).toBe(200);
    expect((await get('other', `/api/documents/${doc}`)).statusCode).toBe(200);
    const h = await get('rev', `/api/documents/${doc}/history`);
    const entries = h.json<{ action: string; actor: string; at: string; opinion: string | null }[]>();
    expect(entries.map((e) => [e.action, e.actor, e.opinion])).toEqual([
      ['submit', 'unit', null],
      ['return', 'rev', '请补充项目测算依据'],
      ['submit', 'unit2', null],
      ['approve', 'rev', '同意申报，请严格按照绩效目标组织实施'],
      ['publish', 'rev', null],
    ]);
    expect(entries.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    // the internal history is not public
    expect((await get(null, `/api/documents/${doc}/history`)).statusCode).toBe(401);
    expect((await get('other', `/api/documents/${doc}/history`)).statusCode).toBe(403);
  });

  it('an adjustment request of a published document runs the chain again and makes a new version; the public keeps the published one', async () => {
    const r = await post('unit', `/api/documents/${doc}/adjust`, { opinion: '项目资金调整' });
    expect(r.json<Outcome>()).toEqual({ id: doc, state: 'draft', version: 2 });
    expect((await get(null, `/api/documents/${doc}/versions/1`)).statusCode).toBe(200);
    expect((await get(null, `/api/documents/${doc}/versions/2`)).statusCode).toBe(404);
    expect((await post('unit', `/api/documents/${doc}/submit`)).json<Outcome>().state).toBe('submitted');
    expect(
      (await post('rev', `/api/documents/${doc}/approve`, { opinion: '同意调整' })).json<Outcome>(),
    ).toEqual({
      id: doc,
      state: 'approved',
      version: 2,
    });
    expect((await post('rev', `/api/documents/${doc}/publish`)).json<Outcome>().state).toBe('published');
  });

  it('with the 主管部门 step: the department reviews before the bureau approves', async () => {
    expect(
      (
        await app.inject({
          method: 'PUT',
          url: '/api/regions/430100/settings',
          payload: { departmentStep: true, deadlines: [{ year: 2023, date: '2022-11-30' }] },
          headers: bearer('rev'),
        })
      ).statusCode,
    ).toBe(403);
    const s = await app.inject({
      method: 'PUT',
      url: '/api/regions/430100/settings',
      payload: { departmentStep: true, deadlines: [{ year: 2023, date: '2022-11-30' }] },
      headers: bearer('admin'),
    });
    expect(s.statusCode).toBe(200);
    const id = await upload('bangongting', '430100');
    // 办公厅 is department 104: its unit may submit, the 157 department may not see it
    // its three real defects (10.31 vs 10.34, 83.66 vs 103.66, 7.85 vs 27.85) must be explained first
    expect((await post('other', `/api/documents/${id}/submit`)).statusCode).toBe(422);
    const review = (await get('other', `/api/documents/${id}/review`)).json<{
      findings: { key: string; severity: string }[];
    }>();
    const errs = review.findings.filter((f) => f.severity === 'error');
    expect(errs).toHaveLength(3);
    for (const f of errs)
      await post('other', `/api/documents/${id}/explanations`, { key: f.key, text: '以批复数为准' });
    const submitted = await post('other', `/api/documents/${id}/submit`);
    expect(submitted.json<Outcome>().state, submitted.body).toBe('submitted');
    expect((await post('rev', `/api/documents/${id}/approve`, { opinion: '同意' })).statusCode).toBe(409);
    expect((await post('dept', `/api/documents/${id}/department-review`)).statusCode).toBe(404);
    await addUser(store, {
      name: 'dept104',
      role: 'department',
      region: '430100',
      department: '104',
      password: 'wf-password-1',
    });
    t['dept104'] = await createToken(store, 'dept104');
    const inboxDept = await get('dept104', '/api/inbox');
    expect(inboxDept.json<{ items: { documentId: string; reason: string }[] }>().items).toContainEqual(
      expect.objectContaining({ documentId: id, reason: 'awaiting' }),
    );
    expect((await post('dept104', `/api/documents/${id}/department-review`)).json<Outcome>().state).toBe(
      'department-reviewed',
    );
    const inboxRev = await get('rev', '/api/inbox');
    expect(
      inboxRev
        .json<{ items: { documentId: string; actions: string[] }[] }>()
        .items.find((d) => d.documentId === id)?.actions,
    ).toEqual(['return', 'approve']);
    expect(
      (await post('rev', `/api/documents/${id}/approve`, { opinion: '同意' })).json<Outcome>().state,
    ).toBe('approved');
    await app.inject({
      method: 'PUT',
      url: '/api/regions/430100/settings',
      payload: { departmentStep: false, deadlines: [] },
      headers: bearer('admin'),
    });
  });

  it('edits with If-Match: the second of two editors on the same version gets 409 with the current version, nothing lost', async () => {
    const id = await upload('xiangyin', '430100');
    const w = await get('admin', `/api/documents/${id}/workflow`);
    const etag = w.headers['etag'] as string;
    expect(etag).toBe('"1"');
    const edit = (value: string, ifMatch?: string) =>
      app.inject({
        method: 'PATCH',
        url: `/api/documents/${id}`,
        payload: { edits: [{ op: 'set', path: 'projectForms[0].annualGoal', value }] },
        headers: { ...bearer('admin'), ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      });
    expect((await edit('无版本')).statusCode).toBe(400);
    const [a, b] = await Promise.all([edit('甲的目标', etag), edit('乙的目标', etag)]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const winner = a.statusCode === 200 ? a : b;
    expect(loser.json<{ code: string; details: { currentVersion: number } }>()).toMatchObject({
      code: 'conflict',
      details: { currentVersion: 2, reason: 'stale-version' },
    });
    expect(winner.headers['etag']).toBe('"2"');
    // the loser retries on the current version: both edits are in the history, the last one stands
    const retry = await edit(loser === a ? '甲的目标' : '乙的目标', '"2"');
    expect(retry.json<Outcome & { findings: unknown[] }>()).toMatchObject({ version: 3, state: 'draft' });
    const versions = await get('admin', `/api/documents/${id}/versions`);
    expect(versions.json<{ version: number }[]>().map((v) => v.version)).toEqual([1, 2, 3]);
    const diff = await get('admin', `/api/documents/${id}/diff?from=1&to=3`);
    const changes = diff.json<{ changes: { path: string; before: string; after: string }[] }>().changes;
    expect(changes).toHaveLength(1);
    expect(changes[0]?.path).toContain('annualGoal');
    expect(changes[0]?.after).toBe(loser === a ? '甲的目标' : '乙的目标');
    const history = (await get('admin', `/api/documents/${id}/history`)).json<{ action: string }[]>();
    expect(history.filter((e) => e.action === 'edit')).toHaveLength(2);
  });

  it('the review gate: an edit that breaks a sum blocks submission until the finding is explained', async () => {
    const id = await upload('beijing', '430100', 1);
    const etag = (await get('admin', `/api/documents/${id}/workflow`)).headers['etag'] as string;
    const before = (await get('admin', `/api/documents/${id}/review`)).json<{
      findings: { severity: string }[];
    }>();
    const errorsBefore = before.findings.filter((f) => f.severity === 'error').length;
    const e = await app.inject({
      method: 'PATCH',
      url: `/api/documents/${id}`,
      payload: { edits: [{ op: 'set', path: 'tables.summary.income[0].amounts.budget', value: '1.00' }] },
      headers: { ...bearer('admin'), 'if-match': etag },
    });
    expect(e.statusCode, e.body).toBe(200);
    const review = (await get('admin', `/api/documents/${id}/review`)).json<{
      findings: { key: string; severity: string; explanation: string | null }[];
      submittable: boolean;
    }>();
    const errs = review.findings.filter((f) => f.severity === 'error');
    expect(errs.length).toBeGreaterThan(errorsBefore);
    expect(review.submittable).toBe(false);
    const refused = await post('admin', `/api/documents/${id}/submit`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ code: string }>().code).toBe('review-errors');
    for (const f of errs) {
      const x = await post('admin', `/api/documents/${id}/explanations`, {
        key: f.key,
        text: '收入另有来源，见附件',
      });
      expect(x.statusCode, x.body).toBe(200);
    }
    expect((await post('admin', `/api/documents/${id}/submit`)).json<Outcome>().state).toBe('submitted');
    const shown = (await get('rev', `/api/documents/${id}/review`)).json<{
      findings: { explanation: string | null; severity: string }[];
    }>();
    expect(
      shown.findings
        .filter((f) => f.severity === 'error')
        .every((f) => f.explanation === '收入另有来源，见附件'),
    ).toBe(true);
    // submitted: no more edits
    const late = await app.inject({
      method: 'PATCH',
      url: `/api/documents/${id}`,
      payload: { edits: [{ op: 'set', path: 'title', value: 'x' }] },
      headers: { ...bearer('admin'), 'if-match': '*' },
    });
    expect(late.statusCode).toBe(409);
  });

  it('previews an edit: the findings it would bring, nothing saved; only for whoever may edit', async () => {
    const id = await upload('beijing', '430100', 2);
    const status = () => get('admin', `/api/documents/${id}/workflow`);
    const etag = (await status()).headers['etag'] as string;
    const stored = (await get('admin', `/api/documents/${id}/review`)).json<{ findings: unknown[] }>();
    const edits = [{ op: 'set', path: 'tables.summary.income[0].amounts.budget', value: '1.00' }];
    const preview = (who: string | null, body: unknown = { edits }) =>
      post(who, `/api/documents/${id}/edits/preview`, body);
    const p = await preview('unit');
    expect(p.statusCode, p.body).toBe(200);
    const seen = p.json<{
      version: number;
      findings: { severity: string; rule: string }[];
      changes: { path: string; after: string | null }[];
    }>();
    expect(seen.version).toBe(1);
    expect(seen.changes).toHaveLength(1);
    expect(seen.changes[0]?.path).toContain('amounts.budget');
    expect(seen.changes[0]?.after).toBe('1.00');
    expect(seen.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(
      (stored.findings as { severity: string }[]).filter((f) => f.severity === 'error').length,
    );
    // nothing saved: the same version, the same stored findings
    expect((await status()).headers['etag']).toBe(etag);
    expect((await get('admin', `/api/documents/${id}/review`)).json()).toEqual(stored);
    // the edit's own checks: a bad value is 400 naming the path; others may not edit: 404 or 403
    const bad = await preview('unit', { edits: [{ ...edits[0], value: '一点' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ code: string }>().code).toBe('validation');
    expect((await preview('other')).statusCode).toBe(404);
    expect((await preview(null)).statusCode).toBe(401);
    expect((await preview('rev')).statusCode).toBe(403);
  });

  it('reviewers pin comments to a cell, project or indicator; units cannot', async () => {
    const id = await upload('keyProjects', '430100');
    const c = await post('rev', `/api/documents/${id}/comments`, {
      target: { project: '某项目', indicator: '满意度' },
      text: '<script>alert(1)</script> 指标值偏低',
    });
    expect(c.statusCode, c.body).toBe(201);
    expect(
      (await post('unit', `/api/documents/${id}/comments`, { target: { table: 'income' }, text: 'x' }))
        .statusCode,
    ).toBe(403);
    expect((await post('rev', `/api/documents/${id}/comments`, { target: {}, text: 'x' })).statusCode).toBe(
      400,
    );
    const r = (await get('rev', `/api/documents/${id}/review`)).json<{
      comments: { text: string; target: unknown }[];
    }>();
    expect(r.comments).toEqual([
      expect.objectContaining({
        text: '<script>alert(1)</script> 指标值偏低',
        target: { project: '某项目', indicator: '满意度' },
      }),
    ]);
  });

  it('the audit trail is append-only in the database, chained, and a rewrite is detected', async () => {
    const before = await verifyAudit(store.db);
    expect(before.ok).toBe(true);
    expect(before.count).toBeGreaterThan(10);
    await expect(sql`update audit_log set opinion = '同意' where seq = 2`.execute(store.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log where seq = 1`.execute(store.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(store.db)).rejects.toThrow(/append-only/);
    // someone with the power to drop the trigger rewrites an entry: the chain shows it
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(store.db);
    await sql`update audit_log set opinion = '同意' where seq = 2`.execute(store.db);
    await sql`alter table audit_log enable trigger audit_log_append_only`.execute(store.db);
    const after = await verifyAudit(store.db);
    expect(after).toMatchObject({ ok: false, problem: { seq: 2, reason: 'hash' } });
  });

  it('a declaration form created as a model, replaced whole with If-Match, shows in the unit inbox with its deadline', async () => {
    await app.inject({
      method: 'PUT',
      url: '/api/regions/430100/settings',
      payload: { departmentStep: false, deadlines: [{ year: 2023, date: '2022-11-30' }] },
      headers: bearer('admin'),
    });
    const model = (await get('admin', `/api/documents/${await upload('xiangyin', '430100', 2)}`)).json<{
      model: { title: { value: string } };
    }>().model;
    model.title.value = '2023年度示例单位项目支出预算绩效目标申报表';
    const c = await post('unit', '/api/documents/model', { model, region: '430100' });
    expect(c.statusCode, c.body).toBe(201);
    const { id } = c.json<{ id: string }>();
    expect(c.headers['etag']).toBe('"1"');
    expect((await get('other', `/api/documents/${id}`)).statusCode).toBe(404);
    const inbox = (await get('unit', '/api/inbox')).json<{
      items: { documentId: string; reason: string; overdue: boolean; deadline: string }[];
      overdue: number;
    }>();
    expect(inbox.items.find((i) => i.documentId === id)).toMatchObject({
      reason: 'draft',
      overdue: true,
      deadline: '2022-11-30',
    });
    expect(inbox.overdue).toBeGreaterThan(0);
    model.title.value = '改过的标题';
    const put = (v: string) =>
      app.inject({
        method: 'PUT',
        url: `/api/documents/${id}/model`,
        payload: { model },
        headers: { ...bearer('unit'), 'if-match': v },
      });
    expect((await put('"1"')).json<Outcome>()).toMatchObject({ id, state: 'draft', version: 2 });
    const stale = await put('"1"');
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ details: { currentVersion: number } }>().details.currentVersion).toBe(2);
    const diff = (await get('unit', `/api/documents/${id}/diff?from=1&to=2`)).json<{
      changes: { path: string; after: string }[];
    }>();
    expect(diff.changes).toEqual([expect.objectContaining({ path: 'title', after: '改过的标题' })]);
  });

  it('exports the audit trail for auditors: everything for an admin, own region for a reviewer, CSV neutralised', async () => {
    const all = (await get('admin', '/api/audit')).json<{ seq: number; hash: string }[]>();
    expect(all.length).toBeGreaterThan(10);
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    const own = (await get('rev2', '/api/audit')).json<unknown[]>();
    expect(own).toEqual([]);
    expect((await get('unit', '/api/audit')).statusCode).toBe(403);
    expect((await get(null, '/api/audit')).statusCode).toBe(401);
    const csv = await get('admin', '/api/audit?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFFseq,')).toBe(true);
    expect(csv.body).not.toMatch(/(^|,)"[=+\-@]/m);
  });
});
