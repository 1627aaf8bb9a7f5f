// Performance targets of the demo: one per project (项目支出绩效目标表) with indicators in three levels,
// weights summing to 100 and scoring standards (评分标准) written for those weights; one per unit
// (部门整体支出绩效目标表) with its funding split. The cost indicator states the project's amount.

import type { Indicator, PerformanceTarget, UnitTarget } from '../core/model/targets.js';
import type { TargetTable } from '../core/model/tables.js';
import { Decimal } from '../core/decimal.js';
import type { Comparator, Level1Indicator, Level2Indicator } from '../core/vocabulary.js';
import type { DepartmentFigures, ProjectFigures } from './figures.js';
import { unitTotals } from './functional.js';
import type { Totals } from './functional.js';
import { Random } from './random.js';
import { amt, at0, dec, tableBase } from './model-parts.js';

export function indicator(
  level1: Level1Indicator,
  level2: Level2Indicator,
  name: string | null,
  value: string | null,
  unit: string | null,
  comparator: Comparator | null,
  weight: number | null,
  scoring: string | null = name ? '完成计满分，未完成不得分' : null,
): Indicator {
  return {
    source: at0,
    level1,
    level1Text: level1,
    level2,
    level2Text: level2,
    name,
    value,
    content: name,
    scoring,
    unit,
    valueType: comparator,
    comparator,
    weight: weight === null ? null : Decimal.from(String(weight)),
    weightText: null,
    placeholder: name === null,
  };
}

const QUANTITY: readonly [string, string, number, number][] = [
  ['开展专项检查次数', '次', 4, 24],
  ['完成任务数量', '项', 5, 40],
  ['服务人次', '人次', 500, 20000],
  ['培训人数', '人', 100, 2000],
  ['覆盖单位数', '个', 10, 120],
];
const QUALITY = ['验收合格率', '任务完成率', '资料归档完整率', '问题整改率'];
const TIMELY = ['按期完成率', '资金支付及时率', '任务完成及时率'];
const BENEFIT = ['公共服务水平', '群众办事便利程度', '行业管理水平', '社会公众知晓度'];
const SUSTAIN = ['长效管理机制', '工作制度完善程度'];

/** The projects' cost value as printed: the amount without a trailing .00. */
export const costValue = (cents: number) => dec(cents).toFixed(2).replace(/\.00$/, '');

function projectIndicators(p: ProjectFigures, r: Random): Indicator[] {
  const [qName, qUnit, lo, hi] = r.pick(QUANTITY);
  const satisfaction = r.pick([85, 90, 95]);
  return [
    indicator(
      '成本指标',
      '经济成本指标',
      '项目总成本',
      costValue(p.cents),
      '万元',
      '≤',
      10,
      '偏离目标10%以内得10分，偏离10%-20%得5分，偏离20%以上不得分',
    ),
    indicator('成本指标', '社会成本指标', null, null, null, '定性', null),
    indicator('产出指标', '数量指标', qName, String(r.int(lo, hi)), qUnit, '≥', 20),
    indicator('产出指标', '质量指标', r.pick(QUALITY), String(r.pick([95, 98, 100])), '%', '≥', 15),
    indicator('产出指标', '时效指标', r.pick(TIMELY), '100', '%', '=', 15),
    indicator(
      '效益指标',
      '社会效益指标',
      r.pick(BENEFIT),
      '提升',
      null,
      '定性',
      20,
      '达到目标得满分，效果一般得10分，未达到不得分',
    ),
    indicator('效益指标', '可持续影响指标', r.pick(SUSTAIN), '健全', null, '定性', 10),
    indicator(
      '满意度指标',
      '服务对象满意度指标',
      '服务对象满意度',
      String(satisfaction),
      '%',
      '≥',
      10,
      `满意度${satisfaction}%及以上得10分，${satisfaction - 10}%（含）-${satisfaction}%得8分，${satisfaction - 20}%（含）-${satisfaction - 10}%得5分，${satisfaction - 20}%以下不得分`,
    ),
  ];
}

const GOALS = [
  (n: string) => `保障${n}工作顺利开展，按期完成年度任务，提升服务质量和群众满意度。`,
  (n: string) => `完成${n}年度工作任务，健全长效管理机制，确保资金使用规范高效。`,
  (n: string) => `围绕${n}，细化年度工作计划，按时保质完成各项任务。`,
];

export function projectTargets(f: DepartmentFigures, seed: string): PerformanceTarget[] {
  return f.units.flatMap((u) =>
    u.projects.map((p) => {
      const r = new Random(seed, f.region.code, u.code, p.name, 'targets');
      return {
        kind: 'project' as const,
        department: f.name,
        unitCode: u.code,
        unitName: u.name,
        name: { value: p.name, source: at0 },
        amount: amt(p.cents),
        goal: { value: r.pick(GOALS)(p.name), source: at0 },
        indicators: projectIndicators(p, r),
        spans: [{ first: 0, last: 0 }],
      };
    }),
  );
}

export function unitTargets(f: DepartmentFigures): UnitTarget[] {
  return f.units.map((u) => {
    const t = unitTotals(u);
    return {
      kind: 'unit',
      department: f.name,
      unitCode: u.code,
      unitName: u.name,
      name: { value: u.name, source: at0 },
      amount: amt(t.total),
      goal: { value: `保障单位正常运转，完成${f.year}年度重点工作任务。`, source: at0 },
      indicators: [
        indicator('成本指标', '经济成本指标', '预算控制率', '100', '%', '≤', 20),
        indicator('产出指标', '数量指标', '重点工作完成数', String(4 + (u.staff % 9)), '项', '≥', 30),
        indicator('产出指标', '时效指标', '工作完成及时率', '100', '%', '=', 20),
        indicator('效益指标', '社会效益指标', '履职效能', '提升', null, '定性', 20),
        indicator('满意度指标', '服务对象满意度指标', '服务对象满意度', '90', '%', '≥', 10),
      ],
      spans: [{ first: 0, last: 0 }],
      funding: {
        total: amt(t.total),
        general: amt(t.general),
        fund: t.fund ? amt(t.fund) : null,
        specialAccount: null,
        other: null,
        basic: amt(t.basic),
        project: t.project ? amt(t.project) : null,
      },
    };
  });
}

export function targetTables(
  f: DepartmentFigures,
  t: Totals,
): Record<'project-targets' | 'unit-targets', TargetTable> {
  return {
    'project-targets': {
      ...tableBase('project-targets', f.year, f.name),
      shape: 'targets',
      total: amt(t.project),
    },
    'unit-targets': { ...tableBase('unit-targets', f.year, f.name), shape: 'targets', total: null },
  };
}
