// Published self-evaluations for a few departments of the demo city (示例市), so that `npm start`
// shows results on the portal: for their 2024 budgets, each target's budget executed at 90–99%, each
// indicator's actual value the first of its target value, 达成, 完成 and 100% that its standard accepts
// (src/scoring's check), an explanation wherever points are lost; then submitted, approved and published
// by the admin through the same use cases as the API, so every step is in the audit trail.
import { decodeDocument } from '../core/codec/index.js';
import { Decimal } from '../core/decimal.js';
import { actualProblem, DEFAULT_SETTINGS, keyedTargets } from '../scoring/index.js';
import type { Actor, Store } from '../store/index.js';
import type { Context } from '../store/workflow.js';
import { currentModel } from '../store/workflow.js';
import type { ActualsPatch } from './evaluation-compute.js';
import { indicatorIdOf, keyedTargetId } from './evaluation-compute.js';
import { evaluationAction, previewEvaluation, saveActuals } from './evaluation.js';

const CANDIDATES = ['达成', '完成', '100%'];
const EXPLANATION = '偏差原因：年中政策调整，部分任务顺延；改进措施：加强过程监控，按月调度';

/** Evaluates, submits, approves and publishes the given documents' 2024 self-evaluations; returns how many. */
export async function seedDemoEvaluations(
  store: Store,
  actor: Actor,
  options: { year?: number; departments?: number; now?: string } = {},
): Promise<number> {
  const docs = await store.db
    .selectFrom('documents')
    .select(['id', 'department_code'])
    .where('year', '=', options.year ?? 2024)
    .where('state', '=', 'published')
    .where('approved_version', 'is not', null)
    .orderBy('department_code')
    .execute();
  const wanted = options.departments ?? 3;
  const ctx: Context = { actor, address: null, now: options.now ?? new Date().toISOString() };
  let done = 0;
  for (const [n, d] of docs.entries()) {
    if (done >= wanted) break;
    const decoded = decodeDocument(JSON.parse(await currentModel(store.db, d.id)));
    if (!decoded.ok) continue;
    const patch: ActualsPatch = {
      targets: keyedTargets(decoded.document).map((t, ti) => {
        const share = Decimal.from(String(90 + ((n * 7 + ti * 3) % 10))).div(Decimal.from('100'), 4);
        const budget = t.view.amount?.value ?? null;
        return {
          id: keyedTargetId(t),
          executed: budget && share ? budget.mul(share).round(2).toString() : null,
          indicators: t.indicators.map((k) => ({
            id: indicatorIdOf(k.key),
            actual:
              [k.indicator.value ?? '', ...CANDIDATES].find(
                (c) => c.trim() !== '' && actualProblem(k, c, DEFAULT_SETTINGS) === null,
              ) ?? '不适用',
          })),
        };
      }),
    };
    // Only documents whose every target can be evaluated (a target without a budget cannot).
    const preview = await previewEvaluation(store, actor, d.id, patch).catch(() => null);
    if (!preview?.targets.every((t) => t.complete)) continue;
    const scored = await saveActuals(store, ctx, d.id, patch);
    // Explanations where points were lost (and for what does not apply).
    const owed: ActualsPatch = {
      targets: scored.targets.map((t) => ({
        id: t.id,
        ...(t.execution.explanationMissing ? { executionExplanation: '年末部分款项未到支付节点' } : {}),
        indicators: t.indicators
          .filter((i) => i.explanationMissing)
          .map((i) => ({ id: i.id, explanation: EXPLANATION })),
      })),
    };
    await saveActuals(store, ctx, d.id, owed);
    for (const action of ['submit', 'approve', 'publish'] as const)
      await evaluationAction(store, ctx, d.id, action, action === 'approve' ? '经复核，同意自评结果' : null);
    done++;
  }
  return done;
}
