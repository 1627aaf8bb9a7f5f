// The codec between the model and its JSON form, the one validator of model JSON (stored models,
// uploads, `import --json` output read back). Decimals travel as strings at their own precision;
// `schemaVersion` says which shape. decode(encode(doc)) is the identical model.
// Failures are values: `{ ok: false, error }` with code `validation` and every problem's field path,
// each said in Chinese (the schemas' own messages, else Zod's zh-CN wording: a unit editing an
// indicator reads "无效选项：期望以下之一 …", not Zod's English).
import * as z from 'zod';
import { errorInfo } from '../errors.js';
import type { ErrorInfo } from '../errors.js';
import type { BudgetDocument } from '../model/document.js';
import { SCHEMA_VERSION } from '../model/document.js';
import { budgetDocumentSchema } from './document.js';

export { budgetDocumentSchema, DOCUMENT_SCHEMAS } from './document.js';
export { decimalSchema, sourceRefSchema, amountSchema, DECIMAL_TEXT } from './primitives.js';

export type DecodeResult =
  { ok: true; document: BudgetDocument } | { ok: false; error: ErrorInfo<'validation'> };

/** One validation problem: the field's path ("tables.summary.income[3].amounts.budget.value") and why. */
export interface FieldProblem {
  path: string;
  message: string;
}

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '（根）';
}

/** The model as a JSON-ready value (Decimals as strings at their own precision). */
export function encodeDocument(doc: BudgetDocument): unknown {
  return z.encode(budgetDocumentSchema, doc);
}

/** The model as JSON text; the same text `JSON.stringify` gives (Decimal.toJSON is the codec's encoding). */
export function documentToJson(doc: BudgetDocument, indent?: number): string {
  return JSON.stringify(doc, null, indent);
}

/** Zod's messages in Chinese for the problems the schemas do not word themselves (per call, not global). */
const CHINESE = z.locales.zhCN().localeError;

/** A parsed JSON value to the model, validated. */
export function decodeDocument(json: unknown): DecodeResult {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (json !== null && typeof json === 'object' && version !== undefined && version !== SCHEMA_VERSION) {
    return {
      ok: false,
      error: errorInfo(
        'validation',
        `模型版本 ${JSON.stringify(version)} 不受支持（本程序读取版本 ${SCHEMA_VERSION}）`,
        {
          problems: [{ path: 'schemaVersion', message: `应为 ${SCHEMA_VERSION}` }],
        },
      ),
    };
  }
  const r = budgetDocumentSchema.safeDecode(json as z.input<typeof budgetDocumentSchema>, {
    error: CHINESE,
  });
  if (r.success) return { ok: true, document: r.data };
  const problems: FieldProblem[] = r.error.issues.map((i) => ({
    path: pathText(i.path),
    message: i.message,
  }));
  const first = problems[0];
  const more = problems.length > 1 ? `等 ${problems.length} 处` : '';
  return {
    ok: false,
    error: errorInfo('validation', `模型 JSON 无效：${first?.path ?? ''}：${first?.message ?? ''}${more}`, {
      problems,
    }),
  };
}

/** JSON text to the model, validated. */
export function documentFromJson(text: string): DecodeResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      error: errorInfo('validation', `不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`),
    };
  }
  return decodeDocument(json);
}
