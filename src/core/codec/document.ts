// JSON schemas of the document kinds, one discriminated union on `kind`. A new document kind adds
// its schema to DOCUMENT_SCHEMAS (and its type to BudgetDocument): the type-level checks below fail
// to compile while the two disagree, so the codec cannot fall behind the model.
import * as z from 'zod';
import { SCHEMA_VERSION } from '../model/document.js';
import type { BudgetDocument } from '../model/document.js';
import { departmentFormSchema, projectFormSchema } from './forms.js';
import { narrativeSchema } from './narrative.js';
import { diagnosticSchema, locatedText } from './primitives.js';
import { tablesByIdSchema } from './tables.js';
import { performanceTargetSchema, targetUnitSubtotalSchema, unitTargetSchema } from './targets.js';
import { amountSchema, sourceRefSchema } from './primitives.js';

const documentBase = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.strictObject({
    file: z.string(),
    encoding: z.string(),
    lineCount: z.number().int().nonnegative(),
    flavour: z.enum(['plain', 'markdown']),
  }),
  template: z.string(),
  title: locatedText.nullable(),
  year: z.number().int().nullable(),
  diagnostics: z.array(diagnosticSchema),
};

export const departmentBudgetSchema = z.strictObject({
  ...documentBase,
  kind: z.literal('department-budget'),
  department: locatedText.nullable(),
  units: z.array(z.strictObject({ code: z.string().nullable(), name: z.string() })),
  narrative: narrativeSchema,
  tables: tablesByIdSchema,
  projectTargets: z.array(performanceTargetSchema),
  projectTargetUnits: z.array(targetUnitSubtotalSchema),
  unitTargets: z.array(unitTargetSchema),
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

export const DOCUMENT_SCHEMAS = [departmentBudgetSchema, keyProjectsSchema, declarationFormsSchema] as const;

export const budgetDocumentSchema = z.discriminatedUnion('kind', DOCUMENT_SCHEMAS);

// The codec and the model are the same shape, both ways (a compile error here names the difference).
type Decoded = z.output<typeof budgetDocumentSchema>;
export const modelMatchesCodec = (doc: BudgetDocument): Decoded => doc;
export const codecMatchesModel = (doc: Decoded): BudgetDocument => doc;

export { amountSchema, sourceRefSchema };
