// `yusuan publish` in-process on copies of the corpus files: exit codes, the refusal listing the
// error-level findings one per line, forced and clean publication, output names and stdout.

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../test-support/tools.js';
import { yusuanInProcess } from '../../test-support/cli.js';
import { corpusPath } from '../../test-support/corpus.js';
import { demoCity } from '../../demo/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'yusuan-publish-'));
const bangongting = join(tmp, 'bangongting.txt');
const beijing = join(tmp, 'beijing.txt');
copyFileSync(corpusPath('bangongting'), bangongting);
copyFileSync(corpusPath('beijing'), beijing);

const yusuan = yusuanInProcess();

describe('yusuan publish', () => {
  it('refuses a document with review errors: exit 1, one line per error with its line number', async () => {
    const r = await yusuan('publish', bangongting, '--format', 'html');
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'yusuan: 审核发现 3 项错误，未发布（更正后重试，或用 --force 强制发布并在输出中标注）：',
    );
    expect(lines.slice(1).map((l) => l.slice(0, l.indexOf(': ')))).toEqual([
      `${bangongting}:362`,
      `${bangongting}:632`,
      `${bangongting}:662`,
    ]);
    expect(lines[1]).toContain(
      '为 10.34 万元，资金总额为 10.31 万元，相差 +0.03（target-cost-matches-amount）',
    );
    expect(existsSync(join(tmp, 'bangongting.html'))).toBe(false);
  });

  it('publishes with --force next to the input, marked, and says so', async () => {
    const r = await yusuan('publish', bangongting, '--format', 'html', '--force');
    expect(r.code).toBe(0);
    const out = join(tmp, 'bangongting.html');
    expect(r.stderr).toContain(`已发布：${out}（html，`);
    expect(r.stderr).toContain('注意：已强制发布，输出标注了未解决的审核错误 3 项');
    expect(readFileSync(out, 'utf8')).toContain('本文件含未解决的审核错误 3 项');
  });

  it('writes text to stdout with -o -, and a clean document needs no --force', async () => {
    const r = await yusuan('publish', beijing, '--format', 'text', '-o', '-');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1,561.09');
    expect(r.stdout.split('\n')[0]).not.toContain('审核错误');
  });

  it('writes to the file given with -o', async () => {
    const out = join(tmp, 'out.xlsx');
    const r = await yusuan('publish', beijing, '-f', 'xlsx', '-o', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    [['publish', join(tmp, 'missing.txt')], 2, 'yusuan: 文件不存在：'],
    [
      ['publish', beijing, '--format', 'docx'],
      64,
      'yusuan: 不支持的格式：docx（可选：html、xlsx、pdf、text）',
    ],
    [['publish', beijing, '-o', join(tmp, 'no-such-dir', 'x.html')], 73, 'yusuan: 无法写入输出文件：'],
  ])('exits %#: %s → %i with a Chinese message and no stack trace', async (args, code, message) => {
    const r = await yusuan(...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('yusuan publish on many files', () => {
  const demo = [...demoCity({ departments: 3, years: [2025] })].map((f) => {
    const path = join(tmp, `demo-${f.departmentCode}.txt`);
    writeFileSync(path, f.bytes);
    return { path, name: f.departmentName };
  });

  it('publishes each next to its input, and refuses -o with several files (64)', async () => {
    const usage = await yusuan('publish', ...demo.map((d) => d.path), '-o', join(tmp, 'x.html'));
    expect(usage.code).toBe(64);
    expect(usage.stderr).toContain('发布多个文件时不能指定 -o');
    const r = await yusuan('publish', ...demo.map((d) => d.path), '--format', 'html');
    expect(r.code).toBe(0);
    for (const d of demo) {
      expect(readFileSync(d.path.replace(/\.txt$/, '.html'), 'utf8')).toContain(d.name);
    }
  });

  it.skipIf(!hasChromium)(
    'prints several PDFs on one browser: each a real PDF of its department',
    { timeout: 180_000 },
    async () => {
      const r = await yusuan('publish', ...demo.map((d) => d.path), '--format', 'pdf');
      expect(r.code).toBe(0);
      for (const d of demo) {
        const pdf = d.path.replace(/\.txt$/, '.pdf');
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeGreaterThan(5);
        expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(d.name);
      }
    },
  );
});
