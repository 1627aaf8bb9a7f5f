// A stored self-evaluation recomputed: the unit's entries (execution and actual values) and the
// bureau's adjustments, put through src/scoring's `evaluateDocument` — never scored anew here — and
// turned into the rows the store keeps and the view the API sends. Targets and indicators are named by
// short opaque ids (a hash of the key a person knows them by), stable across re-imports of a file.
// An adjusted score replaces the self-assessed one in the final total; both are kept and shown.
import { createHash } from 'node:crypto';
import { Decimal } from '../core/decimal.js';
import type { BudgetDocument } from '../core/model/document.js';
import type {
  DocumentEvaluation,
  EvaluationSettings,
  IndicatorEvaluation,
  IndicatorKey,
  TargetActuals,
  TargetEvaluation,
} from '../core/model/performance.js';
import { isGrade } from '../core/model/performance.js';
import { parseAmount } from '../core/money.js';
import {
  actualProblem,
  evaluateDocument,
  gradeOf,
  keyString,
  keyedTargets,
  targetKeyString,
} from '../scoring/index.js';
import type { KeyedTarget } from '../scoring/index.js';
import type { EvaluationIndicatorRow, EvaluationTargetRow } from '../store/evaluation.js';

const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

export const targetIdOf = (t: { targetKind: string; unit: string | null; target: string }): string =>
  shortHash(targetKeyString(t));
export const indicatorIdOf = (k: IndicatorKey): string => shortHash(keyString(k));
export const keyedTargetId = (t: KeyedTarget): string =>
  targetIdOf({ targetKind: t.view.kind, unit: t.view.unit ?? null, target: t.view.name });

/** What the unit entered and the bureau adjusted, by target id and `targetId/indicatorId`. */
export interface Entries {
  execution: Map<string, { executed: string | null; explanation: string | null }>;
  indicators: Map<string, { actual: string | null; explanation: string | null }>;
  adjustments: Map<string, Adjustment>;
}

export interface Adjustment {
  score: string;
  reason: string;
  actor: string | null;
  at: string | null;
}

const pair = (t: string, i: string) => `${t}/${i}`;

export function entriesOf(rows: {
  targets: readonly EvaluationTargetRow[];
  indicators: readonly EvaluationIndicatorRow[];
}): Entries {
  const e: Entries = { execution: new Map(), indicators: new Map(), adjustments: new Map() };
  for (const t of rows.targets)
    e.execution.set(t.targetId, { executed: t.executed, explanation: t.executionExplanation });
  for (const i of rows.indicators) {
    e.indicators.set(pair(i.targetId, i.indicatorId), { actual: i.actual, explanation: i.explanation });
    if (i.adjustedScore !== null)
      e.adjustments.set(pair(i.targetId, i.indicatorId), {
        score: i.adjustedScore,
        reason: i.adjustmentReason ?? '',
        actor: i.adjustedBy,
        at: i.adjustedAt,
      });
  }
  return e;
}

/** A change the unit asks for: fields left out stay as they are. */
export interface ActualsPatch {
  targets: {
    id: string;
    executed?: string | null | undefined;
    executionExplanation?: string | null | undefined;
    indicators?: {
      id: string;
      actual?: string | null | undefined;
      explanation?: string | null | undefined;
    }[];
  }[];
}

export interface Problem {
  path: string;
  message: string;
}

export interface EntryChange {
  target: string;
  indicator: string | null;
  field: 'executed' | 'executionExplanation' | 'actual' | 'explanation';
  before: string | null;
  after: string | null;
}

const blankToNull = (s: string | null | undefined): string | null =>
  s === null || s === undefined || s.trim() === '' ? null : s.trim();

/**
 * Applies a patch to the entries, checking every value against its indicator's standard (the sheet
 * reader's check) and every amount; any problem and nothing is applied.
 */
export function applyPatch(
  doc: BudgetDocument,
  entries: Entries,
  patch: ActualsPatch,
  settings: EvaluationSettings,
  /** Only this unit's targets may be changed (a unit account's part); null: any. */
  part: string | null = null,
): { ok: true; entries: Entries; changes: EntryChange[] } | { ok: false; problems: Problem[] } {
  const byId = new Map(
    keyedTargets(doc)
      .filter((t) => part === null || t.view.unit === part)
      .map((t) => [keyedTargetId(t), t]),
  );
  const next: Entries = {
    execution: new Map(entries.execution),
    indicators: new Map(entries.indicators),
    adjustments: new Map(entries.adjustments),
  };
  const problems: Problem[] = [];
  const changes: EntryChange[] = [];
  patch.targets.forEach((p, ti) => {
    const t = byId.get(p.id);
    if (!t) {
      problems.push({ path: `targets.${ti}.id`, message: `文档中没有编号为 ${p.id} 的项目或单位` });
      return;
    }
    const exec = next.execution.get(p.id) ?? { executed: null, explanation: null };
    let executed = exec.executed;
    if (p.executed !== undefined) {
      const text = blankToNull(p.executed);
      const amount = text === null ? null : parseAmount(text);
      if (text !== null && (!amount || amount.value.isNegative()))
        problems.push({
          path: `targets.${ti}.executed`,
          message: `“${t.view.name}”的执行数“${text}”不是有效的金额（万元）`,
        });
      else executed = amount ? amount.value.toString() : null;
    }
    const explanation =
      p.executionExplanation === undefined ? exec.explanation : blankToNull(p.executionExplanation);
    for (const [field, before, after] of [
      ['executed', exec.executed, executed],
      ['executionExplanation', exec.explanation, explanation],
    ] as const)
      if (before !== after) changes.push({ target: t.view.name, indicator: null, field, before, after });
    next.execution.set(p.id, { executed, explanation });
    const indicators = new Map(t.indicators.map((k) => [indicatorIdOf(k.key), k]));
    (p.indicators ?? []).forEach((q, ii) => {
      const k = indicators.get(q.id);
      const path = `targets.${ti}.indicators.${ii}`;
      if (!k) {
        problems.push({ path: `${path}.id`, message: `“${t.view.name}”没有编号为 ${q.id} 的指标` });
        return;
      }
      const key = pair(p.id, q.id);
      const was = next.indicators.get(key) ?? { actual: null, explanation: null };
      const actual = q.actual === undefined ? was.actual : blankToNull(q.actual);
      const why = actual === null ? null : actualProblem(k, actual, settings);
      if (why) {
        problems.push({ path: `${path}.actual`, message: `指标“${k.key.indicator}”的实际值：${why}` });
        return;
      }
      const text = q.explanation === undefined ? was.explanation : blankToNull(q.explanation);
      for (const [field, before, after] of [
        ['actual', was.actual, actual],
        ['explanation', was.explanation, text],
      ] as const)
        if (before !== after)
          changes.push({ target: t.view.name, indicator: k.key.indicator, field, before, after });
      // A score the bureau adjusted was judged against the old value: a new value drops it.
      if (actual !== was.actual) next.adjustments.delete(key);
      next.indicators.set(key, { actual, explanation: text });
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, entries: next, changes };
}

/** The entries as src/scoring's actuals. */
function actualsOf(doc: BudgetDocument, e: Entries): TargetActuals[] {
  return keyedTargets(doc).map((t) => {
    const id = keyedTargetId(t);
    const exec = e.execution.get(id);
    return {
      targetKind: t.view.kind,
      unit: t.view.unit ?? null,
      target: t.view.name,
      budget: t.view.amount?.value ?? null,
      executed: exec?.executed ? Decimal.from(exec.executed) : null,
      executionExplanation: exec?.explanation ?? null,
      indicators: t.indicators.map((k) => {
        const a = e.indicators.get(pair(id, indicatorIdOf(k.key)));
        return { key: k.key, actual: a?.actual ?? null, explanation: a?.explanation ?? null };
      }),
    };
  });
}

const dec = (d: Decimal | null): string | null => (d === null ? null : d.toString());

export interface IndicatorView {
  id: string;
  level1: string | null;
  level2: string | null;
  name: string;
  targetValue: string | null;
  unitOfMeasure: string | null;
  comparator: string | null;
  documentWeight: string | null;
  weight: string;
  standard: string | null;
  standardStatus: string;
  rule: string;
  ruleText: string;
  actual: string | null;
  explanation: string | null;
  status: string;
  /** The self-assessed score (src/scoring), null when not evaluated. */
  score: string | null;
  reason: string;
  explanationMissing: boolean;
  /** The finance bureau's score and reason, when it adjusted one. */
  adjustment: Adjustment | null;
  /** The score that counts: the adjusted one, else the self-assessed one. */
  finalScore: string | null;
}

export interface TargetView {
  id: string;
  kind: 'project' | 'unit';
  unit: string | null;
  name: string;
  goal: string | null;
  execution: {
    budget: string | null;
    executed: string | null;
    rate: string | null;
    weight: string;
    score: string | null;
    reason: string;
    explanation: string | null;
    explanationMissing: boolean;
  };
  indicators: IndicatorView[];
  score: string;
  grade: string | null;
  finalScore: string;
  finalGrade: string | null;
  complete: boolean;
  issues: string[];
}

export interface Computed {
  evaluation: DocumentEvaluation;
  targets: TargetView[];
  rows: { targets: EvaluationTargetRow[]; indicators: EvaluationIndicatorRow[] };
}

function indicatorView(tid: string, i: IndicatorEvaluation, e: Entries): IndicatorView {
  const id = indicatorIdOf(i.key);
  const adjustment = i.status === 'scored' ? (e.adjustments.get(pair(tid, id)) ?? null) : null;
  return {
    id,
    level1: i.key.level1,
    level2: i.key.level2,
    name: i.key.indicator,
    targetValue: i.targetValue,
    unitOfMeasure: i.unitOfMeasure,
    comparator: i.comparator,
    documentWeight: dec(i.documentWeight),
    weight: i.weight.toString(),
    standard: i.standard,
    standardStatus: i.standardStatus,
    rule: i.rule,
    ruleText: i.ruleText,
    actual: i.actual,
    explanation: i.explanation,
    status: i.status,
    score: dec(i.score),
    reason: i.reason,
    explanationMissing: i.explanationMissing,
    adjustment,
    finalScore: adjustment ? adjustment.score : dec(i.score),
  };
}

function targetView(t: TargetEvaluation, e: Entries, settings: EvaluationSettings): TargetView {
  const id = targetIdOf({ targetKind: t.kind, unit: t.unit, target: t.name });
  const indicators = t.indicators.map((i) => indicatorView(id, i, e));
  const final = Decimal.sum([
    t.execution.score ?? Decimal.ZERO,
    ...indicators.map((i) => (i.finalScore === null ? Decimal.ZERO : Decimal.from(i.finalScore))),
  ]).round(settings.scale);
  return {
    id,
    kind: t.kind === 'unit' || t.kind === 'declaration-department' ? 'unit' : 'project',
    unit: t.unit,
    name: t.name,
    goal: t.goal,
    execution: {
      budget: dec(t.execution.budget),
      executed: dec(t.execution.executed),
      rate: dec(t.execution.rate),
      weight: t.execution.weight.toString(),
      score: dec(t.execution.score),
      reason: t.execution.reason,
      explanation: t.execution.explanation,
      explanationMissing: t.execution.explanationMissing,
    },
    indicators,
    score: t.score.toString(),
    grade: t.grade,
    finalScore: final.toString(),
    finalGrade: t.complete ? gradeOf(final, settings) : null,
    complete: t.complete,
    issues: t.issues,
  };
}

/**
 * The evaluation of a document from its entries under its region's settings, with the rows to keep
 * and the view to send.
 */
export function computeEvaluation(doc: BudgetDocument, e: Entries, settings: EvaluationSettings): Computed {
  const evaluation = evaluateDocument(doc, actualsOf(doc, e), settings);
  const targets = evaluation.targets.map((t) => targetView(t, e, settings));
  const rows = {
    targets: targets.map((t, ordinal): EvaluationTargetRow => ({
      targetId: t.id,
      ordinal,
      kind: t.kind,
      unit: t.unit,
      name: t.name,
      budget: t.execution.budget,
      executed: t.execution.executed,
      executionExplanation: t.execution.explanation,
      rate: t.execution.rate,
      executionScore: t.execution.score,
      score: t.score,
      finalScore: t.finalScore,
      grade: t.grade,
      finalGrade: t.finalGrade,
      complete: t.complete,
    })),
    indicators: targets.flatMap((t) =>
      t.indicators.map((i, ordinal): EvaluationIndicatorRow => ({
        targetId: t.id,
        indicatorId: i.id,
        ordinal,
        name: i.name,
        actual: i.actual,
        explanation: i.explanation,
        weight: i.weight,
        score: i.score,
        adjustedScore: i.adjustment?.score ?? null,
        adjustmentReason: i.adjustment?.reason ?? null,
        adjustedBy: i.adjustment?.actor ?? null,
        adjustedAt: i.adjustment?.at ?? null,
      })),
    ),
  };
  return { evaluation, targets, rows };
}

/**
 * src/scoring's evaluation with the bureau's adjusted scores and the totals they give, as the
 * self-evaluation forms show them (both scores, the reason).
 */
export function reviewedEvaluation(c: Computed): DocumentEvaluation {
  return {
    ...c.evaluation,
    targets: c.evaluation.targets.map((t, k) => {
      const view = c.targets[k];
      const indicators = t.indicators.map((i, j) => {
        const a = view?.indicators[j]?.adjustment;
        return a
          ? { ...i, review: { score: Decimal.from(a.score), reason: a.reason, actor: a.actor, at: a.at } }
          : i;
      });
      const adjusted = indicators.some((i) => i.review);
      return {
        ...t,
        indicators,
        review:
          adjusted && view
            ? {
                score: Decimal.from(view.finalScore),
                grade: isGrade(view.finalGrade) ? view.finalGrade : null,
              }
            : null,
      };
    }),
  };
}
