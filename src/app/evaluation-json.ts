// The JSON form of a self-evaluation (the `yusuan evaluate --json` contract, issue 12):
// {projects:[{unit, project, score, grade, execution:{budget, executed, rate, score}, indicators:[{indicator,
// weight, actual, score, rule, reason}]}], unparsed:[…]}, with a few more fields each (kind, levels,
// the rule in words, explanations, what is still owed). Figures are decimal strings at their own
// precision, as in the model's JSON; a score not yet evaluated is null.

import type { Decimal } from '../core/decimal.js';
import type { DocumentEvaluation, IndicatorEvaluation, TargetEvaluation } from '../core/model/performance.js';

const kindOf = (t: TargetEvaluation): 'project' | 'unit' =>
  t.kind === 'unit' || t.kind === 'declaration-department' ? 'unit' : 'project';

const dec = (d: Decimal | null): string | null => (d === null ? null : d.toString());

function indicatorJson(i: IndicatorEvaluation) {
  return {
    indicator: i.key.indicator,
    level1: i.key.level1,
    level2: i.key.level2,
    line: i.key.line,
    target: i.targetValue,
    weight: dec(i.weight),
    documentWeight: dec(i.documentWeight),
    actual: i.actual,
    status: i.status,
    score: dec(i.score),
    rule: i.rule,
    ruleText: i.ruleText,
    reason: i.reason,
    explanation: i.explanation,
    explanationMissing: i.explanationMissing,
  };
}

function targetJson(t: TargetEvaluation) {
  return {
    kind: kindOf(t),
    unit: t.unit,
    project: t.name,
    line: t.line,
    score: dec(t.score),
    grade: t.grade,
    complete: t.complete,
    execution: {
      budget: dec(t.execution.budget),
      executed: dec(t.execution.executed),
      rate: dec(t.execution.rate),
      weight: dec(t.execution.weight),
      score: dec(t.execution.score),
      reason: t.execution.reason,
      explanation: t.execution.explanation,
    },
    indicators: t.indicators.map(indicatorJson),
    issues: t.issues,
  };
}

export function evaluationJson(ev: DocumentEvaluation) {
  return {
    file: ev.file,
    title: ev.title,
    department: ev.department,
    year: ev.year,
    projects: ev.targets.map(targetJson),
    unparsed: ev.unparsed.map((u) => ({
      unit: u.key.unit,
      project: u.key.target,
      indicator: u.key.indicator,
      line: u.key.line,
      standard: u.standard,
      reason: u.reason,
    })),
  };
}
