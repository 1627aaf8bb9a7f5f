// `yusuan audit verify` and `yusuan audit export` on an embedded store: a clean chain verifies (exit
// 0, its count and head), one rewritten behind the trigger's back is reported with the entry (exit 1);
// the export carries every entry with its hashes, as JSON and as CSV with a BOM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { importIntoStore, openStore, workflowAction } from '../../app/index.js';
import type { Actor } from '../../app/index.js';
import { CORPUS, corpusBytes } from '../../test-support/corpus.js';
import { yusuanInProcess } from '../../test-support/cli.js';

const yusuan = yusuanInProcess();
const dir = mkdtempSync(join(tmpdir(), 'yusuan-audit-'));
const data = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const admin: Actor = {
  kind: 'user',
  id: 1,
  name: 'auditor-test',
  role: 'admin',
  region: null,
  department: null,
  unit: null,
};

describe('yusuan audit', () => {
  it('verifies a clean chain, exports it, and reports a rewritten entry', { timeout: 60_000 }, async () => {
    const store = await openStore({ kind: 'pglite', dataDir: data });
    const { id } = await importIntoStore(store, {
      fileName: CORPUS.beijing,
      bytes: corpusBytes('beijing'),
      region: '430100',
      actor: admin,
    });
    const ctx = { actor: admin, address: '10.0.0.1', now: '2026-12-01T08:00:00.000Z' };
    await workflowAction(store, ctx, id, 'submit', null);
    await workflowAction(store, ctx, id, 'return', '请补充项目测算依据');
    await workflowAction(store, ctx, id, 'submit', null);
    await store.close();

    const ok = await yusuan('audit', 'verify', '--data', data);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/审计记录完整：3 条，链头 [0-9a-f]{64}/);
    const json = await yusuan('audit', 'export', '--data', data);
    const entries = JSON.parse(json.stdout) as {
      seq: number;
      action: string;
      opinion: string | null;
      address: string;
      hash: string;
    }[];
    expect(entries.map((e) => [e.seq, e.action, e.opinion, e.address])).toEqual([
      [1, 'submit', null, '10.0.0.1'],
      [2, 'return', '请补充项目测算依据', '10.0.0.1'],
      [3, 'submit', null, '10.0.0.1'],
    ]);
    const csv = await yusuan('audit', 'export', '--format', 'csv', '--data', data);
    expect(csv.stdout.startsWith('\uFEFFseq,documentId,action')).toBe(true);
    expect(csv.stdout).toContain(entries[2]?.hash ?? 'x');

    const again = await openStore({ kind: 'pglite', dataDir: data });
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(again.db);
    await sql`update audit_log set opinion = '同意' where seq = 2`.execute(again.db);
    await again.close();
    const bad = await yusuan('audit', 'verify', '--data', data);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('审计记录被篡改：第 2 条内容与哈希不符');
  });
});
