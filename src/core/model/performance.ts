// Performance management after approval (domain.md §6): the actual values a unit reports, its
// self-evaluation (绩效自评) computed from them, and its in-year monitoring (运行监控, "双监控").
// Plain data, Decimal for every figure (a string in JSON), so that the store and the API can keep
// and send them as they are; the scoring layer computes them, the publishers render them.

import type { Decimal } from '../decimal.js';
import type { Level1Indicator } from '../vocabulary.js';
import type { TargetKind } from './targets.js';

/** Self-evaluation grades, best first. */
export const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];
export const isGrade = (x: unknown): x is Grade =>
  typeof x === 'string' && (GRADES as readonly string[]).includes(x);

/** Causes of a deviation in monitoring (偏差原因分类). */
export const DEVIATION_CAUSES = ['经费', '制度', '人员', '硬件', '其他'] as const;
export type DeviationCause = (typeof DEVIATION_CAUSES)[number];
export const isDeviationCause = (x: unknown): x is DeviationCause =>
  typeof x === 'string' && (DEVIATION_CAUSES as readonly string[]).includes(x);

/** Likelihood of meeting the target by the year's end (完成目标可能性). */
export const LIKELIHOODS = ['确定能', '有可能', '完全不可能'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];
export const isLikelihood = (x: unknown): x is Likelihood =>
  typeof x === 'string' && (LIKELIHOODS as readonly string[]).includes(x);

/** Monitoring warnings (预警): green on course, yellow lagging, red off course. */
export const WARNING_LEVELS = ['green', 'yellow', 'red'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
export const isWarningLevel = (x: unknown): x is WarningLevel =>
  typeof x === 'string' && (WARNING_LEVELS as readonly string[]).includes(x);
export const WARNING_LABELS: Record<WarningLevel, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

/**
 * An indicator of a document, the way a person names it: its target (project or unit, as printed),
 * its levels and name, and which occurrence it is when a target repeats a name. `line` is where it was
 * read (provenance); the key does not depend on it, so actuals keep matching a re-imported file.
 */
export interface IndicatorKey {
  targetKind: TargetKind;
  /** Unit code (or name) the target belongs to, when the document gives one. */
  unit: string | null;
  /** Project name, or unit name for whole-unit targets, exactly as printed. */
  target: string;
  level1: string | null;
  level2: string | null;
  /** 三级指标 as printed (or the level-2 text when the row has no name). */
  indicator: string;
  /** 1-based: the n-th indicator of that target with the same level 2 and name. */
  occurrence: number;
  line: number;
}

/** What a unit reports for one indicator: the actual value as written, and why points were lost. */
export interface IndicatorActual {
  key: IndicatorKey;
  /** As entered: "92%", "480", "效果一般", "部分达成 70%", "不适用"; null when not evaluated yet. */
  actual: string | null;
  /** 偏差原因分析及改进措施. */
  explanation: string | null;
}

/** What a unit reports for one target: budget execution and each indicator's actual. */
export interface TargetActuals {
  targetKind: TargetKind;
  unit: string | null;
  target: string;
  /** 全年预算数 (万元). */
  budget: Decimal | null;
  /** 全年执行数 (万元); null when not reported yet. */
  executed: Decimal | null;
  /** Why the budget was not fully executed, and what will change. */
  executionExplanation: string | null;
  indicators: IndicatorActual[];
}

/** Region settings of the self-evaluation (domain.md §6 gives the defaults). */
export interface EvaluationSettings {
  /** Points for 预算执行率 (10). */
  executionWeight: Decimal;
  /** Points shared by the indicators (90); their document weights are scaled to it. */
  indicatorWeight: Decimal;
  /** Optional shares per level 1 (e.g. 产出 50, 效益 30, 满意度 10) instead of the document's weights. */
  levelShares: Partial<Record<Level1Indicator, Decimal>> | null;
  /** Lowest total of each grade, best first: 优 90, 良 80, 中 60, 差 0. */
  grades: { grade: Grade; min: Decimal }[];
  /** Qualitative default (per cent of the weight): 达成 80–100, 部分达成 50–80, 未达成 0–50. */
  qualitative: { met: Decimal; partial: Decimal };
  /** Decimals of the scores (2). */
  scale: number;
}

export type IndicatorStatus = 'scored' | 'not-evaluated' | 'not-applicable';

export interface IndicatorEvaluation {
  key: IndicatorKey;
  /** 指标值 as printed. */
  targetValue: string | null;
  unitOfMeasure: string | null;
  comparator: string | null;
  /** The weight in the document (备注), null when it gives none. */
  documentWeight: Decimal | null;
  /** The weight in the self-evaluation: the document's, scaled so the indicators share their points. */
  weight: Decimal;
  /** 评（扣）分标准 as printed. */
  standard: string | null;
  standardStatus: 'parsed' | 'unparsed' | 'empty';
  /** The kind of rule applied (bands, linear, deduction…, or default). */
  rule: string;
  /** The rule in words (Chinese). */
  ruleText: string;
  actual: string | null;
  status: IndicatorStatus;
  /** Points in the self-evaluation (never above `weight`); null when not evaluated. */
  score: Decimal | null;
  /** How the score was reached, in Chinese ("实际完成率 80%，得分=(80%-60%)/(1-60%)×5=2.50"). */
  reason: string;
  explanation: string | null;
  /** Points were lost and no explanation was given. */
  explanationMissing: boolean;
  /** The finance bureau's adjusted score, when it changed the self-assessed one. */
  review?: ScoreReview | null;
}

/** The finance bureau's score for an indicator (复核), with its reason, kept beside the self-assessed one. */
export interface ScoreReview {
  score: Decimal;
  reason: string;
  actor: string | null;
  /** ISO time. */
  at: string | null;
}

export interface ExecutionEvaluation {
  budget: Decimal | null;
  executed: Decimal | null;
  /** 执行率 in per cent (two decimals). */
  rate: Decimal | null;
  weight: Decimal;
  score: Decimal | null;
  reason: string;
  explanation: string | null;
  explanationMissing: boolean;
}

export interface TargetEvaluation {
  kind: TargetKind;
  unit: string | null;
  name: string;
  line: number;
  goal: string | null;
  execution: ExecutionEvaluation;
  indicators: IndicatorEvaluation[];
  /** Execution and indicator points so far; the final score when `complete`. */
  score: Decimal;
  /** Every indicator and the execution evaluated (or not applicable). */
  complete: boolean;
  /** Null until complete. */
  grade: Grade | null;
  /** What the unit still has to supply or explain (Chinese). */
  issues: string[];
  /** The total and grade after the bureau's adjusted scores, when it adjusted any. */
  review?: { score: Decimal; grade: Grade | null } | null;
}

/** A standard that cannot be applied: a defect of the target (scored by the default rule meanwhile). */
export interface UnparsedStandard {
  key: IndicatorKey;
  standard: string;
  reason: string;
}

export interface DocumentEvaluation {
  file: string;
  title: string | null;
  department: string | null;
  year: number | null;
  settings: EvaluationSettings;
  targets: TargetEvaluation[];
  unparsed: UnparsedStandard[];
}

/** One indicator in a monitoring report. */
export interface IndicatorMonitoring {
  key: IndicatorKey;
  /** Value reached by the report date, as entered. */
  progress: string | null;
  /** Value expected by the year's end, as entered. */
  forecast: string | null;
  cause: DeviationCause | null;
  reason: string | null;
  likelihood: Likelihood | null;
  correction: string | null;
}

/** A monitoring report of one target as of the end of a month (typically July). */
export interface MonitoringRecord {
  targetKind: TargetKind;
  unit: string | null;
  target: string;
  year: number;
  /** 1–12: the report is as of the end of this month. */
  month: number;
  budget: Decimal;
  /** Executed to date (万元). */
  executed: Decimal;
  /** Expected to be executed by the year's end (万元). */
  forecastExecuted: Decimal | null;
  indicators: IndicatorMonitoring[];
}

/** Region settings of monitoring: when execution and indicators turn yellow and red. */
export interface MonitoringSettings {
  /** Execution behind the time elapsed by more than this many percentage points: yellow (10). */
  executionYellow: Decimal;
  /** … by more than this many: red (20). The year's forecast short of the budget by as much, likewise. */
  executionRed: Decimal;
  /** An indicator's forecast at this per cent of its target or above (but below 100): yellow (80). */
  indicatorYellow: Decimal;
}

export interface Warning {
  level: WarningLevel;
  /** Chinese: what lags and by how much. */
  message: string;
}

export interface IndicatorWarning extends Warning {
  key: IndicatorKey;
  /** The deviation is not explained (cause, reason or correction missing) though it is not green. */
  unexplained: boolean;
}

export interface MonitoringResult {
  target: string;
  unit: string | null;
  month: number;
  /** Executed ÷ budget, per cent. */
  executionRate: Decimal | null;
  /** Share of the year elapsed, per cent (month ÷ 12). */
  elapsed: Decimal;
  execution: Warning;
  indicators: IndicatorWarning[];
  /** The worst of all warnings. */
  overall: WarningLevel;
}
