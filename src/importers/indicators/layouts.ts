// The column layouts of the three performance-target tables, as data: 项目支出绩效目标表 (table 9),
// 部门整体支出绩效目标表 (table 10) and the city-wide key-projects list. Each column has a stable key, its
// printed label and a kind that says what its cells look like; the row aligner reads cells by kind.
// A layout has a head part (who the target is: unit, project, amounts, goal) and an indicator part.

/** The indicator part of every layout, in printed order. */
export const INDICATOR_KEYS = [
  'level1',
  'level2',
  'name',
  'value',
  'content',
  'scoring',
  'unit',
  'valueType',
  'weight',
] as const;

export const COLUMN_KINDS = [
  'code',
  'department',
  'targetName',
  'amount',
  'goal',
  ...INDICATOR_KEYS,
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export interface LayoutColumn {
  /** Stable key: 'code', 'targetName', 'amount', funding keys, 'goal', or an indicator field. */
  key: string;
  /** The label as printed in the header (canonical spelling). */
  label: string;
  kind: ColumnKind;
  part: 'head' | 'indicator';
}

export interface TargetLayout {
  id: 'project-targets' | 'unit-targets' | 'key-projects';
  /** The table's name for messages. */
  table: string;
  columns: readonly LayoutColumn[];
  /** Head columns that a row must fill when it fills any head column (a target's first row). */
  requiredHead: readonly string[];
  /** The key of the target's amount among the head columns. */
  amountKey: string;
  /** Labels printed in header rows besides the column labels (group headings). */
  headerWords: readonly string[];
}

const col = (key: string, label: string, kind: ColumnKind, part: 'head' | 'indicator'): LayoutColumn => ({
  key,
  label,
  kind,
  part,
});

const LEVELS: readonly LayoutColumn[] = [
  col('level1', '一级指标', 'level1', 'indicator'),
  col('level2', '二级指标', 'level2', 'indicator'),
  col('name', '三级指标', 'name', 'indicator'),
];

/** 项目支出绩效目标表: 单位编码 | 单位（项目）名称 | 资金总额 | 绩效目标 | 一级 … 备注. */
export const PROJECT_TARGETS_LAYOUT: TargetLayout = {
  id: 'project-targets',
  table: '项目支出绩效目标表',
  columns: [
    col('code', '单位编码', 'code', 'head'),
    col('targetName', '单位（项目）名称', 'targetName', 'head'),
    col('amount', '资金总额', 'amount', 'head'),
    col('goal', '绩效目标', 'goal', 'head'),
    ...LEVELS,
    col('value', '指标值', 'value', 'indicator'),
    col('content', '指标值内容', 'content', 'indicator'),
    col('scoring', '评（扣）分标准', 'scoring', 'indicator'),
    col('unit', '度量单位', 'unit', 'indicator'),
    col('valueType', '指标值类型', 'valueType', 'indicator'),
    col('weight', '备注', 'weight', 'indicator'),
  ],
  requiredHead: ['targetName', 'amount'],
  amountKey: 'amount',
  headerWords: ['绩效指标', '单位(项目)名称', '项目名称'],
};

/** The key-projects list: 主管单位 | 项目名称 | 资金总额 | 绩效目标 | 一级 … 备注. */
export const KEY_PROJECTS_LAYOUT: TargetLayout = {
  id: 'key-projects',
  table: '重大政策和重点项目绩效目标表',
  columns: [
    col('department', '主管单位', 'department', 'head'),
    col('targetName', '项目名称', 'targetName', 'head'),
    col('amount', '资金总额', 'amount', 'head'),
    col('goal', '绩效目标', 'goal', 'head'),
    ...LEVELS,
    col('value', '指标值', 'value', 'indicator'),
    col('content', '指标值内容', 'content', 'indicator'),
    col('scoring', '评（扣）分标准', 'scoring', 'indicator'),
    col('unit', '度量单位', 'unit', 'indicator'),
    col('valueType', '指标值类型', 'valueType', 'indicator'),
    col('weight', '备注', 'weight', 'indicator'),
  ],
  requiredHead: ['targetName', 'amount'],
  amountKey: 'amount',
  headerWords: ['绩效指标'],
};

/**
 * 部门整体支出绩效目标表. The header prints 项目支出 at the far right (a conversion artefact); data rows
 * have it in column 9, which is where this layout puts it.
 */
export const UNIT_TARGETS_LAYOUT: TargetLayout = {
  id: 'unit-targets',
  table: '部门整体支出绩效目标表',
  columns: [
    col('code', '单位编码', 'code', 'head'),
    col('targetName', '单位名称', 'targetName', 'head'),
    col('total', '资金总额', 'amount', 'head'),
    col('general', '一般公共预算', 'amount', 'head'),
    col('fund', '政府性基金拨款', 'amount', 'head'),
    col('specialAccount', '财政专户管理资金', 'amount', 'head'),
    col('other', '其他资金', 'amount', 'head'),
    col('basic', '基本支出', 'amount', 'head'),
    col('project', '项目支出', 'amount', 'head'),
    col('goal', '整体绩效目标', 'goal', 'head'),
    ...LEVELS,
    col('valueType', '指标值类型', 'valueType', 'indicator'),
    col('value', '指标值', 'value', 'indicator'),
    col('unit', '计量单位', 'unit', 'indicator'),
    col('content', '指标解释', 'content', 'indicator'),
    col('scoring', '评（扣）分标准', 'scoring', 'indicator'),
    col('weight', '备注', 'weight', 'indicator'),
  ],
  requiredHead: ['targetName', 'total'],
  amountKey: 'total',
  headerWords: ['年度预算申请', '按收入性质分', '按支出性质分', '部门整体支出年度绩效目标'],
};

/** The funding keys of a unit target, in column order. */
export const FUNDING_KEYS = [
  'total',
  'general',
  'fund',
  'specialAccount',
  'other',
  'basic',
  'project',
] as const;

/** 1-based printed column where a layout column is expected (its position in the layout). */
export function expectedColumn(layout: TargetLayout, key: string): number {
  return layout.columns.findIndex((c) => c.key === key) + 1;
}

/** The label of a column by key, for messages. */
export function columnLabel(layout: TargetLayout, key: string): string {
  return layout.columns.find((c) => c.key === key)?.label ?? key;
}
