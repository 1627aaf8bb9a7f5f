// Compares two documents as models: every figure (value and precision), text, name, project and
// indicator, ignoring provenance — source refs, line ranges, pages and their headings, segments,
// spans, the file and its diagnostics — which necessarily differ between a document and its re-import from a rendering.
// Line breaks inside a text compare as one space: a cell of the line-based text form cannot hold one.

import { Decimal } from '../core/decimal.js';
import type { BudgetDocument } from '../core/model/document.js';

/** Keys whose values say where something was read, not what it is. */
const PROVENANCE_KEYS = new Set([
  'source',
  'yearSource',
  'lines',
  'pages',
  'headings',
  'segments',
  'spans',
  'diagnostics',
]);

/**
 * The comparable form of a model value: Decimals become "D:<text at own scale>", provenance keys are
 * dropped, `otherMatters` (a record of source refs) becomes the sorted list of its keys, and line
 * breaks in strings become spaces.
 */
export function comparable(value: unknown, key = ''): unknown {
  if (value instanceof Decimal) return `D:${value.toString()}`;
  if (Array.isArray(value)) return value.map((v) => comparable(v));
  if (value !== null && typeof value === 'object') {
    if (key === 'otherMatters') return Object.keys(value).sort();
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      if (PROVENANCE_KEYS.has(k)) continue;
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue;
      out[k] = comparable(v, k);
    }
    return out;
  }
  if (typeof value === 'string') return value.replace(/[\t\r\n\f]+/g, ' ');
  return value;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 120 ? `${s.slice(0, 120)}…` : s;
}

function diff(a: unknown, b: unknown, path: string, out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: length ${a.length} ≠ ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) diff(a[i], b[i], `${path}[${i}]`, out, limit);
    return;
  }
  if (
    a !== null &&
    b !== null &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(ra), ...Object.keys(rb)]))
      diff(ra[k], rb[k], `${path}.${k}`, out, limit);
    return;
  }
  if (a !== b) out.push(`${path}: ${show(a)} ≠ ${show(b)}`);
}

/** The differences between two documents' models (empty when they are the same), at most `limit`. */
export function modelDifferences(a: BudgetDocument, b: BudgetDocument, limit = 50): string[] {
  const out: string[] = [];
  diff(comparable(a), comparable(b), 'doc', out, limit);
  return out;
}

/** A deep copy of a model that keeps Decimals as Decimals (structuredClone would not), for mutating in tests. */
export function cloneModel<T>(value: T): T {
  if (value instanceof Decimal || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => cloneModel(v)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = cloneModel(v);
  return out as T;
}
