// The demo city's published self-evaluations (what `npm start` shows): seeded on the 2024 budgets of
// the first departments, every target complete, submitted, approved and published through the use
// cases (in the audit trail), the stored figures those of src/scoring and visible to the public.
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
        expect(Number(t.finalScore)).toBeGreaterThanOrEqual(60);
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
        'evaluation-approve',
        'evaluation-publish',
      ]);
    }
  });
});
