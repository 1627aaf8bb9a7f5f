// A region's settings of the self-evaluation and of monitoring, as kept and sent (figures as decimal
// strings): the execution share (预算执行率, 10 points by default; the indicators share the rest), optional
// level-1 shares, the grade bands' lowest totals and the monitoring warning margins. The validator
// returns every problem (stable code, path, Chinese message) instead of throwing; a valid value turns
// into src/scoring's settings. Invariants once valid: 0 ≤ share ≤ 100, 100 ≥ 优 > 良 > 中 > 0, level
// shares add up to the indicators' points, 0 ≤ yellow margin < red margin ≤ 100, 0 < indicator yellow < 100.

import { Decimal } from '../core/decimal.js';
import type { EvaluationSettings, MonitoringSettings } from '../core/model/performance.js';
import { LEVEL1_INDICATORS } from '../core/vocabulary.js';
import type { Level1Indicator } from '../core/vocabulary.js';
import { DEFAULT_MONITORING } from './monitoring.js';
import { DEFAULT_SETTINGS } from './settings.js';

export const BANDED_GRADES = ['优', '良', '中'] as const;
export type BandedGrade = (typeof BANDED_GRADES)[number];

export interface EvaluationSettingsJson {
  /** Points of 预算执行率; the indicators share 100 minus it. */
  executionWeight: string;
  /** Points per 一级指标 instead of the document's weights; null keeps the document's. */
  levelShares: Partial<Record<Level1Indicator, string>> | null;
  /** Lowest total of each grade; 差 is everything below 中. */
  grades: Record<BandedGrade, string>;
  monitoring: {
    /** Execution behind the time elapsed by more than this many percentage points: yellow. */
    executionYellow: string;
    /** … by more than this many: red. */
    executionRed: string;
    /** An indicator's forecast at this per cent of its target or above (below 100): yellow; lower: red. */
    indicatorYellow: string;
  };
}

export const SETTINGS_PROBLEM_CODES = [
  'not-a-number',
  'execution-share-range',
  'grade-band-range',
  'grade-bands-order',
  'level-share-range',
  'level-shares-sum',
  'warning-margin-range',
  'warning-margins-order',
] as const;
export type SettingsProblemCode = (typeof SETTINGS_PROBLEM_CODES)[number];

export interface SettingsProblem {
  code: SettingsProblemCode;
  path: string;
  message: string;
}

const HUNDRED = Decimal.from('100');
const s = (d: Decimal) => d.toString();

/** The defaults (domain.md §6) in the stored form. */
export const DEFAULT_EVALUATION_SETTINGS_JSON: EvaluationSettingsJson = {
  executionWeight: s(DEFAULT_SETTINGS.executionWeight),
  levelShares: null,
  grades: {
    优: gradeMin('优', DEFAULT_SETTINGS),
    良: gradeMin('良', DEFAULT_SETTINGS),
    中: gradeMin('中', DEFAULT_SETTINGS),
  },
  monitoring: {
    executionYellow: s(DEFAULT_MONITORING.executionYellow),
    executionRed: s(DEFAULT_MONITORING.executionRed),
    indicatorYellow: s(DEFAULT_MONITORING.indicatorYellow),
  },
};

function gradeMin(grade: BandedGrade, settings: EvaluationSettings): string {
  const band = settings.grades.find((g) => g.grade === grade);
  return band ? s(band.min) : '0';
}

/** Every problem of a settings value; empty when it may be stored. */
export function settingsProblems(v: EvaluationSettingsJson): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const num = (path: string, text: string, label: string): Decimal | null => {
    const d = Decimal.parse(text.trim());
    if (d === null)
      problems.push({ code: 'not-a-number', path, message: `${label}应为数字，实际为“${text}”` });
    return d;
  };
  const inRange = (d: Decimal, low: Decimal, high: Decimal) => !d.lt(low) && !d.gt(high);

  const execution = num('executionWeight', v.executionWeight, '预算执行率分值');
  if (execution && !inRange(execution, Decimal.ZERO, HUNDRED))
    problems.push({
      code: 'execution-share-range',
      path: 'executionWeight',
      message: `预算执行率分值应在 0 到 100 之间，实际为 ${v.executionWeight}`,
    });

  const mins = BANDED_GRADES.map((g) => {
    const d = num(`grades.${g}`, v.grades[g], `“${g}”的最低分`);
    if (d && (!d.gt(Decimal.ZERO) || d.gt(HUNDRED)))
      problems.push({
        code: 'grade-band-range',
        path: `grades.${g}`,
        message: `“${g}”的最低分应大于 0、不超过 100，实际为 ${v.grades[g]}`,
      });
    return d;
  });
  const [best, good, fair] = mins;
  if (best && good && fair && !(best.gt(good) && good.gt(fair)))
    problems.push({
      code: 'grade-bands-order',
      path: 'grades',
      message: `等级分数线应从高到低：优（${v.grades.优}）> 良（${v.grades.良}）> 中（${v.grades.中}）`,
    });

  if (v.levelShares) {
    const entries = LEVEL1_INDICATORS.flatMap((l) => {
      const text = v.levelShares?.[l];
      if (text === undefined) return [];
      const d = num(`levelShares.${l}`, text, `“${l}”的分值`);
      if (d?.isNegative())
        problems.push({
          code: 'level-share-range',
          path: `levelShares.${l}`,
          message: `“${l}”的分值不能为负数，实际为 ${text}`,
        });
      return d ? [d] : [];
    });
    if (execution && entries.length > 0) {
      const total = Decimal.sum(entries);
      const expected = HUNDRED.sub(execution);
      if (!total.eq(expected))
        problems.push({
          code: 'level-shares-sum',
          path: 'levelShares',
          message: `各一级指标分值之和应为 ${expected.toString()}（100 减预算执行率分值），实际为 ${total.toString()}`,
        });
    }
  }

  const m = v.monitoring;
  const yellow = num('monitoring.executionYellow', m.executionYellow, '执行进度黄色预警的偏离幅度');
  const red = num('monitoring.executionRed', m.executionRed, '执行进度红色预警的偏离幅度');
  for (const [d, path, text] of [
    [yellow, 'monitoring.executionYellow', m.executionYellow],
    [red, 'monitoring.executionRed', m.executionRed],
  ] as const)
    if (d && !inRange(d, Decimal.ZERO, HUNDRED))
      problems.push({
        code: 'warning-margin-range',
        path,
        message: `执行进度预警的偏离幅度应在 0 到 100 个百分点之间，实际为 ${text}`,
      });
  if (yellow && red && !yellow.lt(red))
    problems.push({
      code: 'warning-margins-order',
      path: 'monitoring',
      message: `黄色预警的偏离幅度（${m.executionYellow}）应小于红色预警的（${m.executionRed}）`,
    });
  const indicator = num('monitoring.indicatorYellow', m.indicatorYellow, '指标黄色预警的完成比例');
  if (indicator && !(indicator.gt(Decimal.ZERO) && indicator.lt(HUNDRED)))
    problems.push({
      code: 'warning-margin-range',
      path: 'monitoring.indicatorYellow',
      message: `指标预计完成目标的比例达到多少时为黄色预警，应大于 0、小于 100，实际为 ${m.indicatorYellow}`,
    });
  return problems;
}

/** The self-evaluation settings of a valid value (call `settingsProblems` first). */
export function evaluationSettingsOf(v: EvaluationSettingsJson): EvaluationSettings {
  const execution = Decimal.from(v.executionWeight.trim());
  const shares = v.levelShares
    ? Object.fromEntries(
        LEVEL1_INDICATORS.flatMap((l) => {
          const t = v.levelShares?.[l];
          return t === undefined ? [] : [[l, Decimal.from(t.trim())]];
        }),
      )
    : null;
  return {
    ...DEFAULT_SETTINGS,
    executionWeight: execution,
    indicatorWeight: HUNDRED.sub(execution),
    levelShares: shares,
    grades: [
      ...BANDED_GRADES.map((g) => ({ grade: g, min: Decimal.from(v.grades[g].trim()) })),
      { grade: '差' as const, min: Decimal.ZERO },
    ],
  };
}

/** The monitoring settings of a valid value. */
export function monitoringSettingsOf(v: EvaluationSettingsJson): MonitoringSettings {
  return {
    executionYellow: Decimal.from(v.monitoring.executionYellow.trim()),
    executionRed: Decimal.from(v.monitoring.executionRed.trim()),
    indicatorYellow: Decimal.from(v.monitoring.indicatorYellow.trim()),
  };
}

/** The value with figures written canonically ("10.0" → "10"), as stored. */
export function normalizeSettings(v: EvaluationSettingsJson): EvaluationSettingsJson {
  const n = (t: string) => Decimal.from(t.trim()).trimmed().toString();
  return {
    executionWeight: n(v.executionWeight),
    levelShares: v.levelShares
      ? Object.fromEntries(
          LEVEL1_INDICATORS.flatMap((l) => {
            const t = v.levelShares?.[l];
            return t === undefined ? [] : [[l, n(t)]];
          }),
        )
      : null,
    grades: { 优: n(v.grades.优), 良: n(v.grades.良), 中: n(v.grades.中) },
    monitoring: {
      executionYellow: n(v.monitoring.executionYellow),
      executionRed: n(v.monitoring.executionRed),
      indicatorYellow: n(v.monitoring.indicatorYellow),
    },
  };
}
