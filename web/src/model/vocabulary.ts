// The closed word sets the forms offer (indicator levels, comparators, units), typed against core's
// vocabulary so that a word core does not know fails to compile. Core owns them; the web may import
// only its types (eslint web rule), so the values are listed here and checked below.
import type { Comparator, Level1Indicator, Level2Indicator, Severity } from './json';

export const LEVEL1: readonly Level1Indicator[] = ['成本指标', '产出指标', '效益指标', '满意度指标'];

/** Which 二级指标 are valid under each 一级指标 (core/vocabulary.ts LEVEL2_BY_LEVEL1). */
export const LEVEL2_BY_LEVEL1: Record<Level1Indicator, readonly Level2Indicator[]> = {
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

export const COMPARATORS = ['≥', '≤', '=', '>', '<', '定性', '定量'] as const satisfies readonly Comparator[];
// Every core comparator is offered: this line fails to compile when core adds one.
const _allComparators: Exclude<Comparator, (typeof COMPARATORS)[number]> extends never ? true : false = true;
void _allComparators;

/** 度量单位 the corpus uses most; the picker also accepts free text. */
export const INDICATOR_UNITS = [
  '%',
  '万元',
  '元',
  '个',
  '次',
  '人',
  '人次',
  '天',
  '件',
  '项',
  '份',
  '台',
  '辆',
  '场',
  '户',
  '家',
  '小时',
  '年',
  '月',
  '分',
] as const;

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export const SEVERITY_COLORS: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };

export const KIND_LABELS: Record<string, string> = {
  'department-budget': '部门预算',
  'unit-budget': '单位预算',
  'final-accounts': '部门决算',
  'key-projects': '重大政策和重点项目绩效目标',
  'declaration-forms': '绩效目标申报表',
};

export const STATE_LABELS: Record<string, string> = {
  draft: '草稿',
  submitted: '已提交',
  'department-reviewed': '主管部门已审',
  approved: '已批复',
  published: '已公开',
};
export const STATE_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  'department-reviewed': 'cyan',
  approved: 'success',
  published: 'green',
};
