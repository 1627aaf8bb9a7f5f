// The installed command end to end: real files, real exit codes, real output.

import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yusuanInstalled } from '../test-support/cli.js';
import { corpusPath } from '../test-support/corpus.js';
import { Progress } from './progress.js';

const yusuan = yusuanInstalled();

const tmp = mkdtempSync(join(tmpdir(), 'yusuan-cli-'));

describe('yusuan inspect --summary', () => {
  it('prints exactly the documented fields', async () => {
    const r = await yusuan('inspect', corpusPath('bangongting'), '--summary');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(s).sort()).toEqual(
      ['kind', 'department', 'year', 'units', 'totals', 'tables', 'projects', 'diagnostics'].sort(),
    );
    expect(Object.keys(s['totals'] as object).sort()).toEqual(
      ['income', 'expenditure', 'basic', 'project', 'personnel', 'publicFunds', 'threePublic'].sort(),
    );
    expect(s['kind']).toBe('department-budget');
    expect(s['department']).toBe('长沙市人民政府办公厅');
    expect(s['year']).toBe(2024);
    expect(s['tables']).toHaveLength(10);
  });

  it('prints amounts as numbers with two decimals', async () => {
    const r = await yusuan('inspect', corpusPath('xiangyin'), '--summary');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { totals: Record<string, unknown>; projects: { amount: unknown }[] };
    expect(s.totals).toEqual({
      income: 1520.67,
      expenditure: 1520.67,
      basic: 1100.67,
      project: 420,
      personnel: null,
      publicFunds: null,
      threePublic: 13,
    });
    expect(s.projects.map((p) => p.amount)).toEqual([50, 15, 120, 30, 65, 20, 120]);
    // Printed with two decimals, exactly as the document's figures.
    expect(r.stdout).toContain('"income": 1520.67,');
    expect(r.stdout).toContain('"project": 420.00,');
    expect(r.stdout).toContain('"threePublic": 13.00');
  });
});

describe('yusuan import', () => {
  it('prints the full model as versioned JSON Lines for many files, one document per line', async () => {
    const r = await yusuan('import', corpusPath('beijing'), corpusPath('keyProjects'), '--json');
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { schemaVersion: number; file: string; document: { kind: string } });
    expect(lines.map((l) => l.schemaVersion)).toEqual([1, 1]);
    expect(lines.map((l) => [l.file, l.document.kind])).toEqual([
      [corpusPath('beijing'), 'department-budget'],
      [corpusPath('keyProjects'), 'key-projects'],
    ]);
  });

  it('prints one line per file without --json', async () => {
    const r = await yusuan('import', corpusPath('beijing'), corpusPath('xiangyin'));
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stdout).toContain('长沙市人民政府驻北京联络处');
  });
});

describe('bad input', () => {
  const empty = join(tmp, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(tmp, 'image.png');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const letter = join(tmp, 'letter.txt');
  writeFileSync(letter, '各位同事：\n明天下午开会。\n');
  const dir = join(tmp, 'a-directory');
  mkdirSync(dir);

  it.each([
    ['a missing file', join(tmp, 'nope.txt'), '文件不存在'],
    ['an empty file', empty, '文件为空'],
    ['binary data', binary, '二进制'],
    ['text that is not a budget document', letter, '不是可识别的预算公开文档'],
    ['an empty directory', dir, '目录'],
  ])('refuses %s with one Chinese line and exit 2', async (_what, file, words) => {
    for (const args of [
      ['import', file],
      ['inspect', file, '--summary'],
    ]) {
      const r = await yusuan(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(words);
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    }
  });

  it('still imports the good files when one is bad, and exits 2', async () => {
    const r = await yusuan('import', corpusPath('beijing'), join(tmp, 'nope.txt'));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('长沙市人民政府驻北京联络处');
    expect(r.stderr).toContain('文件不存在');
  });

  it('treats an unknown option as a usage error', async () => {
    const r = await yusuan('import', '--bogus');
    expect(r.code).toBe(64);
  });
});

describe('progress bar', () => {
  function fakeStream(isTTY: boolean) {
    const chunks: string[] = [];
    return {
      chunks,
      stream: { isTTY, write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream,
    };
  }

  it('draws on a terminal and ends with a newline', () => {
    const { chunks, stream } = fakeStream(true);
    const p = new Progress(3, stream);
    for (const f of ['a.txt', 'b.txt', 'c.txt']) p.tick(f);
    expect(chunks[0]).toContain('1/3 a.txt');
    expect(chunks.join('')).toContain('3/3 c.txt');
    expect(chunks[chunks.length - 1]).toBe('\n');
  });

  it('stays silent when stderr is not a terminal or there is one file', () => {
    const a = fakeStream(false);
    new Progress(3, a.stream).tick('x');
    const b = fakeStream(true);
    new Progress(1, b.stream).tick('x');
    expect(a.chunks).toEqual([]);
    expect(b.chunks).toEqual([]);
  });
});
