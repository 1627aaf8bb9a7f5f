// JSON schemas of the county declaration forms (绩效目标申报表): project and whole-department forms.
import * as z from 'zod';
import {
  amountRecordSchema,
  amountSchema,
  locatedSchema,
  locatedText,
  sourceRefSchema,
} from './primitives.js';
import { indicatorSchema } from './targets.js';

const fundingLine = z.strictObject({
  label: z.string(),
  previous: amountSchema.nullable(),
  current: amountSchema.nullable(),
  basis: z.string().nullable(),
  source: sourceRefSchema,
});

const scheduleItem = z.strictObject({
  content: z.string().nullable(),
  start: locatedText.nullable(),
  end: locatedText.nullable(),
  source: sourceRefSchema,
});

export const projectFormSchema = z.strictObject({
  kind: z.literal('project'),
  title: locatedText,
  filler: z.string().nullable(),
  unitLeader: z.string().nullable(),
  name: locatedText,
  attribute: z.enum(['新增项目', '延续项目']).nullable(),
  competentDepartment: locatedText.nullable(),
  period: locatedText.nullable(),
  manager: locatedText.nullable(),
  managerPhone: z.string().nullable(),
  liaison: locatedText.nullable(),
  liaisonPhone: z.string().nullable(),
  projectTypes: z.array(z.string()),
  overview: locatedText.nullable(),
  basis: locatedText.nullable(),
  funding: z.array(fundingLine),
  spending: z.array(fundingLine),
  measures: locatedText.nullable(),
  schedule: z.array(scheduleItem),
  longTermGoal: locatedText.nullable(),
  annualGoal: locatedText.nullable(),
  indicators: z.array(indicatorSchema),
  otherNotes: locatedText.nullable(),
  reviewOpinion: locatedText.nullable(),
});

const staffCount = locatedSchema(z.number().int().nonnegative()).nullable();

export const departmentFormSchema = z.strictObject({
  kind: z.literal('department'),
  title: locatedText,
  filler: z.string().nullable(),
  unitLeader: z.string().nullable(),
  unit: locatedText.nullable(),
  liaison: locatedText.nullable(),
  liaisonPhone: z.string().nullable(),
  staffQuota: staffCount,
  staffActual: staffCount,
  duties: locatedText.nullable(),
  income: amountRecordSchema,
  expenditure: amountRecordSchema,
  threePublic: amountRecordSchema,
  goal: locatedText.nullable(),
  indicators: z.array(indicatorSchema),
  otherNotes: locatedText.nullable(),
  reviewOpinion: locatedText.nullable(),
});
