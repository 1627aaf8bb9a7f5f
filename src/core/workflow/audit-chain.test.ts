import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit-chain.js';
import { canonicalJson, chainEntry, GENESIS, verifyChain } from './audit-chain.js';
import { sha256Hex } from './sha256.js';

describe('sha256', () => {
  it('matches node:crypto over random bytes of every padding length', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const b = new Uint8Array(n).map((_, i) => (i * 31 + n) & 255);
      expect(sha256Hex(b)).toBe(createHash('sha256').update(b).digest('hex'));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(sha256Hex(b)).toBe(createHash('sha256').update(b).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth, drops undefined, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined, x: '中' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"x":"中","z":1}]},"b":1}',
    );
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });
  it('is the same for objects that differ only in key order, and parses back', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      chainEntry(out[out.length - 1] ?? null, {
        documentId: `doc-${i % 3}`,
        action: i % 2 ? 'submit' : 'return',
        actor: 'wf-unit',
        at: `2026-12-01T06:00:${String(i).padStart(2, '0')}.000Z`,
        fromState: 'draft',
        toState: 'submitted',
        version: 1,
        change: {
          edits: [{ path: 'tables.income.rows[0].amounts.total', before: '1.00', after: String(i) }],
        },
        opinion: i % 2 ? null : '请补充项目测算依据',
        address: '127.0.0.1',
      }),
    );
  return out;
}

describe('the audit chain', () => {
  it('links each entry to the previous hash from GENESIS and verifies', () => {
    const c = chain(12);
    expect(c[0]?.prevHash).toBe(GENESIS);
    expect(c[5]?.prevHash).toBe(c[4]?.hash);
    expect(verifyChain(c)).toMatchObject({ ok: true, count: 12, head: c[11]?.hash, problem: null });
    // verifying a tail from a known good point
    expect(verifyChain(c.slice(6), { seq: 6, hash: c[5]!.hash }).ok).toBe(true);
  });

  it('survives a JSON round trip (as stored in the database)', () => {
    const c = JSON.parse(JSON.stringify(chain(5))) as AuditEntry[];
    expect(verifyChain(c).ok).toBe(true);
  });

  it('finds any rewritten field, removed entry or reordering', () => {
    const fields = [
      'actor',
      'at',
      'action',
      'opinion',
      'address',
      'change',
      'documentId',
      'toState',
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.constantFrom(...fields), (i, field) => {
        const c = chain(10);
        const e = c[i]!;
        const tampered = { ...e, [field]: field === 'change' ? { edits: [] } : 'x' };
        c[i] = tampered;
        const r = verifyChain(c);
        expect(r.ok).toBe(false);
        expect(r.problem).toMatchObject({ seq: i + 1, reason: 'hash' });
      }),
    );
    const removed = chain(6);
    removed.splice(2, 1);
    expect(verifyChain(removed).problem).toMatchObject({ seq: 4, reason: 'sequence', expected: 3 });
    // rewriting an entry and rehashing it still breaks the next link
    const c = chain(6);
    const forged = chainEntry(c[1]!, { ...c[2]!, opinion: '同意' });
    c[2] = forged;
    expect(verifyChain(c).problem).toMatchObject({ seq: 4, reason: 'previous-hash' });
  });
});
