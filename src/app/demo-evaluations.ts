// Published self-evaluations for a few departments of the demo city (示例市), so that `npm start`
// shows real results on the portal: for their 2024 budgets, each target follows one of a few
// deterministic profiles — most met with 93–99% of the budget executed, some short (satisfaction a
// band lower, a benefit only 效果一般: 良), one missing a quality target (an indicator not met), and a
// weak one (78% executed, the quantity target missed: 中) — every lost point with its cause and
// measure. Then submitted; the bureau (the admin) adjusts one score with its reason, approves and
// publishes — all through the same use cases as the API, so every step is in the audit trail.
import { decodeDocument } from '../core/codec/index.js';
import { Decimal } from '../core/decimal.js';
import { actualProblem, DEFAULT_SETTINGS, isUnitTarget, keyedTargets } from '../scoring/index.js';
import type { KeyedIndicator } from '../scoring/index.js';
import type { Actor, Store } from '../store/index.js';
import type { Context } from '../store/workflow.js';
import { currentModel } from '../store/workflow.js';
import type { ActualsPatch } from './evaluation-compute.js';
import { indicatorIdOf, keyedTargetId } from './evaluation-compute.js';
import { adjustScore, evaluationAction, previewEvaluation, saveActuals } from './evaluation.js';

/** How a target went: its budget executed (per cent) and how each kind of indicator fell short. */
interface Profile {
  executed: number;
  /** By 二级指标: how far the actual falls short of the target. */
  short: Partial<Record<string, 'a-little' | 'much' | 'partly'>>;
}

const MET = (executed: number): Profile => ({ executed, short: {} });
/** Projects: most met; 良 (satisfaction a band lower, a benefit 效果一般); a quality target missed; 中. */
const PROJECT_PROFILES: readonly Profile[] = [
  MET(98),
  MET(96),
  { executed: 91, short: { 服务对象满意度指标: 'a-little', 社会效益指标: 'partly' } },
  MET(99),
  { executed: 96, short: { 质量指标: 'a-little' } },
  MET(94),
  { executed: 82, short: { 数量指标: 'much', 社会效益指标: 'partly', 服务对象满意度指标: 'much' } },
];
/** Whole units (their standards are all-or-nothing): met, or satisfaction just short of its target. */
const UNIT_PROFILES: readonly Profile[] = [
  MET(99),
  MET(97),
  { executed: 92, short: { 服务对象满意度指标: 'a-little' } },
];

/** The cause and measure the unit gives for lost points, by 二级指标 (偏差原因及改进措施). */
const EXPLANATIONS: Record<string, string> = {
  经济成本指标:
    '偏差原因：部分合同尾款未支付，实际支出低于预算（经费）；改进措施：加快合同履约和资金支付进度',
  数量指标:
    '偏差原因：受上级政策调整影响，部分任务顺延至下年度实施（制度）；改进措施：调整年度工作计划，按季度调度任务进度',
  质量指标:
    '偏差原因：个别事项验收资料不全，整改尚未全部完成（人员）；改进措施：完善验收标准，逐项落实整改销号',
  时效指标: '偏差原因：部分事项审批环节较多，完成时间滞后（制度）；改进措施：精简流程，建立进度台账',
  服务对象满意度指标:
    '偏差原因：部分服务对象反映办理时限偏长（其他）；改进措施：精简办理环节，开展回访并公开整改情况',
  社会效益指标:
    '偏差原因：项目实施周期较短，效益尚未充分显现（其他）；改进措施：延续跟踪评估，总结推广有效做法',
};
const EXPLANATION = '偏差原因：年中政策调整，部分任务顺延（其他）；改进措施：加强过程监控，按月调度';
const EXECUTION_EXPLANATION = '部分合同尾款未到支付节点，结转下年支付；将加快项目实施进度，提高预算执行率';

const number = (text: string | null): Decimal | null => {
  const m = /(\d+(?:\.\d+)?)/.exec(text ?? '');
  return m?.[1] ? Decimal.from(m[1]) : null;
};

/** What the unit reports for an indicator under the profile, best first; the first its standard takes wins. */
function candidates(k: KeyedIndicator, p: Profile, executed: Decimal | null, rate: Decimal): string[] {
  const i = k.indicator;
  const level2 = k.key.level2 ?? '';
  const target = number(i.value);
  const percent = i.unit === '%';
  const how = p.short[level2];
  // Cost: what was spent (the project's executed amount, or the unit's budget control rate).
  if (level2 === '经济成本指标' && i.comparator === '≤')
    return percent ? [`${rate.toFixed(2)}%`] : executed ? [`${executed.toFixed(2)}`] : [];
  const met = [
    percent && target ? `${target.toString()}%` : (target?.toString() ?? ''),
    i.value ?? '',
    '达成',
    '完成',
    '100%',
  ];
  if (i.comparator === '定性' || target === null)
    return how === 'partly' ? ['效果一般', '部分达成', ...met] : met;
  if (!how) return met;
  const factor = Decimal.from(how === 'much' ? '0.8' : '0.9');
  const value = percent
    ? target.sub(Decimal.from(how === 'much' ? '8' : '3'))
    : Decimal.from(String(Math.max(0, Math.floor(Number(target.mul(factor).toString())))));
  return [percent ? `${value.toString()}%` : value.toString(), ...met];
}

/** The document's entries under the profiles (the n-th document, its ti-th target). */
function entriesOf(doc: ReturnType<typeof keyedTargets>, n: number): ActualsPatch {
  return {
    targets: doc.map((t, ti) => {
      const profiles = isUnitTarget(t.view) ? UNIT_PROFILES : PROJECT_PROFILES;
      const p = profiles[(n * 3 + ti) % profiles.length] ?? MET(98);
      const rate = Decimal.from(String(p.executed));
      const budget = t.view.amount?.value ?? null;
      const executed = budget ? (budget.mul(rate).div(Decimal.from('100'), 4)?.round(2) ?? null) : null;
      return {
        id: keyedTargetId(t),
        executed: executed?.toString() ?? null,
        indicators: t.indicators.map((k) => ({
          id: indicatorIdOf(k.key),
          actual:
            candidates(k, p, executed, rate).find(
              (c) => c.trim() !== '' && actualProblem(k, c, DEFAULT_SETTINGS) === null,
            ) ?? '不适用',
        })),
      };
    }),
  };
}

/** Evaluates, submits, reviews and publishes the given documents' 2024 self-evaluations; returns how many. */
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
    const patch = entriesOf(keyedTargets(decoded.document), n);
    // Only documents whose every target can be evaluated (a target without a budget cannot).
    const preview = await previewEvaluation(store, actor, d.id, patch).catch(() => null);
    if (!preview?.targets.every((t) => t.complete)) continue;
    const scored = await saveActuals(store, ctx, d.id, patch);
    // The unit's cause and measure wherever points were lost.
    const owed: ActualsPatch = {
      targets: scored.targets.map((t) => ({
        id: t.id,
        ...(t.execution.explanationMissing ? { executionExplanation: EXECUTION_EXPLANATION } : {}),
        indicators: t.indicators
          .filter((i) => i.explanationMissing)
          .map((i) => ({ id: i.id, explanation: EXPLANATIONS[i.level2 ?? ''] ?? EXPLANATION })),
      })),
    };
    const explained = await saveActuals(store, ctx, d.id, owed);
    await evaluationAction(store, ctx, d.id, 'submit', null);
    // The bureau's check: a benefit judged 效果一般 without enough evidence, scored lower.
    for (const t of explained.targets) {
      const i = t.indicators.find(
        (x) => x.level2 === '社会效益指标' && x.score !== null && x.score !== x.weight,
      );
      if (!i?.score) continue;
      const score = Decimal.from(i.score).mul(Decimal.from('0.8')).round(2).toFixed(2);
      await adjustScore(store, ctx, d.id, {
        target: t.id,
        indicator: i.id,
        score,
        reason: '经复核，佐证材料仅有工作总结，缺少服务对象反馈等数据，按效果一般的八成计分',
      });
      break;
    }
    await evaluationAction(store, ctx, d.id, 'approve', '经复核，同意自评结果；请按改进措施落实整改');
    await evaluationAction(store, ctx, d.id, 'publish', null);
    done++;
  }
  return done;
}
