// Shared reading of declaration forms for the form rules: the funding and spending lines by label, and
// the subject of a finding (the project's name as printed, or the department form's unit).

import type { DepartmentForm, FundingLine, ProjectForm } from '../../core/model/forms.js';
import { labelKey } from '../../core/text.js';
import type { FindingDraft } from '../rule.js';

export const FUNDING_LEVELS = ['市级资金', '省级资金', '中央资金', '县级资金'] as const;

export const isTotalLine = (l: FundingLine): boolean => labelKey(l.label) === '合计';

export function lineByLabel(lines: readonly FundingLine[], label: string): FundingLine | null {
  return lines.find((l) => labelKey(l.label) === label) ?? null;
}

export function projectSubject(f: ProjectForm): string {
  return `项目“${f.name.value}”`;
}

export function departmentSubject(f: DepartmentForm): string {
  return `整体支出申报表（${f.unit?.value ?? f.filler ?? '单位'}）`;
}

/** Sets the project or unit of a finding about a form. */
export function aboutProject(d: FindingDraft, f: ProjectForm): FindingDraft {
  d.project = f.name.value;
  return d;
}

export function aboutDepartment(d: FindingDraft, f: DepartmentForm): FindingDraft {
  const unit = f.unit?.value ?? f.filler;
  if (unit) d.unit = unit;
  return d;
}
