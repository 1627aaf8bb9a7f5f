// Part 1 of a department budget (部门预算说明): seven sections of prose, and the facts stated in
// them — amounts, year-on-year changes, percentages and counts — each with the sentence it came from.

import type { Decimal } from '../decimal.js';
import type { Located, SourceRef, TextSegment } from '../source.js';
import type { LineRange } from './common.js';

export const NARRATIVE_SECTIONS = [
  { no: 1, key: 'overview', title: '部门基本概况' },
  { no: 2, key: 'units', title: '部门预算单位构成' },
  { no: 3, key: 'totals', title: '部门收支总体情况' },
  { no: 4, key: 'general', title: '一般公共预算拨款支出' },
  { no: 5, key: 'fund', title: '政府性基金预算支出' },
  { no: 6, key: 'other', title: '其他重要事项的情况说明' },
  { no: 7, key: 'glossary', title: '名词解释' },
] as const;
/** The keys of the Hunan layout's seven sections. */
export type HunanSectionKey = (typeof NARRATIVE_SECTIONS)[number]['key'];

/**
 * Every section key of every template's explanation: Hunan's seven, then the sections other layouts
 * print — Shanghai's budgets (主要职能, 机构设置, 名词解释, 预算编制说明, 其他相关情况说明, one
 * 项目经费情况说明 per project) and the final accounts (主要职能, 单位构成, the eleven items of the
 * 情况说明, 名词解释). Templates (core/templates) say which a layout has and how they are printed.
 */
export const NARRATIVE_SECTION_KEYS = [
  ...NARRATIVE_SECTIONS.map((s) => s.key),
  'functions',
  'organisation',
  'explanation',
  'project',
  'income',
  'expenditure',
  'fiscal',
  'basic',
  'threePublic',
  'stateCapital',
  'performance',
] as const;
export type NarrativeSectionKey = (typeof NARRATIVE_SECTION_KEYS)[number];
export const isNarrativeSectionKey = (x: unknown): x is NarrativeSectionKey =>
  typeof x === 'string' && (NARRATIVE_SECTION_KEYS as readonly string[]).includes(x);

/** The items of 六、其他重要事项的情况说明. */
export const OTHER_MATTERS = [
  { key: 'operating', title: '机关运行经费' },
  { key: 'threePublic', title: '“三公”经费' },
  { key: 'generalSpending', title: '一般性支出' },
  { key: 'procurement', title: '政府采购' },
  { key: 'assets', title: '国有资产占用使用及新增资产配置' },
  { key: 'performance', title: '预算绩效目标' },
] as const;
export type OtherMatterKey = (typeof OTHER_MATTERS)[number]['key'];

export interface NarrativeParagraph {
  /** The paragraph text with sentences broken across page breaks joined and markup removed. */
  text: string;
  /** The lines it was assembled from. */
  lines: LineRange;
  /**
   * Where each printed line's part of `text` starts, when the paragraph was joined from more than one
   * line (a sentence broken at a page edge); absent for a paragraph printed on one line.
   */
  segments?: TextSegment[];
}

export interface NarrativeSection {
  /** The section's place in the layout's order (1-based). */
  no: number;
  key: NarrativeSectionKey;
  /** For a section printed once per subject (项目经费情况说明): the subject, e.g. the project's name. */
  subject?: string;
  /** The heading as printed. */
  heading: Located<string>;
  lines: LineRange;
  paragraphs: NarrativeParagraph[];
}

/**
 * Keys of narrative facts. Amounts are in 万元, changes are signed (减少 negative), percentages in
 * per cent (signed likewise), counts are plain numbers.
 */
export const FACT_KEYS = [
  'income.total',
  'income.general',
  'income.fund',
  'income.stateCapital',
  'income.change',
  'income.changePct',
  'expenditure.total',
  'expenditure.change',
  'expenditure.changePct',
  'general.total',
  'basic.total',
  'project.total',
  'fund.total',
  'operating.total',
  'operating.change',
  'operating.changePct',
  'threePublic.total',
  'threePublic.reception',
  'threePublic.vehicle',
  'threePublic.vehiclePurchase',
  'threePublic.vehicleOperation',
  'threePublic.abroad',
  'threePublic.change',
  'meeting.total',
  'meeting.basic',
  'meeting.project',
  'meeting.people',
  'training.total',
  'training.basic',
  'training.project',
  'training.people',
  'procurement.total',
  'procurement.goods',
  'procurement.works',
  'procurement.services',
  'vehicles.total',
  'vehicles.confidential',
  'vehicles.emergency',
  'vehicles.enforcement',
  'vehicles.special',
  'vehicles.other',
  'vehicles.new',
  'vehicles.new.confidential',
  'vehicles.new.emergency',
  'vehicles.new.enforcement',
  'vehicles.new.special',
  'vehicles.new.other',
  'equipment.general',
  'equipment.special',
  'equipment.new.general',
  'equipment.new.special',
  'targets.total',
  'targets.basic',
  'targets.project',
  // The final accounts' explanation (情况说明).
  'all.total',
  'all.change',
  'all.changePct',
  'income.part',
  'income.partShare',
  'expenditure.part',
  'expenditure.partShare',
  'fiscal.total',
  'fiscal.change',
  'fiscal.changePct',
  'general.share',
  'general.change',
  'general.changePct',
  'general.budget',
  'general.final',
  'general.completionPct',
  'general.item',
  'general.itemBudget',
  'basic.personnel',
  'basic.publicFunds',
  'threePublic.budget',
  'threePublic.completionPct',
  'stateCapital.total',
  'year.stated',
  'year.previous',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export interface NarrativeFact {
  key: FactKey;
  value: Decimal;
  /** '万元', '%', or a count unit ('辆', '台', '人'). */
  unit: string;
  /** The phrase the value was read from, e.g. "收入较去年增加154.46万元". */
  text: string;
  source: SourceRef;
  /**
   * What the figure is of, when the key is shared by several: the class name for amounts by
   * functional class ("一般公共服务支出"), the part for parts of a total (财政拨款收入, 基本支出), the
   * 类/款/项 path for an item ("一般公共服务支出（类）财政事务（款）行政运行（项）").
   */
  qualifier?: string;
}

/** Amounts stated per functional class, e.g. "其中：一般公共服务支出6563.63万元，占100.00%". */
export interface NarrativeClassAmount {
  scope: 'expenditure' | 'general' | 'project';
  name: string;
  amount: Decimal;
  /** The share stated with it, in per cent, if any. */
  share: Decimal | null;
  source: SourceRef;
}

export interface Narrative {
  sections: NarrativeSection[];
  facts: NarrativeFact[];
  classAmounts: NarrativeClassAmount[];
  /** Units listed in 二、部门预算单位构成, as printed. */
  unitsListed: Located<string>[];
  /** Whether 二 says the department has only its own level (本级) and no subordinate units. */
  onlyOwnLevel: boolean;
  /** The reason given for the change of 三公 (e.g. "主要是落实…"), if any. */
  threePublicChangeReason: Located<string> | null;
  /** Which items of 六 are present. */
  otherMatters: Partial<Record<OtherMatterKey, SourceRef>>;
}
