// The indicator columns of the performance-target tables after 一级/二级指标, in each table's printed
// order: 项目支出绩效目标表 and the key-projects list share one, 部门整体支出绩效目标表 has its own. The
// grid (text, XLSX) and HTML publishers both print them, so they read back the same.

export type IndicatorField = 'name' | 'value' | 'content' | 'scoring' | 'unit' | 'valueType' | 'weight';

const PROJECT_COLUMNS: readonly (readonly [IndicatorField, string])[] = [
  ['name', '三级指标'],
  ['value', '指标值'],
  ['content', '指标值内容'],
  ['scoring', '评（扣）分标准'],
  ['unit', '度量单位'],
  ['valueType', '指标值类型'],
  ['weight', '备注'],
];

const UNIT_COLUMNS: readonly (readonly [IndicatorField, string])[] = [
  ['name', '三级指标'],
  ['valueType', '指标值类型'],
  ['value', '指标值'],
  ['unit', '计量单位'],
  ['content', '指标解释'],
  ['scoring', '评（扣）分标准'],
  ['weight', '备注'],
];

/** 项目支出绩效目标表 and the key-projects list. */
export const PROJECT_FIELDS: readonly IndicatorField[] = PROJECT_COLUMNS.map(([f]) => f);
export const PROJECT_FIELD_LABELS: readonly string[] = PROJECT_COLUMNS.map(([, label]) => label);
/** 部门整体支出绩效目标表. */
export const UNIT_FIELDS: readonly IndicatorField[] = UNIT_COLUMNS.map(([f]) => f);
export const UNIT_FIELD_LABELS: readonly string[] = UNIT_COLUMNS.map(([, label]) => label);
