// The region settings of a self-evaluation, with the common values as defaults (domain.md §6):
// 预算执行率 10 points and the indicators 90; grades 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below; qualitative
// indicators 达成 80–100%, 部分达成 50–80%, 未达成 0–50% of their weight. A region overrides any of them.

import { Decimal } from '../core/decimal.js';
import type { EvaluationSettings, Grade } from '../core/model/performance.js';

export const DEFAULT_SETTINGS: EvaluationSettings = {
  executionWeight: Decimal.from('10'),
  indicatorWeight: Decimal.from('90'),
  levelShares: null,
  grades: [
    { grade: '优', min: Decimal.from('90') },
    { grade: '良', min: Decimal.from('80') },
    { grade: '中', min: Decimal.from('60') },
    { grade: '差', min: Decimal.ZERO },
  ],
  qualitative: { met: Decimal.from('80'), partial: Decimal.from('50') },
  scale: 2,
};

/** The settings with a region's overrides. */
export function settingsWith(over: Partial<EvaluationSettings>): EvaluationSettings {
  return { ...DEFAULT_SETTINGS, ...over };
}

/** The grade of a total: the first band (best first) whose lowest total it reaches. */
export function gradeOf(total: Decimal, settings: EvaluationSettings = DEFAULT_SETTINGS): Grade {
  for (const g of settings.grades) if (!total.lt(g.min)) return g.grade;
  return settings.grades[settings.grades.length - 1]?.grade ?? '差';
}
