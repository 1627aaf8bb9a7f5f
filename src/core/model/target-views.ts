// Every performance target of a document seen the same way, whatever carries it: a row of 项目支出绩效目标表
// or 部门整体支出绩效目标表, a key project, or a declaration form. The target rules and the evaluation read
// these views, so one reader covers all four layouts; a view names the project (or unit) as printed.

import type { Located } from '../source.js';
import { labelKey } from '../text.js';
import type { Amount } from './common.js';
import type { BudgetDocument } from './document.js';
import type { FundingLine } from './forms.js';
import type { Indicator, PerformanceTarget, TargetKind } from './targets.js';

export interface TargetView {
  kind: TargetKind;
  /** Project or unit name exactly as printed. */
  name: string;
  /** Line of the name (the target's first row). */
  line: number;
  /** The project, for findings (absent for whole-unit targets). */
  project?: string;
  /** Unit code or name, for findings. */
  unit?: string;
  /** Canonical table name, for department budgets. */
  table?: string;
  /** The money the target is for: 资金总额, the form's 本年度申请资金 合计, the department form's 支出合计. */
  amount: Amount | null;
  /** How the amount is labelled in messages. */
  amountLabel: string;
  goal: Located<string> | null;
  indicators: Indicator[];
  /** Whole-unit targets: 基本支出 (basic) and 项目支出 (project). */
  funding: Partial<Record<'basic' | 'project', Amount | null>>;
  /** Whether the layout has a 指标值类型 column and a weight (备注) column. */
  typed: boolean;
  weighted: boolean;
}

/** The current-year 合计 of a form's funding lines. */
export function formTotal(lines: readonly FundingLine[]): FundingLine | null {
  return lines.find((l) => labelKey(l.label) === '合计') ?? null;
}

/** A project of 项目支出绩效目标表 or of the key-projects list (no table name: the list has none). */
function projectView(t: PerformanceTarget, unit: string | null, table?: string): TargetView {
  const v: TargetView = {
    kind: t.kind,
    name: t.name.value,
    line: t.name.source.line,
    project: t.name.value,
    amount: t.amount,
    amountLabel: '资金总额',
    goal: t.goal,
    indicators: t.indicators,
    funding: {},
    typed: true,
    weighted: true,
  };
  if (unit) v.unit = unit;
  if (table) v.table = table;
  return v;
}

export function targetViews(doc: BudgetDocument): TargetView[] {
  if (doc.kind === 'final-accounts') return [];
  if (doc.kind === 'department-budget' || doc.kind === 'unit-budget') {
    const projects = doc.projectTargets.map((t) =>
      projectView(t, t.unitCode ?? t.unitName, '项目支出绩效目标表'),
    );
    const units = doc.unitTargets.map((t): TargetView => ({
      kind: t.kind,
      name: t.name.value,
      line: t.name.source.line,
      unit: t.unitCode ?? t.name.value,
      table: '部门整体支出绩效目标表',
      amount: t.amount,
      amountLabel: '资金总额',
      goal: t.goal,
      indicators: t.indicators,
      funding: { basic: t.funding['basic'] ?? null, project: t.funding['project'] ?? null },
      typed: true,
      weighted: true,
    }));
    return [...projects, ...units];
  }
  if (doc.kind === 'key-projects') {
    return doc.projects.map((t) => projectView(t, t.department));
  }
  const projects = doc.projectForms.map((f): TargetView => ({
    kind: 'declaration-project',
    name: f.name.value,
    line: f.name.source.line,
    project: f.name.value,
    amount: formTotal(f.funding)?.current ?? null,
    amountLabel: '本年度申请资金合计',
    goal: f.annualGoal,
    indicators: f.indicators,
    funding: {},
    typed: false,
    weighted: false,
  }));
  const departments = doc.departmentForms.map((f): TargetView => {
    const v: TargetView = {
      kind: 'declaration-department',
      name: f.unit?.value ?? f.title.value,
      line: f.unit?.source.line ?? f.title.source.line,
      amount: f.expenditure['total'] ?? null,
      amountLabel: '支出合计',
      goal: f.goal,
      indicators: f.indicators,
      funding: { basic: f.expenditure['basic'] ?? null, project: f.expenditure['project'] ?? null },
      typed: false,
      weighted: false,
    };
    if (f.unit) v.unit = f.unit.value;
    return v;
  });
  return [...projects, ...departments];
}

/** The indicator's name for messages: 三级指标, or the level-2 / level-1 text when it has none. */
export function indicatorLabel(ind: Indicator): string {
  return ind.name ?? ind.level2Text ?? ind.level1Text ?? '（未命名指标）';
}

/** "项目“110联动经费”" / "单位“长沙市人民政府驻深圳办事处”". */
export function targetLabel(v: TargetView): string {
  return v.kind === 'unit' || v.kind === 'declaration-department' ? `单位“${v.name}”` : `项目“${v.name}”`;
}
