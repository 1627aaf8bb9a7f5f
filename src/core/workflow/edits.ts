// Edits of a document through the API: tables, narrative facts, projects, indicators and form fields
// are all parts of the one model, so an edit is an operation on the model's JSON form at a path, and
// the result is decoded by the codec — the one validator — so a bad edit is refused naming the field.
// Paths read like the codec's problem paths: `tables.income.rows[3].amounts.total`,
// `projectForms[0].annualGoal`; an array step may select by a member instead of an index:
// `rows[code=2010301]`, `facts[key=income.total]`, `indicators[name=交流学习次数]`.
// Setting an Amount (or a null amount slot) takes a decimal string and keeps the unit; setting a
// Located value keeps its provenance; edited values that had none get line 0 ("not read from the file").

import { decodeDocument, encodeDocument } from '../codec/index.js';
import { Decimal } from '../decimal.js';
import { errorInfo } from '../errors.js';
import type { ErrorInfo } from '../errors.js';
import type { BudgetDocument } from '../model/document.js';

export type EditOp =
  | { op: 'set'; path: string; value: unknown }
  | { op: 'insert'; path: string; index?: number; value: unknown }
  | { op: 'remove'; path: string };

export type EditResult =
  { ok: true; document: BudgetDocument } | { ok: false; error: ErrorInfo<'validation'> };

type Step = { key: string } | { index: number } | { match: [string, string] };

const bad = (path: string, message: string): { ok: false; error: ErrorInfo<'validation'> } => ({
  ok: false,
  error: errorInfo('validation', `修改无效：${path}：${message}`, { problems: [{ path, message }] }),
});

/** Parses `a.b[3].c[code=201]` into steps; null when malformed. */
export function parsePath(path: string): Step[] | null {
  const steps: Step[] = [];
  const re = /^(?:\.?([^.[\]]+)|\[(\d+)\]|\[([^=\]]+)=([^\]]*)\])/;
  let rest = path;
  while (rest.length > 0) {
    const m = re.exec(rest);
    if (m === null) return null;
    if (m[1] !== undefined) {
      if (steps.length === 0 && m[0].startsWith('.')) return null;
      steps.push({ key: m[1] });
    } else if (m[2] !== undefined) steps.push({ index: Number(m[2]) });
    else steps.push({ match: [m[3] ?? '', m[4] ?? ''] });
    rest = rest.slice(m[0].length);
  }
  return steps.length > 0 && 'key' in steps[0]! ? steps : null;
}

const BLOCKED = new Set(['__proto__', 'prototype', 'constructor']);

function memberText(v: unknown): string | null {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (v !== null && typeof v === 'object' && 'value' in v) return memberText(v.value);
  return null;
}

/** The container and the slot a step names in it, or a message. */
function slot(
  container: unknown,
  step: Step,
): { holder: Record<string, unknown> | unknown[]; at: string | number } | string {
  if ('key' in step) {
    if (BLOCKED.has(step.key)) return `不允许的字段 ${step.key}`;
    if (container === null || typeof container !== 'object' || Array.isArray(container))
      return `不是对象，没有字段 ${step.key}`;
    return { holder: container as Record<string, unknown>, at: step.key };
  }
  if (!Array.isArray(container)) return '不是列表';
  if ('index' in step) return { holder: container, at: step.index };
  const [k, want] = step.match;
  const i = container.findIndex(
    (item) =>
      item !== null && typeof item === 'object' && memberText((item as Record<string, unknown>)[k]) === want,
  );
  return i < 0 ? `没有 ${k}=${want} 的项` : { holder: container, at: i };
}

function get(holder: Record<string, unknown> | unknown[], at: string | number): unknown {
  return Array.isArray(holder)
    ? holder[at as number]
    : Object.hasOwn(holder, at)
      ? holder[at as string]
      : undefined;
}

function isAmountJson(v: unknown): v is { value: string; text: string; unit: string; source: unknown } {
  return v !== null && typeof v === 'object' && 'value' in v && 'text' in v && 'unit' in v;
}
function isLocatedJson(v: unknown): v is { value: unknown; source: unknown } {
  return v !== null && typeof v === 'object' && 'value' in v && 'source' in v && !('text' in v);
}

/** The new JSON value for a slot, shaped like the old one (Amount, Located) where the input is bare. */
function shaped(old: unknown, value: unknown, amountSlot: boolean): unknown {
  if (value !== null && typeof value === 'object') return value;
  if (isAmountJson(old)) {
    if (value === null) return null;
    const d = typeof value === 'string' || typeof value === 'number' ? Decimal.parse(String(value)) : null;
    if (d === null) return value; // the codec names the field
    return {
      value: d.toString(),
      text: d.toGrouped(Math.max(0, d.toString().split('.')[1]?.length ?? 0)),
      unit: old.unit,
      source: old.source,
    };
  }
  if (isLocatedJson(old)) return value === null ? null : { value, source: old.source };
  if (old === null && amountSlot && (typeof value === 'string' || typeof value === 'number')) {
    const d = Decimal.parse(String(value));
    if (d !== null)
      return {
        value: d.toString(),
        text: d.toGrouped(d.toString().split('.')[1]?.length ?? 0),
        unit: '万元',
        source: { line: 0 },
      };
  }
  return value;
}

/** Whether a path ends in a slot that holds an Amount or null (amounts.x, funding.x, amount, total…). */
function isAmountSlotPath(steps: Step[]): boolean {
  const keys = steps.filter((s): s is { key: string } => 'key' in s).map((s) => s.key);
  const last = keys[keys.length - 1] ?? '';
  const parent = keys[keys.length - 2] ?? '';
  return (
    ['amounts', 'funding', 'income', 'expenditure', 'threePublic'].includes(parent) ||
    ['amount', 'total', 'previous', 'current'].includes(last)
  );
}

function applyOne(root: unknown, edit: EditOp): { ok: true } | { ok: false; error: ErrorInfo<'validation'> } {
  const steps = parsePath(edit.path);
  if (steps === null) return bad(edit.path, '路径格式不对');
  let node: unknown = root;
  for (const step of steps.slice(0, -1)) {
    const s = slot(node, step);
    if (typeof s === 'string') return bad(edit.path, s);
    node = get(s.holder, s.at);
    if (node === undefined) return bad(edit.path, '路径不存在');
  }
  const lastStep = steps[steps.length - 1]!;
  const s = slot(node, lastStep);
  if (typeof s === 'string') return bad(edit.path, s);
  const old = get(s.holder, s.at);
  switch (edit.op) {
    case 'set':
      if (old === undefined && Array.isArray(s.holder)) return bad(edit.path, '没有该项');
      if (old === undefined && !Array.isArray(s.holder)) {
        // A new member: the codec refuses it if the model has no such field.
        s.holder[s.at as string] = edit.value;
        return { ok: true };
      }
      if (Array.isArray(s.holder))
        s.holder[s.at as number] = shaped(old, edit.value, isAmountSlotPath(steps));
      else s.holder[s.at as string] = shaped(old, edit.value, isAmountSlotPath(steps));
      return { ok: true };
    case 'insert': {
      if (!Array.isArray(old)) return bad(edit.path, '不是列表，不能插入');
      const i = edit.index ?? old.length;
      if (!Number.isInteger(i) || i < 0 || i > old.length) return bad(edit.path, `位置 ${i} 超出范围`);
      old.splice(i, 0, edit.value);
      return { ok: true };
    }
    case 'remove':
      if (!Array.isArray(s.holder)) return bad(edit.path, '只能删除列表中的项');
      if (old === undefined) return bad(edit.path, '没有该项');
      s.holder.splice(s.at as number, 1);
      return { ok: true };
  }
}

/** Applies edits in order to a copy of the document; the result is validated by the codec. */
export function applyEdits(doc: BudgetDocument, edits: readonly EditOp[]): EditResult {
  const json = JSON.parse(JSON.stringify(encodeDocument(doc))) as unknown;
  for (const edit of edits) {
    const r = applyOne(json, edit);
    if (!r.ok) return r;
  }
  const decoded = decodeDocument(json);
  return decoded.ok ? { ok: true, document: decoded.document } : { ok: false, error: decoded.error };
}
