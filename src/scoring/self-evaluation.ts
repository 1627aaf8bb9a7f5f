// The self-evaluation (绩效自评) of a document's targets from the actuals a unit reports: per target
// the 预算执行率 score (executed ÷ budget × 10 by default, at most 10), each indicator's score under
// its own standard scaled to its self-evaluation weight (never above it), the total and the grade
// once everything is evaluated, and what the unit still owes: an explanation wherever points are lost.

import { Decimal } from '../core/decimal.js';
import type { BudgetDocument } from '../core/model/document.js';
import type {
  DocumentEvaluation,
  EvaluationSettings,
  ExecutionEvaluation,
  IndicatorActual,
  IndicatorKey,
  IndicatorEvaluation,
  TargetActuals,
  TargetEvaluation,
  UnparsedStandard,
} from '../core/model/performance.js';
import { standardOf } from '../core/scoring-standard/index.js';
import { isPlaceholder } from '../core/text.js';
import { parseActual } from './actual.js';
import type { Actual } from './actual.js';
import { describeStandard } from './describe.js';
import { evaluate } from './evaluate.js';
import { num, pct } from './format.js';
import { DEFAULT_SETTINGS, gradeOf } from './settings.js';
import type { KeyedIndicator, KeyedTarget } from './targets.js';
import { isUnitTarget, keyString, keyedTargets, targetKeyString } from './targets.js';
import { evaluationWeights } from './weights.js';

const HUNDRED = Decimal.from('100');

/** Actuals looked up by indicator and by target. */
export interface ActualsIndex {
  indicator(key: KeyedIndicator['key']): IndicatorActual | undefined;
  target(t: KeyedTarget): TargetActuals | undefined;
}

export function indexActuals(actuals: readonly TargetActuals[]): ActualsIndex {
  // Actuals read from the sheet carry the document's own key objects; stored ones (JSON) equal keys.
  const bySame = new Map<IndicatorKey, IndicatorActual>();
  const byIndicator = new Map<string, IndicatorActual>();
  const byTarget = new Map<string, TargetActuals>();
  for (const t of actuals) {
    byTarget.set(targetKeyString(t), t);
    for (const a of t.indicators) {
      bySame.set(a.key, a);
      byIndicator.set(keyString(a.key), a);
    }
  }
  return {
    indicator: (key) => bySame.get(key) ?? byIndicator.get(keyString(key)),
    target: (t) =>
      byTarget.get(
        targetKeyString({ targetKind: t.view.kind, unit: t.view.unit ?? null, target: t.view.name }),
      ),
  };
}

const explained = (text: string | null | undefined): boolean => !isPlaceholder(text ?? null);

function execution(
  t: KeyedTarget,
  reported: TargetActuals | undefined,
  settings: EvaluationSettings,
): ExecutionEvaluation {
  const weight = settings.executionWeight;
  const budget = reported?.budget ?? t.view.amount?.value ?? null;
  const executed = reported?.executed ?? null;
  const explanation = reported?.executionExplanation ?? null;
  const base = { budget, executed, weight, explanation, explanationMissing: false };
  if (budget === null || budget.isZero()) {
    return { ...base, rate: null, score: null, reason: '没有预算数，无法计算预算执行率' };
  }
  if (executed === null) return { ...base, rate: null, score: null, reason: '未填写执行数，未评价' };
  const rate = executed.mul(HUNDRED).div(budget, 2) ?? Decimal.ZERO;
  const capped = rate.gt(HUNDRED) ? HUNDRED : rate.isNegative() ? Decimal.ZERO : rate;
  const score = (capped.mul(weight).div(HUNDRED, 6) ?? Decimal.ZERO).round(settings.scale);
  const over = rate.gt(HUNDRED) ? '，执行率超过100%，按100%计' : '';
  return {
    ...base,
    rate,
    score,
    reason: `预算执行率=${num(executed)}÷${num(budget)}=${pct(rate)}${over}，得分=${pct(capped)}×${num(weight)}=${score.toFixed(settings.scale)}`,
    explanationMissing: score.lt(weight) && !explained(explanation),
  };
}

function indicatorEvaluation(
  k: KeyedIndicator,
  reported: IndicatorActual | undefined,
  actual: Actual | null,
  weight: Decimal,
  settings: EvaluationSettings,
): IndicatorEvaluation {
  const ind = k.indicator;
  const std = standardOf(ind);
  const actualText = reported?.actual ?? null;
  const explanation = reported?.explanation ?? null;
  const base = {
    key: k.key,
    targetValue: ind.value,
    unitOfMeasure: ind.unit,
    comparator: ind.valueType ?? ind.comparator,
    documentWeight: ind.weight,
    weight,
    standard: ind.scoring,
    standardStatus: std.status,
    rule: std.rule.kind,
    ruleText: describeStandard(std),
    actual: actualText,
    explanation,
  };
  if (actual === null) {
    return {
      ...base,
      status: 'not-evaluated',
      score: null,
      reason: '未填写实际值，未评价',
      explanationMissing: false,
    };
  }
  if (actual.kind === 'not-applicable') {
    return {
      ...base,
      status: 'not-applicable',
      score: null,
      reason: '不适用，不计分，其余指标分值按比例调整',
      explanationMissing: !explained(explanation),
    };
  }
  const standardWeight = ind.weight ?? std.statedWeight ?? weight;
  const r = evaluate(actual, {
    std,
    weight: standardWeight,
    name: ind.name,
    comparator: ind.comparator,
    qualitative: settings.qualitative,
  });
  if (!r.ok) {
    // The sheet reader checks actuals before evaluating; one that still does not fit is not scored.
    return {
      ...base,
      status: 'not-evaluated',
      score: null,
      reason: `实际值无法评分：${r.error}`,
      explanationMissing: false,
    };
  }
  let score = standardWeight.isZero()
    ? Decimal.ZERO
    : (r.points.mul(weight).div(standardWeight, 6) ?? Decimal.ZERO);
  score = score.round(settings.scale);
  if (score.gt(weight)) score = weight;
  const scaled = standardWeight.eq(weight)
    ? ''
    : `；按自评分值折算：${num(r.points)}÷${num(standardWeight)}×${num(weight)}=${score.toFixed(settings.scale)}`;
  return {
    ...base,
    status: 'scored',
    score,
    reason: `${r.reason}${scaled}`,
    explanationMissing: score.lt(weight) && !explained(explanation),
  };
}

export function evaluateTarget(
  t: KeyedTarget,
  actuals: ActualsIndex,
  settings: EvaluationSettings = DEFAULT_SETTINGS,
): TargetEvaluation {
  const reported = t.indicators.map((k) => actuals.indicator(k.key));
  const parsedActuals = reported.map((a) => parseActual(a?.actual ?? null));
  const applicable = parsedActuals.map((a) => a?.kind !== 'not-applicable');
  const { weights, notes } = evaluationWeights(
    t.indicators.map((k, i) => ({
      weight: k.indicator.weight ?? standardOf(k.indicator).statedWeight,
      level1: k.indicator.level1 ?? k.indicator.level1Text,
      applicable: applicable[i] ?? true,
    })),
    settings,
  );
  const indicators = t.indicators.map((k, i) =>
    indicatorEvaluation(k, reported[i], parsedActuals[i] ?? null, weights[i] ?? Decimal.ZERO, settings),
  );
  const exec = execution(t, actuals.target(t), settings);
  const scored = indicators.filter((e) => e.score !== null);
  const score = Decimal.sum([
    exec.score ?? Decimal.ZERO,
    ...scored.map((e) => e.score ?? Decimal.ZERO),
  ]).round(settings.scale);
  const complete = exec.score !== null && indicators.every((e) => e.status !== 'not-evaluated');
  const issues = [...notes];
  const waiting = indicators.filter((e) => e.status === 'not-evaluated').length;
  if (waiting > 0) issues.push(`${waiting}项指标尚未评价`);
  if (exec.score === null) issues.push(`预算执行率：${exec.reason}`);
  if (exec.explanationMissing) issues.push('预算未全部执行，须说明原因和改进措施');
  for (const e of indicators) {
    if (e.explanationMissing) {
      issues.push(
        e.status === 'not-applicable'
          ? `指标“${e.key.indicator}”不适用，须说明理由`
          : `指标“${e.key.indicator}”失分${e.weight.sub(e.score ?? Decimal.ZERO).toFixed(settings.scale)}分，须说明偏差原因和改进措施`,
      );
    }
  }
  return {
    kind: t.view.kind,
    unit: t.view.unit ?? null,
    name: t.view.name,
    line: t.view.line,
    goal: t.view.goal?.value ?? null,
    execution: exec,
    indicators,
    score,
    complete,
    grade: complete ? gradeOf(score, settings) : null,
    issues,
  };
}

function unparsedOf(targets: readonly KeyedTarget[]): UnparsedStandard[] {
  const out: UnparsedStandard[] = [];
  for (const t of targets) {
    for (const k of t.indicators) {
      const std = standardOf(k.indicator);
      if (std.status === 'unparsed') {
        out.push({ key: k.key, standard: k.indicator.scoring ?? '', reason: std.unparsedReason ?? '' });
      }
    }
  }
  return out;
}

/** The self-evaluation of every target of a document (projects first, then units, as the document lists them). */
export function evaluateDocument(
  doc: BudgetDocument,
  actuals: readonly TargetActuals[],
  settings: EvaluationSettings = DEFAULT_SETTINGS,
): DocumentEvaluation {
  const targets = keyedTargets(doc);
  const index = indexActuals(actuals);
  const ordered = [
    ...targets.filter((t) => !isUnitTarget(t.view)),
    ...targets.filter((t) => isUnitTarget(t.view)),
  ];
  return {
    file: doc.source.file,
    title: doc.title?.value ?? null,
    department: doc.kind === 'key-projects' ? null : (doc.department?.value ?? null),
    year: doc.year,
    settings,
    targets: ordered.map((t) => evaluateTarget(t, index, settings)),
    unparsed: unparsedOf(targets),
  };
}
