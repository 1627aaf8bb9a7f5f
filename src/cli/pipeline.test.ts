// Issue 7's cases, end to end through the installed command (child processes, worker threads):
// outputs never replace an input or an existing file silently, writes are all-or-nothing, many files
// stream in flat memory with the same output on one thread or two, folders are expanded, inputs are
// bounded in size and expansion, and every bad input gets an honest Chinese message and exit code.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentFromJson } from '../core/codec/index.js';
import { BIN, buildOnce } from '../test-support/build.js';
import { corpusPath, corpusText } from '../test-support/corpus.js';
import { writeZip } from '../test-support/fuzz/zip.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(
  args: string[],
  options: { node?: string[]; env?: Record<string, string>; shell?: string } = {},
): Promise<Run> {
  const [cmd, argv] = options.shell
    ? [
        'bash',
        ['-c', `${options.shell} "$@"`, 'bash', process.execPath, ...(options.node ?? []), BIN, ...args],
      ]
    : [process.execPath, [...(options.node ?? []), BIN, ...args]];
  return new Promise((done) => {
    execFile(
      cmd,
      argv,
      { maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...options.env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 128) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'yusuan-pipeline-'));
const beijing = join(tmp, 'beijing.txt');
copyFileSync(corpusPath('beijing'), beijing);

beforeAll(() => buildOnce(), 180_000);

describe('never lose a file', () => {
  it('refuses to write the output over its input (exit 64), and the input is untouched', async () => {
    const before = readFileSync(beijing);
    const r = await run(['publish', beijing, '--format', 'text', '-o', beijing]);
    expect(r.code).toBe(64);
    expect(r.stderr).toBe(`yusuan: 输出文件不能是输入文件：${beijing}（请用 -o 指定另一个文件）\n`);
    expect(readFileSync(beijing)).toEqual(before);
  });

  it('refuses an input reached through a hard link as output', async () => {
    const link = join(tmp, 'beijing-link.txt');
    linkSync(beijing, link);
    const r = await run(['publish', beijing, '--format', 'text', '-o', link, '--force']);
    expect(r.code).toBe(64);
    expect(readFileSync(link, 'utf8')).toBe(corpusText('beijing'));
  });

  it('keeps an existing output unless --force (no terminal to ask: exit 73)', async () => {
    const out = join(tmp, 'existing.txt');
    writeFileSync(out, 'keep me');
    const refused = await run(['publish', beijing, '--format', 'text', '-o', out]);
    expect(refused.code).toBe(73);
    expect(refused.stderr).toBe(`yusuan: 输出文件已存在：${out}（用 --force 覆盖）\n`);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await run(['publish', beijing, '--format', 'text', '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('长沙市人民政府驻北京联络处');
  });

  it('leaves the old file intact and no partial file when the disk refuses the write', async () => {
    const dir = join(tmp, 'full');
    mkdirSync(dir);
    const out = join(dir, 'beijing.html');
    writeFileSync(out, 'the good old page');
    // A file-size limit of 64 KB: the HTML (several hundred KB) cannot be written whole.
    const r = await run(['publish', beijing, '--format', 'html', '-o', out, '--force'], {
      shell: 'ulimit -f 64;',
    });
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/^yusuan: 无法写入输出文件：.*beijing\.html（EFBIG）\n$/);
    expect(readFileSync(out, 'utf8')).toBe('the good old page');
    expect(readdirSync(dir)).toEqual(['beijing.html']);
  });
});

describe('many files: folders, streaming, threads', () => {
  const folder = join(tmp, 'many');
  const names = ['beijing', 'bangongting', 'keyProjects', 'xiangyin'] as const;
  const count = 60;
  beforeAll(() => {
    mkdirSync(join(folder, 'sub'), { recursive: true });
    for (let i = 0; i < count; i++) {
      const sub = i % 3 === 0 ? 'sub' : '';
      linkSync(
        corpusPath(names[i % names.length] as (typeof names)[number]),
        join(folder, sub, `${String(i).padStart(3, '0')}.txt`),
      );
    }
    writeFileSync(
      join(folder, 'sub', 'zz-broken.txt'),
      Uint8Array.from([...new TextEncoder().encode('部门预算'.repeat(10)), 0xe6, 0x88]),
    );
  });

  it('imports a folder recursively, in a stable order, as JSON Lines', async () => {
    const r = await run(['import', '--json', '--jobs', '2', folder]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(count + 1);
    const parsed = lines.map(
      (l) => JSON.parse(l) as { file: string; document?: unknown; error?: { code: string } },
    );
    const files = parsed.map((p) => p.file.slice(folder.length + 1));
    expect(files.slice(0, 3)).toEqual(['001.txt', '002.txt', '004.txt']);
    expect(files.filter((f) => f.startsWith('sub/'))).toHaveLength(count / 3 + 1);
    expect(files).toEqual([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(parsed.at(-1)?.error?.code).toBe('encoding-invalid');
    const doc = documentFromJson(JSON.stringify(parsed[0]?.document));
    expect(doc.ok && doc.document.kind).toBe('department-budget');
    expect(r.stderr).toContain('UTF-8 文本在第 120 字节处被截断');
  });

  it('holds one model at a time: 60 documents as JSON in 40 MB of heap', async () => {
    // Before: every model was held and one JSON string built for the batch (1.2 MB per document).
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(folder, f));
    const all = [...files, ...files];
    const r = await run(['import', '--json', ...all], { node: ['--max-old-space-size=40'] });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(all.length);
  });

  it('gives the same output, byte for byte, on one thread and on two', async () => {
    const one = await run(['check', '--json', '--jobs', '1', folder]);
    const two = await run(['check', '--json', '--jobs', '2', folder]);
    expect(two.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').filter(Boolean)).toHaveLength(count + 1);
    const human1 = await run(['check', '--jobs', '1', join(folder, 'sub')]);
    const human2 = await run(['check', '--jobs', '2', join(folder, 'sub')]);
    expect(human2.stdout).toBe(human1.stdout);
    expect(human2.stdout).toMatch(/\n合计：错误 \d+，警告 \d+，提示 \d+\n$/);
  });

  it('keeps the single-file JSON document as it was', async () => {
    const r = await run(['import', '--json', beijing]);
    const out = JSON.parse(r.stdout) as { schemaVersion: number; documents: unknown[]; errors: unknown[] };
    expect(Object.keys(out)).toEqual(['schemaVersion', 'documents', 'errors']);
    expect(out.documents).toHaveLength(1);
    expect(r.stdout.startsWith('{\n  "schemaVersion": 1,\n  "documents": [\n')).toBe(true);
  });
});

describe('bounded resources', () => {
  it('refuses a file over --max-size, YUSUAN_MAX_SIZE, or the 50 MB default (exit 2)', async () => {
    const flag = await run(['import', beijing, '--max-size', '10KB']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(
      /^yusuan: 文件为 0\.03 MB，超过大小上限 0\.01 MB：.*beijing\.txt（可用 --max-size/,
    );
    const env = await run(['check', beijing], { env: { YUSUAN_MAX_SIZE: '20000' } });
    expect(env.code).toBe(2);
    expect(env.stdout).toBe(''); // no zero total after a failed load
    const huge = join(tmp, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 60_000_000);
    const big = await run(['import', huge]);
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('文件为 60 MB，超过大小上限 50 MB');
  });

  it('reads a device that never ends only up to the limit', async () => {
    const r = await run(['import', '/dev/zero', '--max-size', '2MB']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'yusuan: 文件超过大小上限 2 MB：/dev/zero（可用 --max-size 或环境变量 YUSUAN_MAX_SIZE 调整）\n',
    );
  });

  it('refuses a workbook that expands past the limits, and one without a worksheet, by name', async () => {
    const sheet = new TextEncoder().encode('<row><c><v>1</v></c></row>'.repeat(4_200_000)); // 109 MB
    const bomb = join(tmp, 'bomb.xlsx');
    const zipped = writeZip([
      { name: 'xl/workbook.xml', data: new Uint8Array(10) },
      { name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(sheet) },
    ]);
    // writeZip stores; mark the sheet as deflated with its real size, as a workbook writer would.
    const view = new DataView(zipped.buffer);
    const central = zipped.length - 22 - (46 + 24);
    view.setUint16(central + 10, 8, true);
    view.setUint32(central + 24, sheet.length, true);
    writeFileSync(bomb, zipped);
    const r = await run(['import', bomb]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /XLSX 工作表 xl\/worksheets\/sheet1\.xml 解压后为 109 MB，超过单表上限 100 MB：.*bomb\.xlsx/,
    );
    const empty = join(tmp, 'no-sheet.xlsx');
    writeFileSync(
      empty,
      writeZip([
        { name: 'xl/workbook.xml', data: new Uint8Array(10) },
        { name: '[Content_Types].xml', data: new Uint8Array(5) },
      ]),
    );
    const e = await run(['import', empty]);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('XLSX 工作簿中没有工作表');
  });

  it('stops a file that runs past --time-limit and goes on with the others', async () => {
    const slow = join(tmp, 'slow');
    mkdirSync(slow);
    copyFileSync(beijing, join(slow, 'a.txt'));
    // 20 concatenated copies of a long line of number-like cells: seconds of work, not a hang.
    writeFileSync(join(slow, 'b.txt'), ('1,1\t'.repeat(300_000) + '\n').repeat(20));
    copyFileSync(beijing, join(slow, 'c.txt'));
    const r = await run(['import', slow, '--time-limit', '1', '--jobs', '1']);
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(slow.length + 1, slow.length + 6)),
    ).toEqual(['a.txt', 'c.txt']);
    expect(r.stderr).toMatch(
      /^yusuan: 处理超过时间上限（1000 ms），已中止：.*b\.txt（可用 --time-limit 调整）\n$/,
    );
    expect(r.code).toBe(2);
  });

  it('holds inspect and publish to the same --max-size and --time-limit, with the same messages', async () => {
    for (const args of [
      ['inspect', beijing, '--summary'],
      ['publish', beijing, '-f', 'text', '-o', '-'],
    ]) {
      const r = await run([...args, '--max-size', '10KB']);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(
        /^yusuan: 文件为 0\.03 MB，超过大小上限 0\.01 MB：.*beijing\.txt（可用 --max-size/,
      );
    }
    const slow = join(tmp, 'slow-one.txt');
    writeFileSync(slow, ('1,1\t'.repeat(300_000) + '\n').repeat(20));
    const out = join(tmp, 'slow-one.html');
    for (const [args, env] of [
      [['inspect', slow, '--time-limit', '1'], {}],
      [['publish', slow, '-o', out], { YUSUAN_TIME_LIMIT: '1' }],
    ] as const) {
      const r = await run([...args], { env });
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(
        /^yusuan: 处理超过时间上限（1000 ms），已中止：.*slow-one\.txt（可用 --time-limit 调整）\n$/,
      );
    }
    expect(readdirSync(tmp)).not.toContain('slow-one.html');
  });

  it('recognises ten concatenated copies of a document and reads only the first', async () => {
    const ten = join(tmp, 'ten.txt');
    writeFileSync(ten, Array.from({ length: 10 }, () => corpusText('beijing')).join('\n'));
    const r = await run(['check', ten, '--min-severity', 'error']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /文件中同一文档的开头又出现了 9 次（第 \d+、.*行起）：可能是 10 份文档拼接在一起/,
    );
    const single = await run(['inspect', '--summary', beijing]);
    const tenSummary = await run(['inspect', '--summary', ten]);
    const totals = (s: string) => (JSON.parse(s) as { totals: unknown }).totals;
    expect(totals(tenSummary.stdout)).toEqual(totals(single.stdout));
  });
});

describe('honest messages', () => {
  const text = corpusText('beijing');
  const write = (name: string, bytes: Uint8Array) => {
    const f = join(tmp, name);
    writeFileSync(f, bytes);
    return f;
  };

  it.each([
    [
      'UTF-8 cut inside a character',
      () => new TextEncoder().encode(text).subarray(0, 1001),
      2,
      'UTF-8 文本在第 999 字节处被截断',
    ],
    [
      'Big5 text',
      () =>
        new Uint8Array(
          iconv.encode(
            text
              .replace(/预算/g, '預算')
              .replace(/项目/g, '項目')
              .replace(/单位/g, '單位')
              .replace(/部门/g, '部門'),
            'big5',
          ),
        ),
      2,
      '看起来是 Big5 编码',
    ],
  ])('%s: says so', async (_what, bytes, code, message) => {
    const r = await run(['import', write(`${_what.length}.txt`, (bytes as () => Uint8Array)())]);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });

  it('reads UTF-16 without a byte-order mark', async () => {
    const f = write('utf16.txt', new Uint8Array(Buffer.from(text, 'utf16le')));
    const r = await run(['import', f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('部门预算｜长沙市人民政府驻北京联络处｜2023年');
  });

  it.each([
    [[], 64, '用法： yusuan'],
    [['import', '--bogus', 'x'], 64, 'yusuan: 未知选项：--bogus（用法见 yusuan --help）\n'],
    [['import', '--jsn', 'x'], 64, 'yusuan: 未知选项：--jsn（是否想用 --json？）（用法见 yusuan --help）\n'],
    [['frobnicate'], 64, 'yusuan: 未知命令：frobnicate（用法见 yusuan --help）\n'],
    [['check'], 64, 'yusuan: 缺少参数：files（用法见 yusuan --help）\n'],
    [['import', 'x', '--jobs', 'many'], 64, 'yusuan: --jobs 应为不小于 1 的整数，而不是“many”\n'],
  ])('usage %j: exit %i, one Chinese line', async (args, code, message) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.stderr.startsWith(message) || r.stderr.includes(message)).toBe(true);
    expect(r.stderr).not.toMatch(/error:|\n\s+at /);
  });
});
