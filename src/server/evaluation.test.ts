// The self-evaluation and monitoring through the API on both databases, with a real corpus document
// (长沙市人民政府驻北京联络处 2023: three projects and the unit's target): the unit enters actual values
// and the executed budget, the scores are src/scoring's and stored as computed (per target and per
// indicator, exact decimals); a bad value anywhere saves nothing; a submission with lost points not
// explained is refused; the reviewer adjusts a score with a reason (both kept), approves and publishes;
// the public sees only the published results; monitoring records give their warnings; every write is
// in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../app/index.js';
import type { EvaluationView } from '../app/index.js';
import { Decimal } from '../core/decimal.js';
import { importDocument } from '../importers/index.js';
import { evaluateDocument, keyedTargets } from '../scoring/index.js';
import { CORPUS, corpusBytes } from '../test-support/corpus.js';
import type { EvaluationFixture } from '../test-support/evaluation-api.js';
import { evaluationFixture, fillEverything, FOCUS, FOCUS_ACTUALS } from '../test-support/evaluation-api.js';
import { STORE_KINDS } from '../test-support/stores.js';

type EvaluationJson = EvaluationView;

describe.each(STORE_KINDS)('self-evaluation on %s', (kind) => {
  let f: EvaluationFixture;
  let store: EvaluationFixture['store'];
  let doc = '';
  const call: EvaluationFixture['call'] = (...args) => f.call(...args);
  const view = (who: string | null) => f.view(who);
  const auditCount = async () =>
    Number(
      (
        await store.db
          .selectFrom('audit_log')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    f = await evaluationFixture(kind, { approve: false });
    ({ store, doc } = f);
  });
  afterAll(async () => {
    await f?.close();
  });

  it('waits for the document to be approved before anything is entered', async () => {
    const v = await view('unit');
    expect(v).toMatchObject({ state: 'draft', mayEnter: false, actions: [] });
    expect(v.targets.map((x) => x.name)).toContain(FOCUS);
    const target = v.targets.find((x) => x.name === FOCUS);
    const r = await call('PUT', 'unit', `/api/documents/${doc}/evaluation/actuals`, {
      targets: [{ id: target?.id, executed: '1' }],
    });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: 'conflict', details: { reason: 'not-approved' } });
    for (const [who, action, body] of [
      ['unit', 'submit', {}],
      ['rev', 'approve', { opinion: '同意' }],
    ] as const)
      expect((await call('POST', who, `/api/documents/${doc}/${action}`, body)).statusCode).toBe(200);
    expect(await view('unit')).toMatchObject({ mayEnter: true, actions: ['submit'] });
  });

  it('hides the working evaluation from everybody outside the document', async () => {
    for (const who of [null, 'other', 'rev2'])
      expect((await call('GET', who, `/api/documents/${doc}/evaluation`)).statusCode, String(who)).toBe(404);
    for (const who of ['dept', 'rev', 'admin']) expect((await view(who)).publishedOnly).toBe(false);
    expect((await call('GET', null, '/api/evaluations')).json()).toEqual({ items: [] });
  });

  it('stores the scores src/scoring computes from the entered values, and refuses a bad value without saving anything', async () => {
    const before = await view('unit');
    const focus = before.targets.find((x) => x.name === FOCUS);
    if (!focus) throw new Error('no focus target');
    expect(focus.indicators).toHaveLength(FOCUS_ACTUALS.length);
    const entries = focus.indicators.map((i, n) => ({ id: i.id, actual: FOCUS_ACTUALS[n] ?? null }));

    // one value that does not fit its standard (text where a number is needed): nothing saved, no audit
    const audits = await auditCount();
    const bad = await call('PUT', 'unit', `/api/documents/${doc}/evaluation/actuals`, {
      targets: [
        {
          id: focus.id,
          executed: '270.00',
          indicators: entries.map((e, n) => (n === 3 ? { ...e, actual: '很多' } : e)),
        },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'validation',
      details: { problems: [{ path: 'targets.0.indicators.3.actual' }] },
    });
    expect(await auditCount()).toBe(audits);
    expect(await store.db.selectFrom('evaluation_indicators').selectAll().execute()).toEqual([]);

    // the live preview scores without saving
    const preview = await call('POST', 'unit', `/api/documents/${doc}/evaluation/preview`, {
      targets: [{ id: focus.id, executed: '270.00', indicators: entries }],
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(await store.db.selectFrom('evaluation_indicators').selectAll().execute()).toEqual([]);

    const saved = await call('PUT', 'unit', `/api/documents/${doc}/evaluation/actuals`, {
      targets: [{ id: focus.id, executed: '270.00', indicators: entries }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const s = saved.json<EvaluationJson>().targets.find((x) => x.id === focus.id);
    expect(s).toEqual(preview.json<EvaluationJson>().targets.find((x) => x.id === focus.id));
    expect(await auditCount()).toBe(audits + 1);

    // the same values through src/scoring directly: the stored figures are its figures
    const imported = importDocument(corpusBytes('beijing'), { file: CORPUS.beijing });
    if (!imported.ok) throw new Error('import');
    const keyed = keyedTargets(imported.document).find((x) => x.view.name === FOCUS);
    const direct = evaluateDocument(imported.document, [
      {
        targetKind: 'project',
        unit: keyed?.view.unit ?? null,
        target: FOCUS,
        budget: keyed?.view.amount?.value ?? null,
        executed: Decimal.from('270.00'),
        executionExplanation: null,
        indicators: (keyed?.indicators ?? []).map((k, n) => ({
          key: k.key,
          actual: FOCUS_ACTUALS[n] ?? null,
          explanation: null,
        })),
      },
    ]).targets.find((x) => x.name === FOCUS);
    expect(s?.score).toBe(direct?.score.toString());
    expect(s?.indicators.map((i) => i.score)).toEqual(
      direct?.indicators.map((i) => i.score?.toString() ?? null),
    );

    const row = await store.db
      .selectFrom('evaluation_targets')
      .selectAll()
      .where('document_id', '=', doc)
      .where('target_id', '=', focus.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      budget: '283.20',
      executed: '270.00',
      rate: '95.34',
      execution_score: '9.53',
      score: s?.score,
      final_score: s?.score,
      complete: true,
      grade: s?.grade,
    });
    // 9.53 + 5.07 + 11.25 + 5.62 + 22.50 + 22.50 + 0 + 22.50
    expect(s).toMatchObject({ score: '98.97', grade: '优', complete: true });
    const stored = await store.db
      .selectFrom('evaluation_indicators')
      .select(['name', 'actual', 'weight', 'score'])
      .where('document_id', '=', doc)
      .where('target_id', '=', focus.id)
      .orderBy('ordinal')
      .execute();
    expect(stored.map((r) => [r.actual, r.weight, r.score])).toEqual([
      ['11个月', '5.63', '5.07'], // 5 − 0.5 for a month short, scaled 4.5 ÷ 5 × 5.63
      ['12', '11.25', '11.25'],
      ['100%', '5.62', '5.62'],
      ['100%', '22.50', '22.50'],
      ['270', '22.50', '22.50'], // 4.66% off 283.2: under the first 10% step
      ['92%', '0.00', '0.00'], // the document gives this indicator no weight
      ['有效保障', '22.50', '22.50'],
      ['不适用', '0.00', null],
    ]);
    // lost points need their explanation before the submission
    expect(s?.issues.join('；')).toMatch(/须说明/);
  });

  it('refuses a submission while targets are not evaluated or points lost are not explained, then takes it', async () => {
    const r = await call('POST', 'unit', `/api/documents/${doc}/evaluation/submit`, {});
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'evaluation-incomplete' });
    expect(r.json<{ message: string }>().message).toMatch(/自评尚未完成/);
    expect((await fillEverything(call, 'unit', doc)).totals).toMatchObject({ targets: 4, complete: 4 });
    const ok = await call('POST', 'unit', `/api/documents/${doc}/evaluation/submit`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'submitted' });
    const again = await call('PUT', 'unit', `/api/documents/${doc}/evaluation/actuals`, { targets: [] });
    expect(again.statusCode).toBe(409);
  });

  it('lets the reviewer adjust a score with a reason, keeping the self-assessed score beside it', async () => {
    const v = await view('rev');
    expect(v.mayAdjust).toBe(true);
    const focus = v.targets.find((x) => x.name === FOCUS);
    const ind = focus?.indicators[0]; // 就餐, self-assessed 5.07 of 5.63
    const url = `/api/documents/${doc}/evaluation/scores`;
    const body = {
      target: focus?.id,
      indicator: ind?.id,
      score: '4.5',
      reason: '一个月未按时支付，按标准扣分后不予折算',
    };
    expect((await call('PUT', 'unit', url, body)).statusCode).toBe(403);
    expect((await call('PUT', 'rev2', url, body)).statusCode).toBe(404);
    const noReason = await call('PUT', 'rev', url, { ...body, reason: ' ' });
    expect(noReason.json()).toMatchObject({
      code: 'validation',
      details: { problems: [{ path: 'reason' }] },
    });
    const tooMuch = await call('PUT', 'rev', url, { ...body, score: '5.64' });
    expect(tooMuch.statusCode).toBe(400);
    const r = await call('PUT', 'rev', url, body);
    expect(r.statusCode, r.body).toBe(200);
    const after = r.json<EvaluationJson>().targets.find((x) => x.id === focus?.id);
    expect(after?.indicators[0]).toMatchObject({
      score: '5.07',
      adjustment: { score: '4.50', reason: body.reason },
      finalScore: '4.50',
    });
    expect(after).toMatchObject({ score: '98.97', grade: '优', finalScore: '98.40', finalGrade: '优' });
    const row = await store.db
      .selectFrom('evaluation_indicators')
      .select(['score', 'adjusted_score', 'adjustment_reason', 'adjusted_by'])
      .where('document_id', '=', doc)
      .where('indicator_id', '=', ind?.id ?? '')
      .where('target_id', '=', focus?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      score: '5.07',
      adjusted_score: '4.50',
      adjustment_reason: body.reason,
      adjusted_by: 'rev',
    });
  });

  it('is approved and published by the reviewer; then the public sees target against actual, both scores and the grade', async () => {
    expect((await call('POST', 'unit', `/api/documents/${doc}/evaluation/approve`, {})).statusCode).toBe(403);
    for (const action of ['approve', 'publish']) {
      const r = await call('POST', 'rev', `/api/documents/${doc}/evaluation/${action}`, {});
      expect(r.statusCode, r.body).toBe(200);
    }
    const pub = await view(null);
    expect(pub).toMatchObject({ state: 'published', publishedOnly: true, actions: [], mayEnter: false });
    const focus = pub.targets.find((x) => x.name === FOCUS);
    expect(focus?.indicators[0]).toMatchObject({ actual: '11个月', score: '5.07', finalScore: '4.50' });
    expect(focus?.indicators[5]).toMatchObject({ targetValue: '95%', actual: '92%' });
    expect(focus).toMatchObject({ score: '98.97', finalScore: '98.40', finalGrade: '优' });
    const list = (await call('GET', null, '/api/evaluations?year=2023')).json<{
      items: {
        documentId: string;
        targets: { name: string; finalScore: string; finalGrade: string | null }[];
      }[];
    }>();
    expect(list.items.map((i) => i.documentId)).toEqual([doc]);
    expect(list.items[0]?.targets.find((x) => x.name === FOCUS)).toMatchObject({
      finalScore: '98.40',
      finalGrade: '优',
    });
    // the chain is in the document's audit trail, which still verifies
    const h = (await call('GET', 'rev', `/api/documents/${doc}/history`)).json<{ action: string }[]>();
    expect(h.map((e) => e.action).filter((a) => a.startsWith('evaluation-'))).toEqual([
      'evaluation-actuals',
      'evaluation-actuals',
      'evaluation-submit',
      'evaluation-score',
      'evaluation-approve',
      'evaluation-publish',
    ]);
    expect((await verifyAudit(store.db)).ok).toBe(true);
  });

  it('keeps monthly monitoring records with their warnings, for owners and reviewers only', async () => {
    const m = await call('GET', 'unit', `/api/documents/${doc}/monitoring`);
    expect(m.statusCode, m.body).toBe(200);
    const target = m
      .json<{ targets: { id: string; name: string; indicators: { id: string }[] }[] }>()
      .targets.find((x) => x.name === FOCUS);
    const entry = {
      target: target?.id,
      month: 7,
      executed: '100.00',
      forecastExecuted: '283.20',
      indicators: [
        {
          id: target?.indicators[5]?.id,
          progress: '90%',
          forecast: '90%',
          cause: '人员',
          reason: '劝返人员流动性大',
          likelihood: '有可能',
          correction: '增加回访',
        },
      ],
    };
    const bad = await call('PUT', 'unit', `/api/documents/${doc}/monitoring`, { ...entry, month: 13 });
    expect(bad.statusCode).toBe(400);
    const r = await call('PUT', 'unit', `/api/documents/${doc}/monitoring`, entry);
    expect(r.statusCode, r.body).toBe(200);
    // 100.00 ÷ 283.20 = 35.31% against 58.33% of the year gone: 23 points behind, red
    expect(r.json()).toMatchObject({ executionRate: '35.31', execution: { level: 'red' }, overall: 'red' });
    expect((await call('PUT', 'rev', `/api/documents/${doc}/monitoring`, entry)).statusCode).toBe(403);
    expect((await call('GET', null, `/api/documents/${doc}/monitoring`)).statusCode).toBe(401);
    expect((await call('GET', 'other', `/api/documents/${doc}/monitoring`)).statusCode).toBe(404);
    const seen = (await call('GET', 'rev', `/api/documents/${doc}/monitoring`)).json<{
      records: { month: number; overall: string }[];
    }>();
    expect(seen.records).toEqual([expect.objectContaining({ month: 7, overall: 'red' })]);
  });
});
