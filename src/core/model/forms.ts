// County declaration forms (绩效目标申报表): a project form per project and a whole-department form.

import type { Located, SourceRef } from '../source.js';
import type { Amount } from './common.js';
import type { Indicator } from './targets.js';

/** Previous-year and current-year amounts of a funding or spending line. */
export interface FundingLine {
  /** 合计, 市级资金, 省级资金, 中央资金, 县级资金, or a spending item's name. */
  label: string;
  previous: Amount | null;
  current: Amount | null;
  /** 测算依据及说明 (spending lines only). */
  basis: string | null;
  source: SourceRef;
}

export interface ScheduleItem {
  content: string | null;
  start: Located<string> | null;
  end: Located<string> | null;
  source: SourceRef;
}

export interface ProjectForm {
  kind: 'project';
  /** The form's title line. */
  title: Located<string>;
  /** 填报单位. */
  filler: string | null;
  /** 单位负责人. */
  unitLeader: string | null;
  name: Located<string>;
  /** 项目属性: the checked box. */
  attribute: '新增项目' | '延续项目' | null;
  /** 主管部门. */
  competentDepartment: Located<string> | null;
  /** 项目起止时间, as printed. */
  period: Located<string> | null;
  manager: Located<string> | null;
  managerPhone: string | null;
  liaison: Located<string> | null;
  liaisonPhone: string | null;
  /** 项目类型: the checked options' labels (e.g. ['其他专项类']). */
  projectTypes: string[];
  overview: Located<string> | null;
  basis: Located<string> | null;
  /** 项目资金申请: 合计 and each level. */
  funding: FundingLine[];
  /** 支出明细预算: 合计 and items. */
  spending: FundingLine[];
  measures: Located<string> | null;
  schedule: ScheduleItem[];
  longTermGoal: Located<string> | null;
  annualGoal: Located<string> | null;
  indicators: Indicator[];
  otherNotes: Located<string> | null;
  reviewOpinion: Located<string> | null;
}

export interface DepartmentForm {
  kind: 'department';
  title: Located<string>;
  filler: string | null;
  unitLeader: string | null;
  /** 预算单位. */
  unit: Located<string> | null;
  liaison: Located<string> | null;
  liaisonPhone: string | null;
  /** 人员编制数 / 实有人数 (people). */
  staffQuota: Located<number> | null;
  staffActual: Located<number> | null;
  duties: Located<string> | null;
  /** Keys: total (收入合计), general (公共财政拨款), fund (政府性基金拨款), nonTax (非税收入拨款), other (其他拨款). */
  income: Record<string, Amount | null>;
  /** Keys: total (支出合计), basic (基本支出), project (项目支出). */
  expenditure: Record<string, Amount | null>;
  /** Keys: total (合计), vehicle (公务用车运行和购置费), abroad (因公出国（境）费), reception (公务接待费). */
  threePublic: Record<string, Amount | null>;
  goal: Located<string> | null;
  indicators: Indicator[];
  otherNotes: Located<string> | null;
  reviewOpinion: Located<string> | null;
}
