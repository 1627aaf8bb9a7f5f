// JSON schemas of the document kinds, one discriminated union on `kind`. A new document kind adds
// its schema to DOCUMENT_SCHEMAS (and its type to BudgetDocument): the type-level checks below fail
// to compile while the two disagree, so the codec cannot fall behind the model.
import * as z from 'zod';
import { CONTENTS_ENTRY_KINDS } from '../model/contents.js';
import { SCHEMA_VERSION } from '../model/document.js';
import { TABLE_IDS } from '../templates/template.js';
import type { BudgetDocument } from '../model/document.js';
import { departmentFormSchema, projectFormSchema } from './forms.js';
import { narrativeSchema } from './narrative.js';
import { amountSchema, diagnosticSchema, locatedText, sourceRefSchema } from './primitives.js';
import { tablesByIdSchema } from './tables.js';
import { performanceTargetSchema, targetUnitSubtotalSchema, unitTargetSchema } from './targets.js';

const documentBase = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.strictObject({
    file: z.string(),
    encoding: z.string(),
    lineCount: z.number().int().nonnegative(),
    flavour: z.enum(['plain', 'markdown']),
    format: z.enum(['xlsx', 'pdf']).optional(),
    pageCount: z.number().int().nonnegative().optional(),
  }),
  template: z.string(),
  title: locatedText.nullable(),
  year: z.number().int().nullable(),
  yearSource: sourceRefSchema.optional(),
  diagnostics: z.array(diagnosticSchema),
};

/** What budgets and final accounts share: the department, units, explanation, contents and tables. */
const tabledBase = {
  ...documentBase,
  department: locatedText.nullable(),
  units: z.array(z.strictObject({ code: z.string().nullable(), name: z.string() })),
  narrative: narrativeSchema,
  contents: z
    .array(
      z.strictObject({
        text: z.string(),
        kind: z.enum(CONTENTS_ENTRY_KINDS),
        table: z.enum(TABLE_IDS).optional(),
        page: z.number().int().nonnegative().optional(),
        source: sourceRefSchema,
      }),
    )
    .optional(),
  parts: z.array(locatedText).optional(),
  tables: tablesByIdSchema,
};

const targets = {
  projectTargets: z.array(performanceTargetSchema),
  projectTargetUnits: z.array(targetUnitSubtotalSchema),
  unitTargets: z.array(unitTargetSchema),
};

export const departmentBudgetSchema = z.strictObject({
  ...tabledBase,
  kind: z.literal('department-budget'),
  ...targets,
});

export const unitBudgetSchema = z.strictObject({
  ...tabledBase,
  kind: z.literal('unit-budget'),
  ...targets,
});

export const finalAccountsSchema = z.strictObject({
  ...tabledBase,
  kind: z.literal('final-accounts'),
});

export const keyProjectsSchema = z.strictObject({
  ...documentBase,
  kind: z.literal('key-projects'),
  unit: z.string().nullable(),
  projects: z.array(performanceTargetSchema),
  note: locatedText.nullable(),
});

export const declarationFormsSchema = z.strictObject({
  ...documentBase,
  kind: z.literal('declaration-forms'),
  department: locatedText.nullable(),
  projectForms: z.array(projectFormSchema),
  departmentForms: z.array(departmentFormSchema),
});

export const DOCUMENT_SCHEMAS = [
  departmentBudgetSchema,
  unitBudgetSchema,
  finalAccountsSchema,
  keyProjectsSchema,
  declarationFormsSchema,
] as const;

export const budgetDocumentSchema = z.discriminatedUnion('kind', DOCUMENT_SCHEMAS);

// The codec and the model are the same type, field for field, optional fields included: `Same` is
// true only for identical types, so adding a field to the model without the codec fails to compile.
type Decoded = z.output<typeof budgetDocumentSchema>;
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const CODEC_IS_THE_MODEL: Same<Decoded, BudgetDocument> = true;

export { amountSchema, sourceRefSchema };
