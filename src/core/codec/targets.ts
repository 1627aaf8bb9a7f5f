// JSON schemas of performance targets: indicators, targets, whole-unit targets, unit subtotals.
import * as z from 'zod';
import { TARGET_KINDS } from '../model/targets.js';
import { COMPARATORS, LEVEL1_INDICATORS, LEVEL2_INDICATORS } from '../vocabulary.js';
import {
  amountRecordSchema,
  amountSchema,
  decimalSchema,
  lineRangeSchema,
  locatedText,
  sourceRefSchema,
} from './primitives.js';

export const indicatorSchema = z.strictObject({
  source: sourceRefSchema,
  level1: z.enum(LEVEL1_INDICATORS).nullable(),
  level1Text: z.string().nullable(),
  level2: z.enum(LEVEL2_INDICATORS).nullable(),
  level2Text: z.string().nullable(),
  name: z.string().nullable(),
  value: z.string().nullable(),
  content: z.string().nullable(),
  scoring: z.string().nullable(),
  unit: z.string().nullable(),
  valueType: z.string().nullable(),
  comparator: z.enum(COMPARATORS).nullable(),
  weight: decimalSchema.nullable(),
  weightText: z.string().nullable(),
  placeholder: z.boolean(),
});

const targetFields = {
  department: z.string().nullable(),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  name: locatedText,
  amount: amountSchema.nullable(),
  goal: locatedText.nullable(),
  indicators: z.array(indicatorSchema),
  spans: z.array(lineRangeSchema),
};

export const performanceTargetSchema = z.strictObject({ kind: z.enum(TARGET_KINDS), ...targetFields });

export const unitTargetSchema = z.strictObject({
  kind: z.literal('unit'),
  ...targetFields,
  funding: amountRecordSchema,
});

export const targetUnitSubtotalSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  amount: amountSchema.nullable(),
  source: sourceRefSchema,
});
