// The audit trail in the database: appended inside the transaction of the change it records, chained
// by hashes (core/workflow/audit-chain.ts). Appenders take a table lock so that two transactions never
// chain onto the same previous entry; readers are not blocked. UPDATE, DELETE and TRUNCATE are refused
// by a trigger (migrations/0002-workflow.ts), so even code with the database password cannot rewrite
// history quietly — and whoever bypasses the trigger breaks the chain, which `verifyAudit` detects.
import type { Kysely, Selectable, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { AuditEntry, AuditEntryBody, ChainReport } from '../core/workflow/audit-chain.js';
import { canonicalJson, chainEntry, verifyChain } from '../core/workflow/audit-chain.js';
import type { AuditAction } from '../core/workflow/states.js';
import type { Database } from './schema.js';
import type { AuditLogTable } from './workflow-schema.js';
import './workflow-schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export type NewAuditEntry = Omit<AuditEntryBody, 'seq' | 'change'> & { action: AuditAction; change: unknown };

function entryOf(r: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: Number(r.seq),
    documentId: r.document_id,
    action: r.action as AuditAction,
    actor: r.actor,
    at: r.at,
    fromState: r.from_state,
    toState: r.to_state,
    version: r.version,
    change: JSON.parse(r.change) as unknown,
    opinion: r.opinion,
    address: r.address,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Appends one entry (call inside the transaction of the change). */
export async function appendAudit(tx: Transaction<Database>, e: NewAuditEntry): Promise<AuditEntry> {
  await sql`lock table audit_log in share row exclusive mode`.execute(tx);
  const last = await tx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  // The change goes through canonical JSON once, so what is stored is exactly what was hashed.
  const change = JSON.parse(canonicalJson(e.change ?? null)) as unknown;
  const entry = chainEntry(last ? { seq: Number(last.seq), hash: last.hash } : null, { ...e, change });
  await tx
    .insertInto('audit_log')
    .values({
      seq: entry.seq,
      document_id: entry.documentId,
      action: entry.action,
      actor: entry.actor,
      at: entry.at,
      from_state: entry.fromState,
      to_state: entry.toState,
      version: entry.version,
      change: canonicalJson(entry.change),
      opinion: entry.opinion,
      address: entry.address,
      prev_hash: entry.prevHash,
      hash: entry.hash,
    })
    .execute();
  return entry;
}

/** A document's entries, oldest first. */
export async function documentHistory(db: Db, documentId: string): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('seq')
    .execute();
  return rows.map(entryOf);
}

export interface AuditFilter {
  documentIds?: readonly string[] | undefined;
  afterSeq?: number | undefined;
  limit?: number | undefined;
}

/** Entries in chain order, in pages. */
export async function auditEntries(db: Db, f: AuditFilter = {}): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq');
  if (f.afterSeq !== undefined) q = q.where('seq', '>', f.afterSeq as never);
  if (f.documentIds !== undefined) {
    if (f.documentIds.length === 0) return [];
    q = q.where('document_id', 'in', f.documentIds);
  }
  if (f.limit !== undefined) q = q.limit(f.limit);
  return (await q.execute()).map(entryOf);
}

/** Verifies the whole chain, page by page. */
export async function verifyAudit(db: Db, pageSize = 5000): Promise<ChainReport> {
  let start: { seq: number; hash: string } | null = null;
  let count = 0;
  for (;;) {
    const page = await auditEntries(db, { afterSeq: start?.seq ?? 0, limit: pageSize });
    const r = verifyChain(page, start);
    count += r.count;
    if (!r.ok) return { ...r, count };
    const last = page[page.length - 1];
    if (!last || page.length < pageSize) return { ...r, count };
    start = { seq: last.seq, hash: last.hash };
  }
}
