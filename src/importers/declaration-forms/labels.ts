// The labels printed in the first cells of the declaration forms' rows, as data: which field each
// names, and how a printed cell is recognised as one (words broken by spaces, a label cut short at the
// cell edge, or one whose characters the conversion interleaved, e.g. "财 政 核 审 部 门 意 见").

import { labelKey } from '../../core/text.js';

/** What a label introduces: a field with a value, a table, a section heading (no value), a filler word. */
export type LabelRole = 'field' | 'table' | 'section' | 'filler';

export const FORM_LABELS = [
  // project forms
  { id: 'name', text: '项目名称', role: 'field' },
  { id: 'attribute', text: '项目属性', role: 'field' },
  { id: 'competentDepartment', text: '主管部门', role: 'field' },
  { id: 'period', text: '项目起止时间', role: 'field' },
  { id: 'manager', text: '项目负责人', role: 'field' },
  { id: 'phone', text: '联系电话', role: 'field' },
  { id: 'liaison', text: '绩效管理联络员', role: 'field' },
  { id: 'projectTypes', text: '项目类型', role: 'field' },
  { id: 'overview', text: '项目概况', role: 'field' },
  { id: 'basis', text: '项目立项依据', role: 'field' },
  {
    id: 'measures',
    text: '单位已有的(或拟订的)保障项目实施的制度、措施',
    role: 'field',
    prefix: '单位已有的',
  },
  { id: 'longTermGoal', text: '长期绩效目标', role: 'field' },
  { id: 'annualGoal', text: '本年度绩效目标', role: 'field', prefix: '本年度绩效' },
  { id: 'funding', text: '项目资金申请(万元)', role: 'table', prefix: '项目资金申请' },
  { id: 'spending', text: '支出明细预算(万元)', role: 'table', prefix: '支出明细预算' },
  { id: 'schedule', text: '项目实施内容', role: 'table' },
  // the whole-department form
  { id: 'unit', text: '预算单位', role: 'field' },
  { id: 'staffQuota', text: '人员编制数', role: 'field' },
  { id: 'staffActual', text: '实有人数', role: 'field' },
  { id: 'duties', text: '部门职能职责概述', role: 'field', prefix: '部门职能职责' },
  { id: 'income', text: '单位年度收入预算(万元)', role: 'table', prefix: '单位年度收入预算' },
  { id: 'expenditure', text: '单位年度支出预算(万元)', role: 'table', prefix: '单位年度支出预算' },
  { id: 'threePublic', text: '三公经费预算(万元)', role: 'table', prefix: '三公经费预算' },
  { id: 'goal', text: '年度整体支出目标', role: 'field' },
  // both
  { id: 'otherNotes', text: '其他说明的问题', role: 'field' },
  { id: 'reviewOpinion', text: '财政部门审核意见', role: 'field' },
  // section headings of the first column
  { id: 'basicSection', text: '项目基本情况', role: 'section' },
  { id: 'fundingSection', text: '项目资金情况', role: 'section' },
  { id: 'scheduleSection', text: '项目年度实施进度计划', role: 'section' },
  { id: 'goalSection', text: '项目年度绩效目标情况', role: 'section' },
  { id: 'indicatorSection', text: '项目年度绩效指标', role: 'section' },
  { id: 'departmentSection', text: '部门基本信息', role: 'section' },
  { id: 'departmentIndicatorSection', text: '部门整体支出年度绩效指标', role: 'section' },
  { id: 'ofWhich', text: '其中', role: 'filler' },
] as const satisfies readonly { id: string; text: string; role: LabelRole; prefix?: string }[];

export type LabelId = (typeof FORM_LABELS)[number]['id'];
export type FormLabel = (typeof FORM_LABELS)[number];

export interface LabelMatch {
  label: FormLabel;
  /** How the printed text differs from the label, when it does: cut short or characters out of order. */
  repair: 'none' | 'cut' | 'scrambled';
}

const sortedChars = (s: string): string => [...s].sort().join('');
const BY_KEY = new Map<string, FormLabel>(FORM_LABELS.map((l) => [labelKey(l.text), l]));
const BY_CHARS = new Map<string, FormLabel>(
  FORM_LABELS.filter((l) => [...l.text].length >= 4).map((l) => [sortedChars(labelKey(l.text)), l]),
);
/** Longer text cannot be a scrambled label: it is not sorted (value cells can be paragraphs long). */
const LONGEST_SCRAMBLED = Math.max(...[...BY_CHARS.keys()].map((k) => k.length));
/** The characters of those labels: text with any other character cannot be one of them. */
const SCRAMBLED_CHARS = new Set([...BY_CHARS.keys()].flatMap((k) => [...k]));

/** The labels that are recognised by their first words too, with their keys. */
const PREFIXED = FORM_LABELS.flatMap((label) =>
  'prefix' in label ? [{ label, prefix: label.prefix, full: labelKey(label.text) }] : [],
);

/** The label a printed cell is, or null when it is a value. */
export function matchLabel(text: string): LabelMatch | null {
  return matchLabelKey(labelKey(text));
}

/** matchLabel for a cell's labelKey (the form's row items carry it). */
export function matchLabelKey(cellKey: string): LabelMatch | null {
  const key = cellKey.endsWith(':') || cellKey.endsWith('：') ? cellKey.replace(/[:：]$/, '') : cellKey;
  if (key === '') return null;
  const exact = BY_KEY.get(key);
  if (exact) return { label: exact, repair: 'none' };
  for (const { label, prefix, full } of PREFIXED) {
    if (!key.startsWith(prefix)) continue;
    // The label cut short at the cell edge ("本年度绩效目").
    if (full.startsWith(key)) return { label, repair: 'cut' };
    // A variant spelling in the middle ("单位年度收入预算(元)"): as long as the label and ending like it.
    // Values can start like a label, so both conditions are needed.
    if (key.length <= full.length + 2 && key.endsWith(full.slice(-2))) return { label, repair: 'none' };
  }
  // The conversion interleaved the characters of some vertical labels; the same characters in another
  // order are the same label (only for labels long enough that this cannot be a coincidence).
  // Value cells are tried too: most hold a character no label has, which settles it before sorting.
  if (key.length <= LONGEST_SCRAMBLED) {
    const chars = [...key];
    if (chars.length >= 4 && chars.every((c) => SCRAMBLED_CHARS.has(c))) {
      const scrambled = BY_CHARS.get(sortedChars(key));
      if (scrambled) return { label: scrambled, repair: 'scrambled' };
    }
  }
  return null;
}

/** The label's printed name, for messages. */
export function labelName(id: LabelId): string {
  const label = FORM_LABELS.find((l) => l.id === id);
  return label ? label.text.replace(/\(/g, '（').replace(/\)/g, '）') : id;
}
