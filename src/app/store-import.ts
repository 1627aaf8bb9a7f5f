// The import-into-the-store use case: bytes → import → review → stored in one transaction with the
// original file, the model (codec JSON), the summary and every row. The same bytes again give the
// stored id. Unreadable input throws its importer code (`not-a-budget-document`, …) and stores nothing.
import { createHash, randomUUID } from 'node:crypto';
import { YusuanError } from '../core/errors.js';
import { documentToJson } from '../core/codec/index.js';
import type { BudgetDocument } from '../core/model/document.js';
import { isTabledDocument } from '../core/model/document.js';
import type { Finding } from '../rules/rule.js';
import type { Actor, KeyTotalsText, NewDocument, Store, StoredFinding } from '../store/index.js';
import {
  documentIdBySha,
  flattenDocument,
  getDocumentMeta,
  getFindings,
  saveDocument,
} from '../store/index.js';
import { coreActor } from '../store/workflow.js';
import { relationOf } from '../core/workflow/actors.js';
import { reviewBytes } from './review.js';
import { summaryJson } from './json-numbers.js';
import { summarize } from './summary.js';

/** 20 MB: the default largest upload (`--max-upload`, YUSUAN_MAX_UPLOAD). */
export const DEFAULT_MAX_UPLOAD = 20_000_000;

/** Who a document belongs to, read from it: its region (given) and its department and unit codes. */
export interface DocumentScope {
  region: string | null;
  departmentCode: string | null;
  unitCode: string | null;
}

/**
 * Whether a document of this scope is the actor's own: the same relation (core/workflow/actors) the
 * store's visibleTo filter and the workflow use, so that whatever an actor may create it may then see
 * and take through the workflow (a unit account limited to one unit does not own its department's
 * department-level budget, whose unit is none: that is the 主管部门's or a department-level account's).
 */
export function ownsScope(actor: Actor, scope: DocumentScope): boolean {
  const a = coreActor(actor);
  return (
    a !== null &&
    relationOf(a, { region: scope.region, department: scope.departmentCode, unit: scope.unitCode }) !==
      'other'
  );
}

export interface StoreImportInput {
  fileName: string;
  bytes: Uint8Array;
  /** Region code given with the upload; else the actor's region. */
  region?: string | undefined;
  actor: Actor;
  maxBytes?: number;
  /** Throws `forbidden` when the actor may not store a document of this scope (server/permissions). */
  authorize?: (scope: DocumentScope) => void;
}

export interface StoreImportResult {
  id: string;
  created: boolean;
  /** `yusuan inspect --summary` JSON text. */
  summary: string;
  findings: Finding[] | StoredFinding[];
}

/** The command line's actor: whoever runs `yusuan load` on the store's machine may write anything. */
export const SYSTEM_ACTOR: Actor = {
  kind: 'user',
  id: 0,
  name: 'system',
  role: 'admin',
  region: null,
  department: null,
  unit: null,
};
const SYSTEM = SYSTEM_ACTOR;

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A department's code: the first three digits of its units' 6-digit codes (the most frequent). */
export function departmentCodeOf(units: readonly { code: string | null }[]): string | null {
  const counts = new Map<string, number>();
  for (const u of units)
    if (u.code && /^\d{6}$/.test(u.code))
      counts.set(u.code.slice(0, 3), (counts.get(u.code.slice(0, 3)) ?? 0) + 1);
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = code;
  return best;
}

function unitsOf(doc: BudgetDocument): { code: string | null; name: string }[] {
  if (isTabledDocument(doc)) return doc.units;
  if (doc.kind === 'key-projects')
    return doc.projects.flatMap((p) => (p.unitName ? [{ code: p.unitCode, name: p.unitName }] : []));
  return doc.departmentForms.flatMap((f) => (f.unit ? [{ code: null, name: f.unit.value }] : []));
}

function departmentOf(doc: BudgetDocument): string | null {
  if (doc.kind === 'key-projects') return null;
  return doc.department?.value ?? null;
}

/** What a document would be stored as: its scope, rows and texts (no I/O but hashing). */
export function prepareDocument(input: {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  document: BudgetDocument;
  findings: Finding[];
  sourceLines: string[];
  region: string | null;
  createRegion: boolean;
  createdBy: number | null;
}): NewDocument {
  const doc = input.document;
  const summary = summarize(doc);
  const units = unitsOf(doc);
  const coded = units.filter((u) => u.code && /^\d{6}$/.test(u.code));
  const text = (d: { toString(): string } | null) => (d === null ? null : d.toString());
  const totals: KeyTotalsText = {
    income: text(summary.totals.income),
    expenditure: text(summary.totals.expenditure),
    basic: text(summary.totals.basic),
    project: text(summary.totals.project),
    personnel: text(summary.totals.personnel),
    publicFunds: text(summary.totals.publicFunds),
    threePublic: text(summary.totals.threePublic),
  };
  return {
    id: input.id,
    sha256: input.sha256,
    kind: doc.kind,
    template: doc.template,
    year: doc.year,
    title: doc.title?.value ?? null,
    department: departmentOf(doc),
    departmentCode: departmentCodeOf(units),
    unitCode: coded.length === 1 ? (coded[0]?.code ?? null) : null,
    units: dedupeUnits(units),
    region: input.region,
    createRegion: input.createRegion,
    fileName: input.fileName,
    original: input.bytes,
    model: documentToJson(doc),
    summary: summaryJson(summary),
    sourceLines: input.sourceLines,
    totals,
    findingCount: input.findings.length,
    errorCount: input.findings.filter((f) => f.severity === 'error').length,
    createdBy: input.createdBy,
    rows: flattenDocument(input.id, doc, input.findings),
  };
}

function dedupeUnits(units: readonly { code: string | null; name: string }[]) {
  const seen = new Set<string>();
  return units.filter((u) => (seen.has(u.name) ? false : (seen.add(u.name), true)));
}

/** Imports, reviews and stores one file. */
export async function importIntoStore(store: Store, input: StoreImportInput): Promise<StoreImportResult> {
  const sha = sha256Hex(input.bytes);
  const existing = await documentIdBySha(store.db, sha);
  if (existing) return stored(store, existing, input);
  const reviewed = await reviewBytes(input.fileName, input.bytes, {
    maxBytes: input.maxBytes ?? DEFAULT_MAX_UPLOAD,
  });
  if (!reviewed.ok) throw YusuanError.from(reviewed.error);
  const actor = input.actor;
  const region = input.region ?? (actor.kind === 'user' ? actor.region : null) ?? null;
  const prepared = prepareDocument({
    id: randomUUID(),
    fileName: input.fileName,
    bytes: input.bytes,
    sha256: sha,
    document: reviewed.document,
    findings: reviewed.findings,
    sourceLines: reviewed.sourceLines,
    region,
    createRegion: actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'reviewer'),
    createdBy: actor.kind === 'user' && actor.id !== 0 ? actor.id : null,
  });
  input.authorize?.({ region, departmentCode: prepared.departmentCode, unitCode: prepared.unitCode });
  const r = await saveDocument(store.db, prepared);
  if (!r.created) return stored(store, r.id, input);
  return { id: r.id, created: true, summary: prepared.summary, findings: reviewed.findings };
}

/**
 * The document already stored from the same bytes. One the uploader may not see (another
 * department's draft) is answered as a new upload of its scope would be — `authorize` refuses it —
 * so that an upload never tells who stored what, or a draft's id, to someone it does not belong to.
 */
async function stored(store: Store, id: string, input: StoreImportInput): Promise<StoreImportResult> {
  const row = await store.db
    .selectFrom('documents')
    .select(['summary', 'region_code', 'department_code', 'unit_code'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const visible = (await getDocumentMeta(store.db, input.actor, id)) !== null;
  if (!visible)
    input.authorize?.({
      region: row.region_code,
      departmentCode: row.department_code,
      unitCode: row.unit_code,
    });
  return {
    id,
    created: false,
    summary: row.summary,
    findings: (await getFindings(store.db, SYSTEM, id)) ?? [],
  };
}
