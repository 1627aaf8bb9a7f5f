// Which labels each form must print, and the diagnostics when some are absent: in the document's last
// form, missing fields at its end mean the file was cut short ('document-truncated'); elsewhere each
// absent field is a 'field-missing' warning. Blank values under a printed label are not reported here.

import type { ImportContext } from '../context.js';
import type { FormBlock } from './blocks.js';
import type { SeenLabels } from './form-walker.js';
import { labelName } from './labels.js';
import type { LabelId } from './labels.js';

type Expected = LabelId | 'indicators';

export const PROJECT_FORM_FIELDS: readonly Expected[] = [
  'name',
  'attribute',
  'competentDepartment',
  'period',
  'manager',
  'liaison',
  'projectTypes',
  'overview',
  'basis',
  'funding',
  'spending',
  'measures',
  'schedule',
  'longTermGoal',
  'annualGoal',
  'indicators',
  'otherNotes',
  'reviewOpinion',
];

export const DEPARTMENT_FORM_FIELDS: readonly Expected[] = [
  'unit',
  'liaison',
  'staffQuota',
  'staffActual',
  'duties',
  'income',
  'expenditure',
  'threePublic',
  'goal',
  'indicators',
  'otherNotes',
  'reviewOpinion',
];

const fieldName = (id: Expected): string => (id === 'indicators' ? '绩效指标' : labelName(id));

export function reportMissingFields(
  ctx: ImportContext,
  block: FormBlock,
  seen: SeenLabels,
  expected: readonly Expected[],
  formName: string,
): void {
  const missing = expected.filter((id) => !seen.has(id));
  if (missing.length === 0) return;
  const where = `${formName}（第${block.first}–${block.last}行）`;
  const lastExpected = expected[expected.length - 1];
  // The last form that lacks its closing field stops where the file stops: the file was cut short.
  if (block.lastInDocument && lastExpected !== undefined && missing.includes(lastExpected)) {
    ctx.report(
      'document-truncated',
      'error',
      `文件在第${block.last}行结束，${where}不完整，缺少：${missing.map(fieldName).join('、')}`,
      block.last,
    );
    return;
  }
  for (const id of missing)
    ctx.report('field-missing', 'warning', `${where}缺少“${fieldName(id)}”栏`, block.first);
}
