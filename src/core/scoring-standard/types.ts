// A 评（扣）分标准 as a typed, executable rule. The parser (parse.ts) reads the prose with the indicator's
// 指标值, comparator, unit and weight into one of these; the evaluator in `scoring/` turns an actual
// value into points. Every type is plain data (Decimal serialises to a string), so a parsed rule can
// be stored and sent as JSON. Whatever the text does not say but a rule needs is marked as an explicit
// default (`Points.basis`, `ParsedStandard.notes`), never filled in silently.

import type { Decimal } from '../decimal.js';
import type { Comparator } from '../vocabulary.js';

/**
 * Points a clause gives: a number of points ("得8分"), a fraction of the indicator's weight ("满分" is
 * 1/1, "总分的50%" 50/100, "满分分值/15" 1/15), or the weight less some points ("没有帮助扣0.5分").
 */
export type Points =
  | { kind: 'points'; value: Decimal }
  | { kind: 'weight'; numerator: Decimal; denominator: Decimal }
  | { kind: 'full-less'; value: Decimal };

/** A number with the unit it was written in: '%' for per cent, a unit word ("口", "亿元"), or null. */
export interface Quantity {
  value: Decimal;
  unit: string | null;
}

/** How a band was written: "85%-90%" range, "90%以上" lower, "75%以下" upper, "达到80%" point. */
export const BAND_SHAPES = ['range', 'lower', 'upper', 'point'] as const;
export type BandShape = (typeof BAND_SHAPES)[number];

/** One band as written: its bounds on the rule's axis, its points and the clause it came from. */
export interface Band {
  shape: BandShape;
  lo: Decimal | null;
  loIncl: boolean;
  hi: Decimal | null;
  hiIncl: boolean;
  /** A dash range ("85%-90%"): whether its upper end is included is not written; the neighbours decide. */
  dash: boolean;
  points: Points;
  /** The clause as written (normalised), for messages and reasons. */
  text: string;
  /** True for a band the text does not write and the domain's default supplies (see the rule's notes). */
  implicit?: boolean;
}

/** The stretch of the axis a band scores, as a reader takes it (thresholds reach the next boundary). */
export interface Region {
  lo: Decimal | null;
  loIncl: boolean;
  hi: Decimal | null;
  hiIncl: boolean;
  /** Index of the band in the rule's `bands`. */
  band: number;
}

/** A stretch between the lowest and the highest band that no band scores. */
export interface Gap {
  lo: Decimal;
  hi: Decimal;
  /** Only the boundary itself is left out ("<90%且>80%" … "<80%": 80% exactly). */
  point: boolean;
}

/** A stretch two bands with different points both claim. */
export interface Overlap {
  a: number;
  b: number;
  lo: Decimal | null;
  hi: Decimal | null;
  point: boolean;
}

/**
 * What a band axis measures: the indicator's own value (满意度 92%), its completion rate (actual ÷
 * target, "完成率"), or its deviation from the target (|actual − target| ÷ target, "偏离").
 */
export const AXES = ['value', 'rate', 'deviation'] as const;
export type Axis = (typeof AXES)[number];

/** Deviation counted both ways (偏离), or only above the target ("控制在…以内", then 偏离 is an overrun). */
export type DeviationSide = 'both' | 'over';

export interface BandsRule {
  kind: 'bands';
  axis: Axis;
  /** The axis unit: '%' (always for rate and deviation) or the unit the bands are written in. */
  unit: string | null;
  side: DeviationSide;
  bands: Band[];
  regions: Region[];
  gaps: Gap[];
  overlaps: Overlap[];
  /** Points for whatever no band covers when the text says so ("否则不计分", "其余不得分"). */
  rest: Points | null;
  /**
   * Without `rest`: true when the text only says when the points are earned ("≥95%即为满分"), so a value
   * outside every band is scored by the domain's default; false: it scores no points.
   */
  restDefault: boolean;
  /** "不符合要求不得分或扣相应分数": below the top the evaluator may give points in between. */
  judged: boolean;
}

/** "完成率小于60%不得分，大于等于60%，得分=（完成率-60%）/（1-60%）×指标分值". */
export interface LinearRule {
  kind: 'linear';
  /** The threshold completion rate in per cent (60). Below it: no points. */
  threshold: Decimal;
  /** What the ratio multiplies: the weight ("指标分值") or a number written in the formula ("×8"). */
  multiplier: Points;
}

/** "得分=完成率×指标分值", "未完成按比例计分", "按工作进度扣分". */
export interface ProportionalRule {
  kind: 'proportional';
  /** The completion rate at and above which the full points are given (100). */
  full: Decimal;
}

/** What a deduction counts. */
export const DEDUCTION_MEASURES = ['shortfall', 'excess', 'count', 'deviation'] as const;
export type DeductionMeasure = (typeof DEDUCTION_MEASURES)[number];

/** "完成500口得20分，每少5口扣2分，扣完为止"; "每发现1例扣0.1分"; "每延后1个月扣1分". */
export interface DeductionRule {
  kind: 'deduction';
  /**
   * shortfall: below the reference (每少, 每下降); excess: above it (每高于, 每上升); count: each
   * occurrence (每发现1例, 每延后1个月; the actual is the count); deviation: each step of deviation
   * from the target (每偏差5%, 浮动每超过10%).
   */
  measure: DeductionMeasure;
  /** Where the full points are earned (95%, 500口, the target); null for counts (none found). */
  reference: Quantity | null;
  /** The reference is the indicator's target value rather than a figure in the text. */
  referenceIsTarget: boolean;
  /** Points at the reference: "得20分", "满分"; the weight when the text names none. */
  full: Points;
  /** One step: 5 口, 1 % (percentage points), 1 例. */
  step: Quantity;
  /** A per-cent step of a quantity that is not itself a percentage: % of the reference ("投资每下降1%"). */
  stepRelative: boolean;
  /** Points taken per whole step. */
  per: Points;
  /** Deviation allowed before the steps begin ("上下浮动不超过20%"), in per cent. */
  allowance: Decimal | null;
  /** "80%及以下不得分", "低于90%的不得分": at or beyond this, no points. */
  cutoff: { at: Quantity; incl: boolean } | null;
}

/** "完成计满分，未完成不得分": met or not, against the indicator's own target. */
export interface BinaryRule {
  kind: 'binary';
  met: Points;
  /** Points when not met; null when the text does not say (the domain's default applies, noted). */
  unmet: Points | null;
  metText: string;
  unmetText: string | null;
  /** "不得分或扣相应分数": the evaluator may give points between the two. */
  judged: boolean;
}

/** Where a qualitative level sits: achieved, in part, not; or the year-on-year direction it names. */
export const GRADE_SENSES = ['met', 'partial', 'unmet', 'increase', 'flat', 'decrease'] as const;
export type GradeSense = (typeof GRADE_SENSES)[number];

export interface GradeLevel {
  /** The level as written: "达到目标", "效果一般", "未推动". */
  label: string;
  points: Points;
  /** A range of the weight the evaluator picks within (per cent of the weight, "100%-80%（含）"). */
  range: { lo: Decimal; hi: Decimal } | null;
  sense: GradeSense | null;
}

/** "达到目标得满分，效果一般得3分，未推动不得分": named levels, best first. */
export interface GradesRule {
  kind: 'grades';
  levels: GradeLevel[];
  /** Points for an outcome none of the levels names ("其余不得分", "否则不计分"). */
  rest: Points | null;
  judged: boolean;
}

/** "①…计3分…；②…计2分…": parts scored separately and added; the actual gives one value per part. */
export interface CompositeRule {
  kind: 'composite';
  parts: { text: string; max: Decimal; rule: ScoringRule }[];
}

/**
 * The domain's default scoring (domain.md §6), applied only where it is written down as such: a
 * standard that is empty or could not be read. Met: full weight; otherwise "≥" actual ÷ target,
 * "≤" target ÷ actual; qualitative: 达成 100–80%, 部分达成 80–50%, 未达成 50–0% of the weight.
 */
export interface DefaultRule {
  kind: 'default';
  basis: 'empty' | 'unparsed';
}

export type ScoringRule =
  | BandsRule
  | LinearRule
  | ProportionalRule
  | DeductionRule
  | BinaryRule
  | GradesRule
  | CompositeRule
  | DefaultRule;

export type ScoringRuleKind = ScoringRule['kind'];

/** Which way the indicator improves: more is better (≥, 完成率), less is better (≤, 成本, 事故率). */
export type Direction = 'higher' | 'lower';

/** The indicator facts the parser reads a standard with. */
export interface StandardInput {
  /** 评（扣）分标准 as printed. */
  text: string | null;
  /** 指标值 as printed. */
  value: string | null;
  /** 度量单位 as printed. */
  unit: string | null;
  comparator: Comparator | null;
  /** The weight (备注), when the document gives one. */
  weight: Decimal | null;
  /** 三级指标 name, for the direction (事故率 is lower-better) and messages. */
  name: string | null;
  /** 一级/二级 level texts, for the direction (成本指标 is lower-better). */
  level1: string | null;
  level2: string | null;
}

/** A standard as read: the rule, or the reason it could not be read (then the rule is the default). */
export interface ParsedStandard {
  /** parsed: the text gives a rule; unparsed: it could not be read; empty: there is no standard. */
  status: 'parsed' | 'unparsed' | 'empty';
  rule: ScoringRule;
  /** Why the text could not be read (Chinese), when unparsed. */
  unparsedReason: string | null;
  /** The text after normalisation (half width, no spaces, comparison words as symbols). */
  normalised: string;
  /** "该指标分值为20分": the weight the text itself states. */
  statedWeight: Decimal | null;
  /** The largest number of points any clause gives (deductions excluded). */
  maxPoints: Decimal | null;
  /** Readings the text leaves open and how they were taken, in Chinese (explicit defaults). */
  notes: string[];
  target: TargetValue;
  direction: Direction;
  /** Whether the indicator is measured in per cent. */
  percent: boolean;
}

/** 指标值 as read: a number (with comparator and unit), several, a date, a direction, or words. */
export type TargetValue =
  | {
      kind: 'number';
      value: Decimal;
      unit: string | null;
      percent: boolean;
      /** A comparator written in the value itself ("≥90%", "1次以上", "不超过50"). */
      comparator: Comparator | null;
      text: string;
    }
  | { kind: 'numbers'; values: Quantity[]; text: string }
  | {
      kind: 'date';
      year: number | null;
      month: number | null;
      day: number | null;
      /** "…前完成", "年度内", "以内", "底": a deadline (met when done by then). */
      deadline: boolean;
      text: string;
    }
  | { kind: 'direction'; direction: 'increase' | 'decrease' | 'stable'; text: string }
  | { kind: 'qualitative'; text: string }
  | { kind: 'none' };
