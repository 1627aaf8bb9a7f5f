// JSON schema of the explanation of a budget or final accounts: sections (Hunan's seven, or those of
// another template), stated facts, class amounts, units listed.
import * as z from 'zod';
import { FACT_KEYS, NARRATIVE_SECTION_KEYS, OTHER_MATTERS } from '../model/narrative.js';
import {
  decimalSchema,
  lineRangeSchema,
  locatedText,
  sourceRefSchema,
  textSegmentSchema,
} from './primitives.js';

const otherMatterKeys = OTHER_MATTERS.map((m) => m.key) as [
  (typeof OTHER_MATTERS)[number]['key'],
  ...(typeof OTHER_MATTERS)[number]['key'][],
];

const paragraph = z.strictObject({
  text: z.string(),
  lines: lineRangeSchema,
  segments: z.array(textSegmentSchema).optional(),
});

const section = z.strictObject({
  no: z.number().int().positive(),
  key: z.enum(NARRATIVE_SECTION_KEYS),
  subject: z.string().optional(),
  heading: locatedText,
  lines: lineRangeSchema,
  paragraphs: z.array(paragraph),
});

const fact = z.strictObject({
  key: z.enum(FACT_KEYS),
  value: decimalSchema,
  unit: z.string(),
  text: z.string(),
  source: sourceRefSchema,
  qualifier: z.string().optional(),
});

const classAmount = z.strictObject({
  scope: z.enum(['expenditure', 'general', 'project']),
  name: z.string(),
  amount: decimalSchema,
  share: decimalSchema.nullable(),
  source: sourceRefSchema,
});

export const narrativeSchema = z.strictObject({
  sections: z.array(section),
  facts: z.array(fact),
  classAmounts: z.array(classAmount),
  unitsListed: z.array(locatedText),
  onlyOwnLevel: z.boolean(),
  threePublicChangeReason: locatedText.nullable(),
  otherMatters: z.partialRecord(z.enum(otherMatterKeys), sourceRefSchema),
});
