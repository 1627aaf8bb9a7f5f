// The demo city's published self-evaluations (what `npm start` shows): seeded on the 2024 budgets of
// the first departments, every target complete, submitted, scores adjusted by the bureau, approved
// and published through the use cases (in the audit trail), the stored figures those of src/scoring
// and visible to the public — and real: a spread of grades, indicators missed with their explanations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCity } from '../demo/index.js';
import { ANONYMOUS } from '../store/visibility.js';
import { openTestStore } from '../test-support/stores.js';
import { seedDemo } from './demo-seed.js';
import { evaluationView } from './evaluation.js';
import { listEvaluations } from './evaluation-list.js';

describe('demo self-evaluations', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let report: Awaited<ReturnType<typeof seedDemo>>;
  beforeAll(async () => {
    store = await openTestStore('pglite');
    // The 2024 budgets of four departments are enough (the whole city takes a minute).
    const files = [...demoCity()].filter((f) => f.year === 2024).slice(0, 4);
    report = await seedDemo(store, files);
  }, 120_000);
  afterAll(async () => {
    await store?.drop();
  });

  it('publishes three departments’ 2024 self-evaluations, every target complete and graded', async () => {
    expect(report.evaluations).toBe(3);
    const items = await listEvaluations(store, ANONYMOUS, { year: 2024 });
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(item.state).toBe('published');
      expect(item.targets.length).toBeGreaterThan(0);
      for (const t of item.targets) {
        expect(t.complete).toBe(true);
        expect(t.finalGrade).not.toBeNull();
        expect(Number(t.finalScore)).toBeGreaterThan(0);
        expect(Number(t.finalScore)).toBeLessThanOrEqual(100);
      }
      const view = await evaluationView(store, ANONYMOUS, item.documentId);
      expect(view.publishedOnly).toBe(true);
      // what the list stores is what the evaluation computes, exact decimals
      expect(item.targets.map((t) => t.finalScore)).toEqual(view.targets.map((t) => t.finalScore));
      const executed = view.targets.map((t) => t.execution.executed).filter((x) => x !== null);
      expect(executed.every((x) => /^\d+\.\d{2}$/.test(x))).toBe(true);
      const audit = await store.db
        .selectFrom('audit_log')
        .select('action')
        .where('document_id', '=', item.documentId)
        .where('action', 'like', 'evaluation-%')
        .orderBy('seq')
        .execute();
      expect(audit.map((a) => a.action)).toEqual([
        'evaluation-actuals',
        'evaluation-actuals',
        'evaluation-submit',
        ...(item.department === '示例市统计局' ? [] : ['evaluation-score']),
        'evaluation-approve',
        'evaluation-publish',
      ]);
      // every lost point explained
      for (const t of view.targets) {
        expect(t.execution.explanationMissing).toBe(false);
        for (const i of t.indicators) expect(i.explanationMissing, `${t.name} ${i.name}`).toBe(false);
      }
    }
  });

  it('shows real results: most 优, some 良, a 中, indicators missed with their cause and measure, scores the bureau adjusted', async () => {
    const items = await listEvaluations(store, ANONYMOUS, { year: 2024 });
    const grades = items.flatMap((i) =>
      i.targets.map((t) => `${t.name} ${t.finalScore} ${t.finalGrade ?? ''}`),
    );
    expect(grades).toEqual([
      '国民经济和社会发展规划编制 99.80 优',
      '重点项目调度 99.60 优',
      '价格监测 86.50 良',
      '示例市发展和改革委员会 99.90 优',
      '示例市价格认证中心 99.70 优',
      '示例市重点项目事务中心 90.20 优',
      '示例市能源服务中心 99.90 优',
      '经济普查 99.90 优',
      '统计数据采集与发布 86.10 良',
      '住户收支调查 99.40 优',
      '示例市统计局 99.90 优',
      '示例市社会经济调查队 99.70 优',
      '示例市普查中心 90.20 优',
      '预算管理一体化系统运维 63.10 中',
      '财政投资评审 99.80 优',
      '预算绩效评价 99.60 优',
      '示例市财政局 99.90 优',
      '示例市财政投资评审中心 99.70 优',
      '示例市政府采购中心 90.20 优',
      '示例市国库集中支付中心 99.90 优',
    ]);
    const finance = items.find((i) => i.department === '示例市财政局');
    const view = await evaluationView(store, ANONYMOUS, finance?.documentId ?? '');
    const weak = view.targets.find((t) => t.name === '预算管理一体化系统运维');
    // 82% executed: 8.20; cost 301.19 against ≤367.30 (18% off: 5 of 10 → 4.50); 442 trained of 553 (all
    // or nothing: 0); 效果一般 (9, the bureau: 7.20); satisfaction 77% of ≥85% (8 of 10 → 7.20)
    expect(weak?.execution).toMatchObject({ rate: '82.00', score: '8.20' });
    expect(weak?.execution.explanation).toMatch(/^部分合同尾款未到支付节点/);
    expect(
      weak?.indicators
        .filter((i) => i.finalScore !== i.weight)
        .map((i) => [i.name, i.actual, i.score, i.finalScore]),
    ).toEqual([
      ['项目总成本', '301.19', '4.50', '4.50'],
      ['培训人数', '442', '0.00', '0.00'],
      ['行业管理水平', '效果一般', '9.00', '7.20'],
      ['服务对象满意度', '77%', '7.20', '7.20'],
    ]);
    expect(weak).toMatchObject({ score: '64.90', grade: '中', finalScore: '63.10', finalGrade: '中' });
    const adjusted = weak?.indicators.find((i) => i.adjustment);
    expect(adjusted?.adjustment?.reason).toMatch(/^经复核/);
    expect(weak?.indicators.find((i) => i.name === '培训人数')?.explanation).toMatch(
      /^偏差原因：.*改进措施：/,
    );
  });
});
