// The audit trail for auditors: every entry with its hashes, as JSON (one array) or CSV (UTF-8 with
// BOM so Excel/WPS open it right; no cell can start a formula), and the chain's verification. An
// admin exports everything; a reviewer the entries of the documents of its region.
import type { AuditEntry, ChainReport } from '../core/workflow/audit-chain.js';
import { auditEntries, verifyAudit } from '../store/audit.js';
import type { Store } from '../store/index.js';
import type { Actor } from '../store/visibility.js';
import { visibleTo } from '../store/visibility.js';

export type AuditFormat = 'json' | 'csv';

const COLUMNS = [
  'seq',
  'documentId',
  'action',
  'actor',
  'at',
  'fromState',
  'toState',
  'version',
  'opinion',
  'address',
  'change',
  'prevHash',
  'hash',
] as const;

/** A CSV cell: quoted, quotes doubled, and a leading = + - @ (or tab/CR) neutralised with an apostrophe. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  const lines = [COLUMNS.join(',')];
  for (const e of entries) lines.push(COLUMNS.map((c) => csvCell(e[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The entries an actor may export: all for an admin, its region's documents for a reviewer. */
export async function exportableAudit(
  store: Store,
  actor: Actor,
  documentId?: string,
): Promise<AuditEntry[]> {
  if (actor.kind === 'user' && actor.role === 'admin')
    return auditEntries(store.db, documentId ? { documentIds: [documentId] } : {});
  // Not merely what is visible (published documents are, to everyone): the documents of its region.
  const region = actor.kind === 'user' && actor.role === 'reviewer' ? actor.region : null;
  if (region === null) return [];
  let q = store.db
    .selectFrom('documents')
    .select('id')
    .where(visibleTo(actor))
    .where('region_code', '=', region);
  if (documentId) q = q.where('id', '=', documentId);
  const ids = (await q.execute()).map((r) => r.id);
  return auditEntries(store.db, { documentIds: ids });
}

export function auditText(entries: readonly AuditEntry[], format: AuditFormat): string {
  return format === 'csv' ? auditCsv(entries) : `${JSON.stringify(entries, null, 1)}\n`;
}

export function verifyAuditTrail(store: Store): Promise<ChainReport> {
  return verifyAudit(store.db);
}
