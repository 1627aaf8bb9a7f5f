// The deliberate defects of the demo city (示例市 only, and only when `defects` is not false): each a
// small change to one department budget of one year, of a kind real documents have (domain.md §3),
// with the review rules that must report it. The tests check that `yusuan check` finds exactly these
// over the whole city and nothing else.

import { Decimal } from '../core/decimal.js';
import type { DepartmentBudgetDocument } from '../core/model/document.js';
import type { Indicator } from '../core/model/targets.js';

export interface PlantedDefect {
  /** Stable id. */
  id: string;
  departmentCode: string;
  year: number;
  /** Chinese: what is wrong in the document. */
  description: string;
  /** The review rules that report it (each once or more), sorted. */
  rules: readonly string[];
  apply(doc: DepartmentBudgetDocument): void;
}

const replaceIn = (doc: DepartmentBudgetDocument, key: string, from: RegExp, to: (m: string) => string) => {
  const s = doc.narrative.sections.find((x) => x.key === key);
  const p = s?.paragraphs.find((x) => from.test(x.text));
  if (!p) throw new Error(`demo defect: no paragraph matching ${from} in section ${key}`);
  p.text = p.text.replace(from, to);
};

const firstProject = (doc: DepartmentBudgetDocument) => {
  const t = doc.projectTargets[0];
  if (!t) throw new Error('demo defect: the department has no project');
  return t;
};

const indicatorOf = (doc: DepartmentBudgetDocument, level2: Indicator['level2']) => {
  const i = firstProject(doc).indicators.find((x) => x.level2 === level2 && !x.placeholder);
  if (!i) throw new Error(`demo defect: no ${level2}`);
  return i;
};

/** "12.34" + cents, two decimals. */
const plus = (text: string, cents: number) =>
  Decimal.from(text)
    .add(Decimal.of(BigInt(cents), 2))
    .toFixed(2);

export const PLANTED_DEFECTS: readonly PlantedDefect[] = [
  {
    id: 'three-public-stated-total',
    departmentCode: '140',
    year: 2025,
    description: '说明中“三公”经费预算数比报表多0.50万元（其组成部分与报表一致）',
    rules: ['narrative-parts-sum', 'narrative-three-public-match-table'],
    apply: (doc) =>
      replaceIn(doc, 'other', /“三公”经费预算数为(\d+\.\d\d)万元/, (m) =>
        m.replace(/\d+\.\d\d/, (n) => plus(n, 50)),
      ),
  },
  {
    id: 'income-change-percent',
    departmentCode: '119',
    year: 2023,
    description: '收入预算较上年的变动百分比多写0.50个百分点（变动额正确）',
    rules: ['narrative-change-percent'],
    apply: (doc) =>
      replaceIn(doc, 'totals', /收入较去年(增加|减少)[\d.]+万元，(上升|下降)(\d+\.\d\d)%/, (m) =>
        m.replace(/(\d+\.\d\d)%$/, (_, n: string) => `${plus(n, 50)}%`),
      ),
  },
  {
    id: 'weights-sum-110',
    departmentCode: '112',
    year: 2024,
    description: '第一个项目的时效指标权重写成25分（应为15分），指标权重合计110分',
    rules: ['target-weights-sum-to-100'],
    apply: (doc) => {
      indicatorOf(doc, '时效指标').weight = Decimal.from('25');
    },
  },
  {
    id: 'cost-target-contradicts-amount',
    departmentCode: '122',
    year: 2025,
    description: '第一个项目的成本指标（项目总成本）比项目资金总额少20万元',
    rules: ['target-cost-matches-amount'],
    apply: (doc) => {
      const i = indicatorOf(doc, '经济成本指标');
      i.value = plus(i.value ?? '0', -2000).replace(/\.00$/, '');
    },
  },
  {
    id: 'satisfaction-band-gap',
    departmentCode: '117',
    year: 2025,
    description: '第一个项目满意度指标的评分标准缺了中间一档（两档之间有空缺）',
    rules: ['target-score-bands'],
    apply: (doc) => {
      const i = indicatorOf(doc, '服务对象满意度指标');
      const v = Number(i.value);
      i.scoring = `满意度${v}%及以上得10分，${v - 20}%（含）-${v - 10}%得5分，${v - 20}%以下不得分`;
    },
  },
  {
    id: 'three-public-unit-subtotal',
    departmentCode: '127',
    year: 2024,
    description: '“三公”经费表中本级单位一行的小计比其组成部分之和少0.18万元',
    rules: ['amount-row-total', 'unit-rows-sum'],
    apply: (doc) => {
      const t = doc.tables['three-public'];
      const r = t?.shape === 'amounts' ? t.rows.find((x) => x.kind === 'unit') : undefined;
      const a = r?.amounts['total'];
      if (!r || !a) throw new Error('demo defect: no 三公 unit row');
      const v = Decimal.from(plus(a.value.toFixed(2), -18));
      r.amounts['total'] = { ...a, value: v, text: v.toGrouped(2) };
    },
  },
];

/** The defects planted in a department's document of a year. */
export function defectsOf(departmentCode: string, year: number): PlantedDefect[] {
  return PLANTED_DEFECTS.filter((d) => d.departmentCode === departmentCode && d.year === year);
}
