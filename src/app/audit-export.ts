// The audit trail for auditors: every entry with its hashes, as JSON (one array) or CSV (UTF-8 with
// BOM so Excel/WPS open it right; no cell can start a formula), and the chain's verification. An
// admin exports everything; a reviewer the entries of the documents of its region.
import type { AuditEntry, ChainReport } from '../core/workflow/audit-chain.js';
import { auditEntries, verifyAudit } from '../store/audit.js';
import type { Store } from '../store/index.js';
import type { Actor } from '../store/visibility.js';
import { visibleTo } from '../store/visibility.js';
import { csvText } from './csv.js';

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

export function auditCsv(entries: readonly AuditEntry[]): string {
  return csvText([COLUMNS, ...entries.map((e) => COLUMNS.map((c) => e[c]))]);
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
