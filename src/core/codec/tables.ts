// JSON schemas of the standard tables (balance, amounts, targets), discriminated by `shape`.
import * as z from 'zod';
import {
  amountRecordSchema,
  amountSchema,
  lineRangeSchema,
  locatedText,
  sourceRefSchema,
} from './primitives.js';
import { TABLE_IDS } from '../templates/template.js';

const tableBase = {
  id: z.enum(TABLE_IDS),
  name: z.string(),
  title: locatedText,
  department: z.string().nullable(),
  unit: z.string().nullable(),
  pages: z.array(lineRangeSchema),
  headings: z
    .array(
      z.strictObject({
        title: locatedText,
        department: z
          .strictObject({ label: z.string(), value: z.string(), source: sourceRefSchema })
          .nullable(),
      }),
    )
    .optional(),
  empty: z.boolean(),
  note: locatedText.nullable(),
};

const columnDef = z.strictObject({ key: z.string(), label: z.string() });

const balanceEntry = z.strictObject({
  source: sourceRefSchema,
  label: z.string(),
  key: z.string().nullable(),
  role: z.enum(['item', 'subitem', 'subtotal', 'total']),
  amounts: amountRecordSchema,
});

export const balanceTableSchema = z.strictObject({
  ...tableBase,
  shape: z.literal('balance'),
  columns: z.strictObject({ income: z.array(columnDef), expenditure: z.array(columnDef) }),
  income: z.array(balanceEntry),
  expenditure: z.array(balanceEntry),
});

const amountRow = z.strictObject({
  source: sourceRefSchema,
  kind: z.enum(['total', 'class', 'section', 'item', 'unit']),
  code: z.string().nullable(),
  name: z.string(),
  amounts: amountRecordSchema,
});

export const amountTableSchema = z.strictObject({
  ...tableBase,
  shape: z.literal('amounts'),
  classification: z.enum(['functional', 'economic', 'unit', 'total']),
  columns: z.array(columnDef),
  rows: z.array(amountRow),
});

export const targetTableSchema = z.strictObject({
  ...tableBase,
  shape: z.literal('targets'),
  total: amountSchema.nullable(),
});

export const standardTableSchema = z.discriminatedUnion('shape', [
  balanceTableSchema,
  amountTableSchema,
  targetTableSchema,
]);

/** The tables of a document by id; each table's own `id` must be its key. */
export const tablesByIdSchema = z
  .partialRecord(z.enum(TABLE_IDS), standardTableSchema)
  .superRefine((tables, ctx) => {
    for (const [key, table] of Object.entries(tables)) {
      if (table && table.id !== key)
        ctx.addIssue({ code: 'custom', path: [key, 'id'], message: `表的 id 应为 ${key}` });
    }
  });
