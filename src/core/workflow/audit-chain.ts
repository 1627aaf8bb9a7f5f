// The audit trail as a hash chain. Each entry's hash is sha256(previous hash + canonical JSON of the
// entry without its hash), the first entry's previous hash being GENESIS. Rewriting, removing or
// reordering an entry changes a hash that every later entry depends on, so `verifyChain` finds the
// first entry that no longer fits. Canonical JSON: object keys sorted, no whitespace, no undefined.

import { sha256Text } from './sha256.js';
import type { AuditAction } from './states.js';

export const GENESIS = '0'.repeat(64);

/** What is recorded of every change: who, when, what (the change itself), why and from where. */
export interface AuditEntryBody {
  /** Position in the chain, from 1, without gaps. */
  seq: number;
  /** The document concerned, null for settings and accounts. */
  documentId: string | null;
  action: AuditAction;
  /** The actor's account name (or id), null for the system. */
  actor: string | null;
  /** ISO 8601 timestamp (UTC). */
  at: string;
  /** Workflow state before and after, when the entry moves one. */
  fromState: string | null;
  toState: string | null;
  version: number | null;
  /** The change itself: edits, diffs, settings, as JSON. */
  change: unknown;
  opinion: string | null;
  /** The client's address. */
  address: string | null;
}

export interface AuditEntry extends AuditEntryBody {
  prevHash: string;
  hash: string;
}

/** JSON with sorted keys and no whitespace; undefined members are dropped, non-finite numbers refused. */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'object': {
      const toJson = (value as { toJSON?: () => unknown }).toJSON;
      if (typeof toJson === 'function') return canonicalJson(toJson.call(value));
      if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function')
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
  }
}

/** The hash of an entry given the previous one's. */
export function entryHash(prevHash: string, body: AuditEntryBody): string {
  const { seq, documentId, action, actor, at, fromState, toState, version, change, opinion, address } = body;
  return sha256Text(
    prevHash +
      canonicalJson({
        seq,
        documentId,
        action,
        actor,
        at,
        fromState,
        toState,
        version,
        change,
        opinion,
        address,
      }),
  );
}

/** Chains a new entry after `prev` (null: the first entry). */
export function chainEntry(
  prev: Pick<AuditEntry, 'seq' | 'hash'> | null,
  body: Omit<AuditEntryBody, 'seq'>,
): AuditEntry {
  const prevHash = prev?.hash ?? GENESIS;
  const full: AuditEntryBody = { ...body, seq: (prev?.seq ?? 0) + 1 };
  return { ...full, prevHash, hash: entryHash(prevHash, full) };
}

export type ChainProblem =
  | { seq: number; reason: 'sequence'; expected: number }
  | { seq: number; reason: 'previous-hash'; expected: string; found: string }
  | { seq: number; reason: 'hash'; expected: string; found: string };

export interface ChainReport {
  ok: boolean;
  /** Entries checked. */
  count: number;
  /** The last good hash (the chain head when ok). */
  head: string;
  /** The first entry that does not fit, and why. */
  problem: ChainProblem | null;
}

/** Checks entries in seq order: no gaps, each linked to the previous hash, each hash recomputed. */
export function verifyChain(
  entries: Iterable<AuditEntry>,
  start: { seq: number; hash: string } | null = null,
): ChainReport {
  let prevHash = start?.hash ?? GENESIS;
  let expectedSeq = (start?.seq ?? 0) + 1;
  let count = 0;
  for (const e of entries) {
    if (e.seq !== expectedSeq)
      return {
        ok: false,
        count,
        head: prevHash,
        problem: { seq: e.seq, reason: 'sequence', expected: expectedSeq },
      };
    if (e.prevHash !== prevHash)
      return {
        ok: false,
        count,
        head: prevHash,
        problem: { seq: e.seq, reason: 'previous-hash', expected: prevHash, found: e.prevHash },
      };
    const h = entryHash(prevHash, e);
    if (h !== e.hash)
      return {
        ok: false,
        count,
        head: prevHash,
        problem: { seq: e.seq, reason: 'hash', expected: h, found: e.hash },
      };
    prevHash = e.hash;
    expectedSeq += 1;
    count += 1;
  }
  return { ok: true, count, head: prevHash, problem: null };
}
