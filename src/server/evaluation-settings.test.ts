// A region's evaluation settings through the API on both databases: the defaults, a refusal that
// lists every problem with its code and stores nothing, admins only, the change audited; then the
// Beijing office's 驻京维稳 project, scored with its real figures, changes score and grade under the
// region's new execution share and bands, and a monitoring record its warning under new margins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../app/index.js';
import type { EvaluationView } from '../app/index.js';
import type { EvaluationFixture } from '../test-support/evaluation-api.js';
import { evaluationFixture, fillEverything, FOCUS, focusEntries } from '../test-support/evaluation-api.js';
import { STORE_KINDS } from '../test-support/stores.js';

const URL = '/api/regions/430100/evaluation-settings';
const DEFAULTS = {
  executionWeight: '10',
  levelShares: null,
  grades: { 优: '90', 良: '80', 中: '60' },
  monitoring: { executionYellow: '10', executionRed: '20', indicatorYellow: '80' },
};

describe.each(STORE_KINDS)('region evaluation settings on %s', (kind) => {
  let f: EvaluationFixture;
  const audits = async () =>
    (await f.store.db.selectFrom('audit_log').select(['action', 'change']).execute()).filter(
      (a) => a.action === 'settings',
    );
  const focusOf = (v: EvaluationView) => v.targets.find((t) => t.name === FOCUS);

  beforeAll(async () => {
    f = await evaluationFixture(kind);
  });
  afterAll(async () => {
    await f?.close();
  });

  it('answers the defaults to anyone while the region has none of its own', async () => {
    const r = await f.call('GET', null, URL);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual(DEFAULTS);
  });

  it('refuses settings with bands out of order or shares out of range, naming every problem, and stores nothing', async () => {
    const r = await f.call('PUT', 'admin', URL, {
      executionWeight: '120',
      levelShares: { 产出指标: '50', 效益指标: '30', 满意度指标: '5' },
      grades: { 优: '80', 良: '85', 中: '60' },
      monitoring: { executionYellow: '25', executionRed: '20', indicatorYellow: '100' },
    });
    expect(r.statusCode).toBe(400);
    const body = r.json<{
      code: string;
      message: string;
      details: { problems: { code: string; path: string }[] };
    }>();
    expect(body.code).toBe('validation');
    expect(body.details.problems.map((p) => [p.code, p.path])).toEqual([
      ['execution-share-range', 'executionWeight'],
      ['grade-bands-order', 'grades'],
      ['level-shares-sum', 'levelShares'],
      ['warning-margins-order', 'monitoring'],
      ['warning-margin-range', 'monitoring.indicatorYellow'],
    ]);
    expect(body.message).toMatch(/等级分数线应从高到低：优（80）> 良（85）> 中（60）/);
    expect(body.message).toMatch(/预算执行率分值应在 0 到 100 之间/);
    const text = await f.call('PUT', 'admin', URL, {
      ...DEFAULTS,
      grades: { 优: '九十', 良: '80', 中: '60' },
    });
    expect(text.json()).toMatchObject({
      details: { problems: [{ code: 'not-a-number', path: 'grades.优' }] },
    });
    expect(await audits()).toEqual([]);
    expect((await f.call('GET', null, URL)).json()).toEqual(DEFAULTS);
  });

  it('lets only admins change them', async () => {
    const body = { ...DEFAULTS, executionWeight: '20' };
    expect((await f.call('PUT', null, URL, body)).statusCode).toBe(401);
    for (const who of ['rev', 'dept', 'unit'])
      expect((await f.call('PUT', who, URL, body)).statusCode, who).toBe(403);
    expect((await f.call('PUT', 'admin', '/api/regions/439900/evaluation-settings', body)).statusCode).toBe(
      404,
    );
    expect(await audits()).toEqual([]);
  });

  it("scores a document with its region's settings: another execution share and bands give another score and grade", async () => {
    const entries = { targets: [focusEntries(await f.view('unit'))] };
    const preview = async () => {
      const r = await f.call('POST', 'unit', `/api/documents/${f.doc}/evaluation/preview`, entries);
      expect(r.statusCode, r.body).toBe(200);
      return focusOf(r.json<EvaluationView>());
    };
    // the defaults: 95.34% of 283.20 executed × 10 = 9.53; the indicators' 90 points → 98.97, 优
    expect(await preview()).toMatchObject({
      execution: { weight: '10', score: '9.53' },
      score: '98.97',
      grade: '优',
    });
    // the workflow settings of the region stay as they were
    const workflowBefore = (await f.call('GET', 'admin', '/api/regions/430100/settings')).json<unknown>();

    const changed = {
      executionWeight: '20.0',
      levelShares: null,
      grades: { 优: '99', 良: '95', 中: '70' },
      monitoring: { executionYellow: '15', executionRed: '30', indicatorYellow: '90' },
    };
    const put = await f.call('PUT', 'admin', URL, changed);
    expect(put.statusCode, put.body).toBe(200);
    const stored = { ...changed, executionWeight: '20' };
    expect(put.json()).toEqual(stored);
    expect((await f.call('GET', null, URL)).json()).toEqual(stored);
    expect((await f.call('GET', 'admin', '/api/regions/430100/settings')).json()).toEqual(workflowBefore);
    const [audit] = await audits();
    const change = typeof audit?.change === 'string' ? (JSON.parse(audit.change) as unknown) : audit?.change;
    expect(change).toMatchObject({
      region: '430100',
      settings: 'evaluation',
      before: DEFAULTS,
      after: stored,
    });
    expect((await verifyAudit(f.store.db)).ok).toBe(true);

    // 20 points for execution: 95.34% × 20 = 19.07; the indicators share 80 (5.63 → 5.00 of weight, one
    // month short: 4.50); 良 now needs 95
    const after = await preview();
    expect(after?.execution).toMatchObject({ weight: '20', score: '19.07' });
    expect(after?.indicators.map((i) => [i.weight, i.score])).toEqual([
      ['5.00', '4.50'],
      ['10.00', '10.00'],
      ['5.00', '5.00'],
      ['20.00', '20.00'],
      ['20.00', '20.00'],
      ['0.00', '0.00'],
      ['20.00', '20.00'],
      ['0.00', null],
    ]);
    expect(after).toMatchObject({ score: '98.57', grade: '良' });
    // saved entries are scored the same way
    const saved = await f.call('PUT', 'unit', `/api/documents/${f.doc}/evaluation/actuals`, entries);
    expect(focusOf(saved.json<EvaluationView>())).toMatchObject({ score: '98.57', grade: '良' });
  });

  it('keeps the settings a submitted evaluation was scored with: a later change of the region changes nothing under review, a return lets it apply', async () => {
    const filled = await fillEverything(f.call, 'unit', f.doc);
    expect(focusOf(filled)).toMatchObject({ score: '98.57', grade: '良' });
    const submit = await f.call('POST', 'unit', `/api/documents/${f.doc}/evaluation/submit`, {});
    expect(submit.statusCode, submit.body).toBe(200);
    const back = await f.call('PUT', 'admin', URL, DEFAULTS);
    expect(back.statusCode, back.body).toBe(200);
    expect(focusOf(await f.view('rev'))).toMatchObject({ score: '98.57', grade: '良' });
    const ret = await f.call('POST', 'rev', `/api/documents/${f.doc}/evaluation/return`, {
      opinion: '请按新的评分办法重新计算',
    });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(focusOf(await f.view('unit'))).toMatchObject({ score: '98.97', grade: '优' });
    // and the next submission keeps the region's settings of then
    await f.call('PUT', 'admin', URL, { ...DEFAULTS, grades: { 优: '99', 良: '95', 中: '70' } });
    expect((await f.call('POST', 'unit', `/api/documents/${f.doc}/evaluation/submit`, {})).statusCode).toBe(
      200,
    );
    await f.call('PUT', 'admin', URL, DEFAULTS);
    expect(focusOf(await f.view('rev'))).toMatchObject({ score: '98.97', grade: '良' });
  });

  it("gives monitoring warnings by the region's margins", async () => {
    const m = await f.call('GET', 'unit', `/api/documents/${f.doc}/monitoring`);
    const target = m
      .json<{ targets: { id: string; name: string }[] }>()
      .targets.find((x) => x.name === FOCUS);
    // 100.00 ÷ 283.20 = 35.31% at the end of July (58.33% of the year): 23.02 points behind — red
    // under the default 20, yellow under the region's 30
    const entry = {
      target: target?.id,
      month: 7,
      executed: '100.00',
      forecastExecuted: '283.20',
      indicators: [],
    };
    const level = async () => {
      const r = await f.call('PUT', 'unit', `/api/documents/${f.doc}/monitoring`, entry);
      expect(r.statusCode, r.body).toBe(200);
      return r.json<{ executionRate: string; execution: { level: string } }>();
    };
    expect(await level()).toMatchObject({ executionRate: '35.31', execution: { level: 'red' } });
    const margins = {
      ...DEFAULTS,
      monitoring: { executionYellow: '15', executionRed: '30', indicatorYellow: '90' },
    };
    expect((await f.call('PUT', 'admin', URL, margins)).statusCode).toBe(200);
    expect(await level()).toMatchObject({ executionRate: '35.31', execution: { level: 'yellow' } });
  });
});
