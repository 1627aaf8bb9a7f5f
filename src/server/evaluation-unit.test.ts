// A unit account limited to one budget unit and its department's self-evaluation (both databases):
// 长沙市人民政府办公厅 2024 (corpus; three units, a department-level document) approved; the account of
// unit 104001 sees and enters its own unit's targets — the scores are stored with the department's
// evaluation and the 主管部门 sees them — but no other unit's, takes no step of the chain (the 主管部门
// submits the whole), and once the evaluation is submitted enters nothing more. Its monitoring and its
// list of evaluations are limited alike; a unit account of another department sees nothing.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken } from '../app/index.js';
import type { EvaluationView } from '../app/index.js';
import { CORPUS, corpusBytes } from '../test-support/corpus.js';
import { fillEverything } from '../test-support/evaluation-api.js';
import { multipart } from '../test-support/multipart.js';
import { openTestStore, STORE_KINDS } from '../test-support/stores.js';
import { buildServer } from './app.js';

describe.each(STORE_KINDS)("a unit's part of its department's self-evaluation on %s", (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let app: FastifyInstance;
  let doc = '';
  const tokens: Record<string, string> = {};
  const call = (method: 'GET' | 'POST' | 'PUT', who: string, url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${tokens[who] ?? ''}` },
      ...(payload ? { payload } : {}),
    });
  const view = async (who: string) => {
    const r = await call('GET', who, `/api/documents/${doc}/evaluation`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json<EvaluationView>();
  };

  beforeAll(async () => {
    store = await openTestStore(kind);
    ({ app } = await buildServer({ store, webDir: null }));
    for (const [name, role, scope] of [
      ['admin', 'admin', {}],
      ['rev', 'reviewer', { region: '430100' }],
      ['dept', 'department', { region: '430100', department: '104' }],
      ['u104001', 'unit', { department: '104', unit: '104001' }],
      ['u157001', 'unit', { department: '157', unit: '157001' }],
    ] as const) {
      await addUser(store, { name, role, ...scope, password: 'unit-part-password' });
      tokens[name] = await createToken(store, name);
    }
    const body = multipart(
      { name: CORPUS.bangongting, bytes: corpusBytes('bangongting') },
      { region: '430100' },
    );
    const up = await app.inject({
      method: 'POST',
      url: '/api/documents',
      ...body,
      headers: { ...body.headers, authorization: `Bearer ${tokens['admin'] ?? ''}` },
    });
    doc = up.json<{ id: string }>().id;
    const review = (await call('GET', 'admin', `/api/documents/${doc}/review`)).json<{
      findings: { key: string; severity: string }[];
    }>();
    const explanations = review.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ key: f.key, text: '已核实' }));
    expect((await call('POST', 'dept', `/api/documents/${doc}/submit`, { explanations })).statusCode).toBe(
      200,
    );
    expect((await call('POST', 'rev', `/api/documents/${doc}/approve`, { opinion: '同意' })).statusCode).toBe(
      200,
    );
  });
  afterAll(async () => {
    await app?.close();
    await store?.drop();
  });

  it("shows the unit its own unit's targets of the department's evaluation, to enter, and no step of the chain", async () => {
    const whole = await view('dept');
    const units = new Set(whole.targets.map((t) => t.unit));
    expect([...units].sort()).toEqual(['104001', '104004', '104006']);
    const part = await view('u104001');
    expect(part.targets.map((t) => t.id)).toEqual(
      whole.targets.filter((t) => t.unit === '104001').map((t) => t.id),
    );
    expect(part).toMatchObject({
      publishedOnly: false,
      unitPart: '104001',
      mayEnter: true,
      mayAdjust: false,
      actions: [],
    });
    expect(whole.unitPart).toBeNull();
    expect(part.totals.targets).toBe(part.targets.length);
    expect((await call('GET', 'u157001', `/api/documents/${doc}/evaluation`)).statusCode).toBe(404);
    // nobody has opened it yet: the unit's list names it, a draft to fill in
    const list = (await call('GET', 'u104001', '/api/evaluations')).json<{
      items: { documentId: string; state: string; targets: unknown[] }[];
    }>();
    expect(list.items).toEqual([expect.objectContaining({ documentId: doc, state: 'draft', targets: [] })]);
    expect((await call('GET', 'u157001', '/api/evaluations')).json()).toEqual({ items: [] });
    // the document itself stays the department's
    expect((await call('GET', 'u104001', `/api/documents/${doc}/workflow`)).statusCode).toBe(404);
    // its 自评表 holds its own unit's targets alone; the 主管部门's, every unit's
    const sheet = async (who: string) => {
      const r = await call('GET', who, `/api/documents/${doc}/evaluation/sheet?format=html`);
      expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
      return r.body;
    };
    const [mine, all] = [await sheet('u104001'), await sheet('dept')];
    const names = (ts: EvaluationView['targets']) => ts.map((t) => t.name);
    const others = whole.targets.filter((t) => t.unit !== '104001');
    expect(others.length).toBeGreaterThan(0);
    for (const name of names(part.targets)) expect(mine).toContain(name);
    for (const name of names(others)) {
      expect(mine).not.toContain(name);
      expect(all).toContain(name);
    }
  });

  it("stores what the unit enters for its own targets, refuses another unit's, and the 主管部门 sees the scores", async () => {
    const part = await view('u104001');
    const own = part.targets.find((t) => t.kind === 'project' && t.execution.budget !== null);
    if (!own) throw new Error('no project of 104001');
    const other = (await view('dept')).targets.find((t) => t.unit === '104004');
    const refused = await call('PUT', 'u104001', `/api/documents/${doc}/evaluation/actuals`, {
      targets: [{ id: other?.id, executed: '1.00' }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'validation',
      details: { problems: [{ path: 'targets.0.id' }] },
    });
    expect(await store.db.selectFrom('evaluation_targets').selectAll().execute()).toEqual([]);

    const budget = own.execution.budget ?? '0';
    const saved = await call('PUT', 'u104001', `/api/documents/${doc}/evaluation/actuals`, {
      targets: [{ id: own.id, executed: budget }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<EvaluationView>().targets.every((t) => t.unit === '104001')).toBe(true);
    // 100% executed: the full 10 points, in the department's stored evaluation
    const seen = (await view('dept')).targets.find((t) => t.id === own.id);
    expect(seen?.execution).toMatchObject({ executed: budget, rate: '100.00', score: '10.00' });
    const row = await store.db
      .selectFrom('evaluation_targets')
      .select(['executed', 'execution_score'])
      .where('document_id', '=', doc)
      .where('target_id', '=', own.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ executed: budget, execution_score: '10.00' });
    const h = (await call('GET', 'dept', `/api/documents/${doc}/history`)).json<
      { action: string; actor: string }[]
    >();
    expect(h.filter((e) => e.action === 'evaluation-actuals').map((e) => e.actor)).toEqual(['u104001']);
  });

  it('lists the evaluation for the unit with its targets alone, and limits its monitoring alike', async () => {
    const list = (await call('GET', 'u104001', '/api/evaluations')).json<{
      items: { documentId: string; targets: { unit: string | null }[] }[];
    }>();
    expect(list.items.map((i) => i.documentId)).toEqual([doc]);
    expect(new Set(list.items[0]?.targets.map((t) => t.unit))).toEqual(new Set(['104001']));
    expect((await call('GET', 'u157001', '/api/evaluations')).json()).toEqual({ items: [] });

    const m = await call('GET', 'u104001', `/api/documents/${doc}/monitoring`);
    expect(m.statusCode, m.body).toBe(200);
    const targets = m.json<{
      mayEnter: boolean;
      targets: { id: string; unit: string; budget: string | null }[];
    }>();
    expect(targets.mayEnter).toBe(true);
    expect(new Set(targets.targets.map((t) => t.unit))).toEqual(new Set(['104001']));
    const own = targets.targets.find((t) => t.budget !== null);
    const entry = { target: own?.id, month: 6, executed: '0.00', indicators: [] };
    const r = await call('PUT', 'u104001', `/api/documents/${doc}/monitoring`, entry);
    expect(r.statusCode, r.body).toBe(200);
    const other = (await call('GET', 'dept', `/api/documents/${doc}/monitoring`))
      .json<{ targets: { id: string; unit: string }[] }>()
      .targets.find((t) => t.unit === '104006');
    expect(
      (await call('PUT', 'u104001', `/api/documents/${doc}/monitoring`, { ...entry, target: other?.id }))
        .statusCode,
    ).toBe(400);
    expect((await call('GET', 'u157001', `/api/documents/${doc}/monitoring`)).statusCode).toBe(404);
  });

  it("takes no step of the chain; once the 主管部门 has submitted, the unit's entries are closed", async () => {
    for (const action of ['submit', 'department-review', 'return', 'approve', 'publish'])
      expect(
        (await call('POST', 'u104001', `/api/documents/${doc}/evaluation/${action}`, { opinion: '越权' }))
          .statusCode,
        action,
      ).toBe(403);
    await fillEverything((m, who, url, p) => call(m, who ?? 'dept', url, p as object), 'dept', doc);
    const submit = await call('POST', 'dept', `/api/documents/${doc}/evaluation/submit`, {});
    expect(submit.statusCode, submit.body).toBe(200);
    const part = await view('u104001');
    expect(part).toMatchObject({ state: 'submitted', mayEnter: false });
    const late = await call('PUT', 'u104001', `/api/documents/${doc}/evaluation/actuals`, {
      targets: [{ id: part.targets[0]?.id, executed: '0' }],
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'conflict', details: { reason: 'wrong-state' } });
  });
});
