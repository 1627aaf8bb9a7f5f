// `yusuan load`: many files into the store with a report line per file (loaded, duplicate, refused
// with its code), and the figures readable from the store afterwards.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getDocumentMeta, openStore, SYSTEM_ACTOR } from '../app/index.js';
import { corpusPath } from '../test-support/corpus.js';
import { yusuanInstalled } from '../test-support/cli.js';

const yusuan = yusuanInstalled();
const dir = mkdtempSync(join(tmpdir(), 'yusuan-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('yusuan load', () => {
  it('reports loaded, duplicate and refused files and stores the loaded ones', async () => {
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, '这不是预算文件\n'.repeat(30));
    const data = join(dir, 'data');
    const first = await yusuan('load', corpusPath('beijing'), junk, '--region', '430100', '--data', data);
    expect(first.code).toBe(2);
    const lines = first.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(lines.map((l) => l[0])).toEqual(['已导入', '拒绝']);
    expect(lines[1]?.[2]).toBe('not-a-budget-document');
    const again = await yusuan('load', corpusPath('beijing'), '--region', '430100', '--data', data);
    expect(again.code).toBe(0);
    const [status, , id] = again.stdout.trim().split('\t');
    expect(status).toBe('重复');
    expect(id).toBe(lines[0]?.[2]);
    const store = await openStore({ kind: 'pglite', dataDir: data });
    try {
      const meta = await getDocumentMeta(store.db, SYSTEM_ACTOR, id ?? '');
      expect(meta).toMatchObject({
        regionCode: '430100',
        departmentCode: '157',
        totals: { expenditure: '1561.09' },
      });
    } finally {
      await store.close();
    }
  });
});
