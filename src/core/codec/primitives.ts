// The building blocks of the model's JSON form, as Zod schemas: exact decimals as strings at their
// own precision ("6563.63", "15", "-0.50"), provenance (SourceRef with its optional PDF and XLSX
// fields), located values, amounts, line ranges and diagnostics. Objects are strict: a field the
// model does not have is a validation error, named by its path.
import * as z from 'zod';
import { Decimal } from '../decimal.js';
import { DIAGNOSTIC_CODES } from '../model/common.js';
import { MONEY_UNITS, SEVERITIES } from '../vocabulary.js';

/** A decimal as the model's JSON writes it: optional minus, digits, optional fraction of 1–18 digits. */
export const DECIMAL_TEXT = /^-?\d+(?:\.\d{1,18})?$/;

export const decimalSchema = z.codec(
  z.string().regex(DECIMAL_TEXT, { error: '应为十进制数字符串（如 "6563.63"）' }),
  z.custom<Decimal>((v) => v instanceof Decimal, { error: '应为 Decimal' }),
  { decode: (text) => Decimal.from(text), encode: (d) => d.toString() },
);

const lineNumber = z.number().int().nonnegative();
const positiveInt = z.number().int().positive();

export const sourceRefSchema = z.strictObject({
  line: lineNumber,
  column: positiveInt.optional(),
  page: positiveInt.optional(),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  sheet: z.string().optional(),
  cell: z
    .string()
    .regex(/^[A-Z]{1,3}[1-9]\d*$/, { error: '应为单元格地址（如 "B7"）' })
    .optional(),
});

export function locatedSchema<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, source: sourceRefSchema });
}

export const locatedText = locatedSchema(z.string());

export const amountSchema = z.strictObject({
  value: decimalSchema,
  text: z.string(),
  unit: z.enum(MONEY_UNITS),
  source: sourceRefSchema,
});

/** Amounts keyed by column (or by a form's fixed keys); a blank cell is null. */
export const amountRecordSchema = z.record(z.string(), amountSchema.nullable());

export const lineRangeSchema = z.strictObject({ first: lineNumber, last: lineNumber });

export const diagnosticSchema = z.strictObject({
  code: z.enum(DIAGNOSTIC_CODES),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  source: sourceRefSchema,
  table: z.string().optional(),
});

/** Where each printed line's part of an assembled text starts. */
export const textSegmentSchema = z.strictObject({
  offset: z.number().int().nonnegative(),
  source: sourceRefSchema,
});
