// One project form (项目支出预算绩效目标申报表) read into a ProjectForm: basic facts by their labels,
// the checkboxes, the two money tables, the schedule, goals, indicators, notes and the finance
// department's opinion. What the form does not hold stays null and is reported.

import type { FundingLine, ProjectForm, ScheduleItem } from '../../core/model/forms.js';
import type { ImportContext } from '../context.js';
import type { SourceLine } from '../lines.js';
import type { FormBlock } from './blocks.js';
import { PROJECT_ATTRIBUTES, PROJECT_TYPES, knownOption, parseCheckboxes } from './checkboxes.js';
import { PROJECT_FORM_FIELDS, reportMissingFields } from './completeness.js';
import { walkForm } from './form-walker.js';
import type { TableReader } from './form-walker.js';
import { unexpected } from './form-walker.js';
import { IndicatorList } from './indicator-list.js';
import type { LabelId } from './labels.js';
import { moneyColumns, readMoneyRow } from './money-table.js';
import { groupText } from './row-items.js';
import type { FieldGroup } from './row-items.js';
import { readScheduleRow, scheduleColumns } from './schedule.js';

/** Labels whose value is the form field of the same name, as printed text. */
const TEXT_FIELDS = [
  'competentDepartment',
  'period',
  'manager',
  'liaison',
  'overview',
  'basis',
  'measures',
  'longTermGoal',
  'annualGoal',
  'otherNotes',
  'reviewOpinion',
] as const satisfies readonly (LabelId & keyof ProjectForm)[];

const isTextField = (id: string): id is (typeof TEXT_FIELDS)[number] =>
  (TEXT_FIELDS as readonly string[]).includes(id);

export function readProjectForm(ctx: ImportContext, block: FormBlock, ordinal: number): ProjectForm {
  const form: ProjectForm = {
    kind: 'project',
    title: block.title,
    filler: block.filler?.value ?? null,
    unitLeader: block.unitLeader?.value ?? null,
    name: { value: '', source: block.title.source },
    attribute: null,
    competentDepartment: null,
    period: null,
    manager: null,
    managerPhone: null,
    liaison: null,
    liaisonPhone: null,
    projectTypes: [],
    overview: null,
    basis: null,
    funding: [],
    spending: [],
    measures: null,
    schedule: [],
    longTermGoal: null,
    annualGoal: null,
    indicators: [],
    otherNotes: null,
    reviewOpinion: null,
  };
  const indicators = new IndicatorList(ctx);
  const seen = walkForm(ctx, block, indicators, (line, groups) => applyGroups(ctx, form, line, groups));
  form.indicators = indicators.indicators;
  const formName = form.name.value === '' ? `第${ordinal}张项目申报表` : `项目“${form.name.value}”的申报表`;
  reportMissingFields(ctx, block, seen, PROJECT_FORM_FIELDS, formName);
  return form;
}

function applyGroups(
  ctx: ImportContext,
  form: ProjectForm,
  line: SourceLine,
  groups: FieldGroup[],
): TableReader | null {
  let table: TableReader | null = null;
  let owner: FieldGroup | undefined;
  for (const group of groups) {
    const id = group.label.id;
    const text = groupText(group, line.no);
    if (id === 'phone') {
      const phone = text?.value ?? null;
      if (owner?.label.id === 'manager') form.managerPhone = phone;
      else if (owner?.label.id === 'liaison') form.liaisonPhone = phone;
      else unexpected(ctx, line, group, '联系电话应跟在项目负责人或绩效管理联络员之后');
      continue;
    }
    owner = group;
    if (id === 'name') {
      if (text) form.name = text;
    } else if (isTextField(id)) form[id] = text;
    else if (id === 'attribute') form.attribute = readAttribute(ctx, line.no, group);
    else if (id === 'projectTypes') form.projectTypes = readProjectTypes(ctx, line.no, group);
    else if (id === 'funding' || id === 'spending') table = moneyTable(ctx, form[id], group, id);
    else if (id === 'schedule') table = scheduleTable(ctx, form.schedule, group);
    else unexpected(ctx, line, group, '项目申报表没有这一栏');
  }
  return table;
}

function moneyTable(
  ctx: ImportContext,
  into: FundingLine[],
  group: FieldGroup,
  kind: 'funding' | 'spending',
): TableReader {
  const cols = moneyColumns(group.at.column, group.values);
  return {
    row: (line, items) => {
      const read = readMoneyRow(ctx, line, items, cols, kind);
      if (read) into.push(read);
    },
  };
}

function scheduleTable(ctx: ImportContext, into: ScheduleItem[], group: FieldGroup): TableReader {
  const cols = scheduleColumns(group.at.column, group.values);
  return {
    row: (line, items) => {
      const read = readScheduleRow(ctx, line, items, cols);
      if (read) into.push(read);
    },
  };
}

function readAttribute(ctx: ImportContext, line: number, group: FieldGroup): ProjectForm['attribute'] {
  const printed = group.values.map((v) => v.text).join(' ');
  const options = parseCheckboxes(printed);
  // Without checkboxes the cell may simply name the attribute.
  if (options.length === 0) {
    const named = knownOption(printed, PROJECT_ATTRIBUTES);
    if (named && named === printed.replace(/\s+/g, '')) return named;
  }
  const checked = options.filter((o) => o.checked);
  const only = checked.length === 1 && checked[0] ? knownOption(checked[0].label, PROJECT_ATTRIBUTES) : null;
  if (only) return only;
  ctx.report(
    'cell-unreadable',
    'warning',
    `第${line}行项目属性“${printed}”无法读取：应勾选且只勾选“新增项目”或“延续项目”之一（勾选了${checked.length}项）`,
    line,
    { column: group.values[0]?.column ?? group.at.column },
  );
  return null;
}

function readProjectTypes(ctx: ImportContext, line: number, group: FieldGroup): string[] {
  const types: string[] = [];
  for (const option of parseCheckboxes(group.values.map((v) => v.text).join(' '))) {
    if (!option.checked) continue;
    const known = knownOption(option.label, PROJECT_TYPES);
    if (known && known !== option.label)
      ctx.report(
        'markup-removed',
        'info',
        `第${line}行项目类型勾选项“${option.label}”按选项“${known}”读取`,
        line,
        {
          column: group.values[0]?.column ?? group.at.column,
        },
      );
    types.push(known ?? option.label);
  }
  return types;
}
