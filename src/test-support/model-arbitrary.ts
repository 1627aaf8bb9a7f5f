// fast-check arbitraries of whole models, derived from the codec's Zod schemas (the schema is the
// one description of the model's shape, so a new field is generated without touching this file).
// Special cases keep generated models valid: Decimals of any scale, source refs with the optional
// PDF/XLSX fields, and tables whose `id` is their key.
import fc from 'fast-check';
import type * as z from 'zod';
import { Decimal } from '../core/decimal.js';
import { budgetDocumentSchema } from '../core/codec/document.js';
import { decimalSchema, sourceRefSchema } from '../core/codec/primitives.js';
import { standardTableSchema, tablesByIdSchema } from '../core/codec/tables.js';
import type { BudgetDocument } from '../core/model/document.js';
import { TABLE_IDS } from '../core/templates/template.js';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, string>;
  in?: z.ZodType;
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

export const decimalArb: fc.Arbitrary<Decimal> = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => Decimal.of(units, scale));

const text = fc.string({ unit: 'binary', maxLength: 8 });
const count = fc.nat({ max: 99_999 }).map((n) => n + 1);
const coordinate = fc.integer({ min: -2000, max: 2000 }).map((n) => n / 4);

const sourceRefArb = fc.record(
  {
    line: fc.nat({ max: 99_999 }),
    column: count,
    page: count,
    box: fc.tuple(coordinate, coordinate, coordinate, coordinate),
    sheet: text,
    cell: fc
      .tuple(fc.constantFrom('A', 'B', 'AA', 'XFD'), fc.integer({ min: 1, max: 1_048_576 }))
      .map(([c, r]) => `${c}${r}`),
  },
  { requiredKeys: ['line'], noNullPrototype: true },
);

const cache = new Map<z.ZodType, fc.Arbitrary<unknown>>();

export function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const hit = cache.get(schema);
  if (hit) return hit;
  const arb = build(schema);
  cache.set(schema, arb);
  return arb;
}

function build(schema: z.ZodType): fc.Arbitrary<unknown> {
  if (schema === (decimalSchema as unknown)) return decimalArb;
  if (schema === (sourceRefSchema as unknown)) return sourceRefArb;
  if (schema === (tablesByIdSchema as unknown)) {
    const table = arbitraryOf(standardTableSchema) as fc.Arbitrary<Record<string, unknown>>;
    return fc
      .subarray([...TABLE_IDS], { maxLength: 3 })
      .chain((ids) => fc.tuple(...ids.map((id) => table.map((t) => [id, { ...t, id }] as const))))
      .map((entries) => Object.fromEntries(entries));
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return text;
    case 'number':
      return count;
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType as z.ZodType), { nil: null });
    case 'optional':
      return fc.option(arbitraryOf(def.innerType as z.ZodType), { nil: undefined });
    case 'array':
      return fc.array(arbitraryOf(def.element as z.ZodType), { maxLength: 2 });
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map(arbitraryOf));
    case 'union':
      return fc.oneof(...(def.options ?? []).map(arbitraryOf));
    case 'pipe':
      return arbitraryOf(def.in as z.ZodType);
    case 'record': {
      const value = arbitraryOf(def.valueType as z.ZodType);
      const keyDef = defOf(def.keyType as z.ZodType);
      const keys = keyDef.type === 'enum' ? Object.values(keyDef.entries ?? {}) : null;
      if (keys) return fc.subarray(keys, { maxLength: 3 }).chain((ks) => recordOf(ks, value));
      return fc.dictionary(fc.constantFrom('total', 'basic', 'project', 'budget', '合计'), value, {
        maxKeys: 3,
        noNullPrototype: true,
      });
    }
    case 'object': {
      const shape = def.shape ?? {};
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(shape)) fields[k] = arbitraryOf(v);
      // Optional fields are left out (not set to undefined) when absent, as the importers do.
      return fc.record(fields, { noNullPrototype: true }).map((o) => {
        for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
        return o;
      });
    }
    default:
      throw new Error(`model-arbitrary: no generator for Zod type ${def.type}`);
  }
}

function recordOf(keys: string[], value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(...keys.map((k) => value.map((v) => [k, v] as const))).map((e) => Object.fromEntries(e));
}

/** Any valid model of any document kind. */
export const documentArb = arbitraryOf(budgetDocumentSchema) as fc.Arbitrary<BudgetDocument>;
