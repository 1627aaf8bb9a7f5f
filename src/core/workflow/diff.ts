// What changed between two versions of a document, figure by figure. Both models are encoded to their
// JSON form (the codec), flattened to leaves keyed by a readable path, and compared. Rows, projects,
// indicators and facts are keyed by what names them (code, key, label, name), not by their index, so
// inserting a row does not mark every later row changed. Provenance (source lines, page spans) is not
// content and is left out. An Amount is one leaf: its exact value, compared as a decimal.

import { encodeDocument } from '../codec/index.js';
import { Decimal } from '../decimal.js';
import type { BudgetDocument } from '../model/document.js';

export interface Change {
  /** Readable path: `tables.income.rows[code=2010301].amounts.total`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** Whether the leaf is a figure (an Amount or a number). */
  figure: boolean;
  before: string | null;
  after: string | null;
  /** after − before, for figures present on both sides. */
  difference: string | null;
}

/** Members that say where a value was read, not what it is. */
const PROVENANCE = new Set([
  'source',
  'spans',
  'pages',
  'lines',
  'segments',
  'yearSource',
  'headings',
  'contents',
]);

type Leaf = { value: string | null; figure: boolean };

const isAmount = (v: Record<string, unknown>) =>
  'value' in v && 'text' in v && 'unit' in v && (typeof v.value === 'string' || v.value === null);
const isLocated = (v: Record<string, unknown>) => 'value' in v && 'source' in v && !('text' in v);

function identity(item: unknown): string | null {
  if (item === null || typeof item !== 'object') return null;
  const o = item as Record<string, unknown>;
  const text = (v: unknown): string | null =>
    typeof v === 'string'
      ? v
      : v !== null && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'string'
        ? (v as { value: string }).value
        : null;
  const parts: string[] = [];
  for (const k of ['kind', 'code', 'key', 'label', 'name', 'unitCode', 'level2Text', 'qualifier']) {
    const t = text(o[k]);
    if (t !== null && t !== '') parts.push(`${k}=${t}`);
  }
  return parts.length ? parts.join(',') : null;
}

function flatten(value: unknown, path: string, out: Map<string, Leaf>): void {
  if (value === null || value === undefined) {
    out.set(path, { value: null, figure: false });
    return;
  }
  if (Array.isArray(value)) {
    const seen = new Map<string, number>();
    value.forEach((item, i) => {
      const id = identity(item);
      let seg = id === null ? `${i}` : id;
      if (id !== null) {
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        if (n > 1) seg = `${id}#${n}`;
      }
      flatten(item, `${path}[${seg}]`, out);
    });
    return;
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (isAmount(o)) {
      out.set(path, { value: o.value as string | null, figure: true });
      return;
    }
    if (isLocated(o)) {
      flatten(o.value, path, out);
      return;
    }
    for (const [k, v] of Object.entries(o)) {
      if (PROVENANCE.has(k)) continue;
      flatten(v, path ? `${path}.${k}` : k, out);
    }
    return;
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  out.set(path, { value: text, figure: typeof value === 'number' });
}

/** Every leaf of a document's content, by path. */
export function contentLeaves(doc: BudgetDocument): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  flatten(encodeDocument(doc), '', out);
  out.delete('diagnostics');
  for (const k of [...out.keys()]) if (k.startsWith('diagnostics')) out.delete(k);
  return out;
}

function sameValue(a: Leaf, b: Leaf): boolean {
  if (a.value === b.value) return true;
  if (a.figure && b.figure && a.value !== null && b.value !== null) {
    const x = Decimal.parse(a.value);
    const y = Decimal.parse(b.value);
    return x !== null && y !== null && x.eq(y);
  }
  return false;
}

function difference(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  const x = Decimal.parse(a);
  const y = Decimal.parse(b);
  return x !== null && y !== null ? y.sub(x).toString() : null;
}

/** The changes from `before` to `after`, in the order of the paths of `after` then removed ones. */
export function diffDocuments(before: BudgetDocument, after: BudgetDocument): Change[] {
  const a = contentLeaves(before);
  const b = contentLeaves(after);
  const changes: Change[] = [];
  for (const [path, leaf] of b) {
    const old = a.get(path);
    if (old === undefined) {
      if (leaf.value !== null)
        changes.push({
          path,
          kind: 'added',
          figure: leaf.figure,
          before: null,
          after: leaf.value,
          difference: null,
        });
    } else if (!sameValue(old, leaf)) {
      const figure = old.figure || leaf.figure;
      changes.push({
        path,
        kind: 'changed',
        figure,
        before: old.value,
        after: leaf.value,
        difference: figure ? difference(old.value, leaf.value) : null,
      });
    }
  }
  for (const [path, leaf] of a)
    if (!b.has(path) && leaf.value !== null)
      changes.push({
        path,
        kind: 'removed',
        figure: leaf.figure,
        before: leaf.value,
        after: null,
        difference: null,
      });
  return changes;
}
