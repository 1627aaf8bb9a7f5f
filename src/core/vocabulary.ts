// The closed sets of domain words, defined once: document kinds, indicator levels, comparators,
// severities and finding categories (`text`: the words of a document — placeholders, years,
// wording). Each is an `as const` array with its type and a runtime guard.

export const DOCUMENT_KINDS = [
  'department-budget',
  'unit-budget',
  'final-accounts',
  'key-projects',
  'declaration-forms',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const isDocumentKind = (x: unknown): x is DocumentKind =>
  typeof x === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(x);

/** The kinds read from tables of a template: budgets of a department or a unit, final accounts. */
export const TABLED_KINDS = ['department-budget', 'unit-budget', 'final-accounts'] as const;
export type TabledKind = (typeof TABLED_KINDS)[number];

/** Chinese names of the kinds, for people. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  'department-budget': '部门预算',
  'unit-budget': '单位预算',
  'final-accounts': '部门决算',
  'key-projects': '重大政策和重点项目绩效目标',
  'declaration-forms': '绩效目标申报表',
};

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const isSeverity = (x: unknown): x is Severity =>
  typeof x === 'string' && (SEVERITIES as readonly string[]).includes(x);
export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export const FINDING_CATEGORIES = [
  'import',
  'arithmetic',
  'cross-table',
  'narrative',
  'target',
  'completeness',
  'text',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];
export const isFindingCategory = (x: unknown): x is FindingCategory =>
  typeof x === 'string' && (FINDING_CATEGORIES as readonly string[]).includes(x);

/** 一级指标. */
export const LEVEL1_INDICATORS = ['成本指标', '产出指标', '效益指标', '满意度指标'] as const;
export type Level1Indicator = (typeof LEVEL1_INDICATORS)[number];
export const isLevel1Indicator = (x: unknown): x is Level1Indicator =>
  typeof x === 'string' && (LEVEL1_INDICATORS as readonly string[]).includes(x);

/** 二级指标. */
export const LEVEL2_INDICATORS = [
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
] as const;
export type Level2Indicator = (typeof LEVEL2_INDICATORS)[number];
export const isLevel2Indicator = (x: unknown): x is Level2Indicator =>
  typeof x === 'string' && (LEVEL2_INDICATORS as readonly string[]).includes(x);

/** Which level-2 indicators are valid under each level-1 indicator. 成本指标 under 产出指标 is the forms' usage. */
export const LEVEL2_BY_LEVEL1: Record<Level1Indicator, readonly Level2Indicator[]> = {
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

/** The level-1 indicator a level-2 indicator normally belongs to (成本指标 as level 2 belongs to 产出指标). */
export const LEVEL1_OF_LEVEL2: Record<Level2Indicator, Level1Indicator> = {
  经济成本指标: '成本指标',
  社会成本指标: '成本指标',
  生态环境成本指标: '成本指标',
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
};

/** Spellings seen in documents for level-2 names (after removing spaces), mapped to the canonical name. */
export const LEVEL2_ALIASES: Record<string, Level2Indicator> = {
  经济效益: '经济效益指标',
  社会效益: '社会效益指标',
  生态效益: '生态效益指标',
  环境效益: '生态效益指标',
  环境效益指标: '生态效益指标',
  可持续影响: '可持续影响指标',
  服务对象满意度: '服务对象满意度指标',
  满意度: '服务对象满意度指标',
  经济成本: '经济成本指标',
  社会成本: '社会成本指标',
  生态环境成本: '生态环境成本指标',
  数量: '数量指标',
  质量: '质量指标',
  时效: '时效指标',
};

/** 指标值类型: the comparator of a target value, or 定性/定量. */
export const COMPARATORS = ['≥', '≤', '=', '>', '<', '定性', '定量'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const isComparator = (x: unknown): x is Comparator =>
  typeof x === 'string' && (COMPARATORS as readonly string[]).includes(x);

/** Spellings of comparators seen in documents, mapped to the canonical form. */
export const COMPARATOR_ALIASES: Record<string, Comparator> = {
  '>=': '≥',
  '＞=': '≥',
  '≧': '≥',
  大于等于: '≥',
  不低于: '≥',
  不少于: '≥',
  '<=': '≤',
  '＜=': '≤',
  '≦': '≤',
  小于等于: '≤',
  不高于: '≤',
  不超过: '≤',
  '＝': '=',
  '==': '=',
  等于: '=',
  '＞': '>',
  大于: '>',
  '＜': '<',
  小于: '<',
};

/** Units in which money is stated. */
export const MONEY_UNITS = ['万元', '元', '亿元'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];
export const isMoneyUnit = (x: unknown): x is MoneyUnit =>
  typeof x === 'string' && (MONEY_UNITS as readonly string[]).includes(x);
