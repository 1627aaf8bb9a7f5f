// The whole-department form (整体支出预算绩效目标申报表) read into a DepartmentForm: unit, liaison,
// staff numbers, duties, the income / expenditure / 三公 amounts, the overall goal, the indicators,
// notes and the finance department's opinion.

import type { DepartmentForm } from '../../core/model/forms.js';
import type { ImportContext } from '../context.js';
import type { SourceLine } from '../lines.js';
import { amountRowsReader, emptyAmounts } from './amount-rows.js';
import type { FormBlock } from './blocks.js';
import { countCell } from './cells.js';
import { DEPARTMENT_FORM_FIELDS, reportMissingFields } from './completeness.js';
import { walkForm } from './form-walker.js';
import type { TableReader } from './form-walker.js';
import { unexpected } from './form-walker.js';
import { IndicatorList } from './indicator-list.js';
import { labelName } from './labels.js';
import { groupText } from './row-items.js';
import type { FieldGroup } from './row-items.js';

export function readDepartmentForm(ctx: ImportContext, block: FormBlock): DepartmentForm {
  const form: DepartmentForm = {
    kind: 'department',
    title: block.title,
    filler: block.filler?.value ?? null,
    unitLeader: block.unitLeader?.value ?? null,
    unit: null,
    liaison: null,
    liaisonPhone: null,
    staffQuota: null,
    staffActual: null,
    duties: null,
    income: emptyAmounts('income'),
    expenditure: emptyAmounts('expenditure'),
    threePublic: emptyAmounts('threePublic'),
    goal: null,
    indicators: [],
    otherNotes: null,
    reviewOpinion: null,
  };
  const indicators = new IndicatorList(ctx);
  const seen = walkForm(ctx, block, indicators, (line, groups) => applyGroups(ctx, form, line, groups));
  form.indicators = indicators.indicators;
  reportMissingFields(ctx, block, seen, DEPARTMENT_FORM_FIELDS, '整体支出申报表');
  return form;
}

function applyGroups(
  ctx: ImportContext,
  form: DepartmentForm,
  line: SourceLine,
  groups: FieldGroup[],
): TableReader | null {
  let table: TableReader | null = null;
  let owner: FieldGroup | undefined;
  for (const group of groups) {
    const id = group.label.id;
    const text = groupText(group, line.no);
    const count = () => {
      const value = countCell(ctx, group.values[0], line.no, labelName(id));
      const cell = group.values[0];
      return value === null || !cell ? null : { value, source: { line: line.no, column: cell.column } };
    };
    if (id === 'phone') {
      if (owner?.label.id === 'liaison') form.liaisonPhone = text?.value ?? null;
      else unexpected(ctx, line, group, '联系电话应跟在绩效管理联络员之后');
      continue;
    }
    owner = group;
    if (id === 'unit') form.unit = text;
    else if (id === 'liaison') form.liaison = text;
    else if (id === 'duties') form.duties = text;
    else if (id === 'goal') form.goal = text;
    else if (id === 'otherNotes') form.otherNotes = text;
    else if (id === 'reviewOpinion') form.reviewOpinion = text;
    else if (id === 'staffQuota') form.staffQuota = count();
    else if (id === 'staffActual') form.staffActual = count();
    else if (id === 'income' || id === 'expenditure' || id === 'threePublic')
      table = amountRowsReader(ctx, id, form[id], line.no);
    else unexpected(ctx, line, group, '整体支出申报表没有这一栏');
  }
  return table;
}
