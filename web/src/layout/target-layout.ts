// The two performance-target tables in the official layout (publishers/html/target-tables.ts):
// 项目支出绩效目标表 (合计, then per unit its subtotal row and its projects, indicators with 一级/二级
// merged over their runs) and 部门整体支出绩效目标表 (年度预算申请 by income and by expenditure kind).
import type { BudgetDocJson, IndicatorJson, TargetJson, UnitTargetJson, AmountJson } from '../model/json';
import type { EditField } from './edit-fields';
import type { Cell, Grid, GridRow } from './grid';
import { emptyBody, money, td, th } from './grid';

export type IndicatorFieldName = 'name' | 'value' | 'content' | 'scoring' | 'unit' | 'valueType' | 'weight';

export const PROJECT_COLUMNS: readonly (readonly [IndicatorFieldName, string])[] = [
  ['name', '三级指标'],
  ['value', '指标值'],
  ['content', '指标值内容'],
  ['scoring', '评（扣）分标准'],
  ['unit', '度量单位'],
  ['valueType', '指标值类型'],
  ['weight', '备注'],
];
export const UNIT_COLUMNS: readonly (readonly [IndicatorFieldName, string])[] = [
  ['name', '三级指标'],
  ['valueType', '指标值类型'],
  ['value', '指标值'],
  ['unit', '计量单位'],
  ['content', '指标解释'],
  ['scoring', '评（扣）分标准'],
  ['weight', '备注'],
];

const FIELD_CLASS: Partial<Record<IndicatorFieldName, string>> = {
  name: 'w-name',
  content: 'text',
  scoring: 'text',
  weight: 'num',
  valueType: 'center',
  unit: 'center',
};

export const level1Of = (i: IndicatorJson): string => i.level1 ?? i.level1Text ?? '';
export const level2Of = (i: IndicatorJson): string => i.level2Text ?? i.level2 ?? '';

const fieldText = (i: IndicatorJson, f: IndicatorFieldName): string =>
  f === 'weight' ? (i.weight ?? i.weightText ?? '') : (i[f] ?? '');

/** How each indicator field is edited: text, a long text, the comparator picker, points. */
export const INDICATOR_FIELDS: Record<IndicatorFieldName, EditField> = {
  name: { kind: 'text', label: '三级指标' },
  value: { kind: 'text', label: '指标值' },
  content: { kind: 'long-text', label: '指标值内容' },
  scoring: { kind: 'long-text', label: '评（扣）分标准' },
  unit: { kind: 'text', label: '度量单位' },
  valueType: { kind: 'comparator', label: '指标值类型', required: true },
  weight: { kind: 'points', label: '权重', unit: '分' },
};

/** An indicator's model path: `projectTargets[2].indicators[5].weight`. */
export const indicatorPath = (target: string, index: number, f: IndicatorFieldName): string =>
  `${target}.indicators[${index}].${f}`;

/** A target's text (name, goal) as an editable cell. */
function targetText(
  value: { value: string; source: { line: number } } | null,
  path: string,
  edit: EditField,
  o: Omit<Cell, 'text'>,
): Cell {
  if (!value) return td('', o);
  return td(value.value, { ...o, path, edit, value: value.value, source: value.source });
}

const NAME: EditField = { kind: 'text', label: '项目名称', required: true };
const GOAL: EditField = { kind: 'long-text', label: '绩效目标', required: true };

function runLength<T>(items: readonly T[], start: number, key: (x: T) => string): number {
  const k = key(items[start] as T);
  let n = 1;
  while (start + n < items.length && key(items[start + n] as T) === k) n++;
  return n;
}

interface IndicatorRow {
  cells: Cell[];
  line?: number;
}

/**
 * The indicator rows of a target, 一级/二级 merged over their runs; with `at` (the target's model path
 * and the names a comment is pinned to) every field of a real indicator names its path.
 */
export function indicatorRows(
  indicators: readonly IndicatorJson[],
  fields: readonly IndicatorFieldName[],
  at?: { path: string; table: string; project: string },
): IndicatorRow[] {
  if (indicators.length === 0) return [{ cells: [td(''), td(''), ...fields.map(() => td(''))] }];
  const l2key = (x: IndicatorJson) => level1Of(x) + '\u0000' + level2Of(x);
  return indicators.map((ind, i) => {
    const prev = indicators[i - 1];
    const cells: Cell[] = [];
    if (!prev || level1Of(prev) !== level1Of(ind))
      cells.push(td(level1Of(ind), { rowSpan: runLength(indicators, i, level1Of), cls: 'level' }));
    if (!prev || l2key(prev) !== l2key(ind))
      cells.push(td(level2Of(ind), { rowSpan: runLength(indicators, i, l2key), cls: 'level' }));
    for (const f of fields) {
      const cls = FIELD_CLASS[f];
      const text = fieldText(ind, f);
      // A placeholder row (its 二级指标 does not apply) is editable too: named, it becomes an indicator.
      const editable = at !== undefined;
      cells.push(
        td(text, {
          ...(cls ? { cls } : {}),
          ...(editable
            ? {
                path: indicatorPath(at.path, i, f),
                edit: INDICATOR_FIELDS[f],
                value: f === 'valueType' ? (ind.valueType ?? ind.comparator ?? '') : text,
                source: ind.source,
                target: {
                  table: at.table,
                  project: at.project,
                  indicator: ind.name ?? level2Of(ind),
                  column: INDICATOR_FIELDS[f].label,
                },
              }
            : {}),
        }),
      );
    }
    return { cells, line: ind.source.line };
  });
}

function targetRows(lead: (n: number) => Cell[], rows: IndicatorRow[], targetLine: number): GridRow[] {
  return rows.map((r, i) => ({
    cells: i === 0 ? [...lead(rows.length), ...r.cells] : r.cells,
    line: r.line ?? targetLine,
    ...(i === 0 ? { cls: 'target-first' } : {}),
  }));
}

const blank = (n: number): Cell[] => Array.from({ length: n }, () => td(''));

export function projectTargetsGrid(doc: BudgetDocJson, total: AmountJson | null): Grid {
  const fields = PROJECT_COLUMNS.map(([f]) => f);
  const head: GridRow[] = [
    {
      cells: [
        th('单位编码', { rowSpan: 2 }),
        th('单位（项目）名称', { rowSpan: 2, cls: 'label' }),
        th('资金总额', { rowSpan: 2 }),
        th('绩效目标', { rowSpan: 2 }),
        th('绩效指标', { colSpan: 2 + fields.length }),
      ],
    },
    { cells: [th('一级指标'), th('二级指标'), ...PROJECT_COLUMNS.map(([, l]) => th(l))] },
  ];
  const count = 4 + 2 + fields.length;
  const minWidth = 1500;
  const projects = doc.projectTargets;
  if (projects.length === 0 && doc.projectTargetUnits.length === 0)
    return { head, body: emptyBody(count), columnCount: count, minWidth };
  const project = (p: TargetJson): GridRow[] => {
    const path = `projectTargets[${projects.indexOf(p)}]`;
    const at = { path, table: '项目支出绩效目标表', project: p.name.value };
    return targetRows(
      (n) => [
        td(p.unitCode, { rowSpan: n, cls: 'code' }),
        targetText(p.name, `${path}.name`, NAME, { rowSpan: n, cls: 'label' }),
        money(p.amount, { rowSpan: n, path: `${path}.amount`, target: { ...at, column: '资金总额' } }),
        targetText(p.goal, `${path}.goal`, GOAL, { rowSpan: n, cls: 'text goal' }),
      ],
      indicatorRows(p.indicators, fields, at),
      p.name.source.line,
    );
  };
  const body: GridRow[] = [];
  if (total)
    body.push({
      cells: [td('合计', { cls: 'label' }), td(''), money(total), ...blank(count - 3)],
      cls: 'total',
      line: total.source.line,
    });
  const placed = new Set<TargetJson>();
  for (const u of doc.projectTargetUnits) {
    body.push({
      cells: [
        td(u.code, { cls: 'code' }),
        td(u.name, { cls: 'label' }),
        money(u.amount),
        ...blank(count - 3),
      ],
      cls: 'unit',
      line: u.source.line,
    });
    for (const p of projects)
      if (p.unitCode === u.code && !placed.has(p)) {
        body.push(...project(p));
        placed.add(p);
      }
  }
  for (const p of projects) if (!placed.has(p)) body.push(...project(p));
  return { head, body, columnCount: count, minWidth };
}

const FUNDING = [
  ['general', '一般公共预算'],
  ['fund', '政府性基金拨款'],
  ['specialAccount', '财政专户管理资金'],
  ['other', '其他资金'],
] as const;

export function unitTargetsGrid(units: readonly UnitTargetJson[]): Grid {
  const fields = UNIT_COLUMNS.map(([f]) => f);
  const head: GridRow[] = [
    {
      cells: [
        th('单位编码', { rowSpan: 3 }),
        th('单位名称', { rowSpan: 3, cls: 'label' }),
        th('年度预算申请', { colSpan: 7 }),
        th('整体绩效目标', { rowSpan: 3 }),
        th('部门整体支出年度绩效目标', { colSpan: 2 + fields.length }),
      ],
    },
    {
      cells: [
        th('资金总额', { rowSpan: 2 }),
        th('按收入性质分', { colSpan: FUNDING.length }),
        th('按支出性质分', { colSpan: 2 }),
        th('一级指标', { rowSpan: 2 }),
        th('二级指标', { rowSpan: 2 }),
        ...UNIT_COLUMNS.map(([, l]) => th(l, { rowSpan: 2 })),
      ],
    },
    { cells: [...FUNDING.map(([, l]) => th(l)), th('基本支出'), th('项目支出')] },
  ];
  const count = 2 + 7 + 1 + 2 + fields.length;
  const minWidth = 2000;
  if (units.length === 0) return { head, body: emptyBody(count), columnCount: count, minWidth };
  const body = units.flatMap((u, i) => {
    const path = `unitTargets[${i}]`;
    const at = { path, table: '部门整体支出绩效目标表', project: u.unitName ?? u.name.value };
    const fund = (k: string, column: string) =>
      money(u.funding[k], { path: `${path}.funding.${k}`, target: { ...at, column } });
    return targetRows(
      (n) =>
        [
          td(u.unitCode, { cls: 'code' }),
          td(u.unitName ?? u.name.value, { cls: 'label' }),
          fund('total', '资金总额'),
          ...FUNDING.map(([k, l]) => fund(k, l)),
          fund('basic', '基本支出'),
          fund('project', '项目支出'),
          targetText(u.goal, `${path}.goal`, GOAL, { cls: 'text goal' }),
        ].map((c) => ({ ...c, rowSpan: n })),
      indicatorRows(u.indicators, fields, at),
      u.name.source.line,
    );
  });
  return { head, body, columnCount: count, minWidth };
}
