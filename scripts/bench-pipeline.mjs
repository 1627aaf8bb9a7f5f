// The pipeline benchmark of issue 7 (not a test): documents/s and MB/s of `yusuan import --json` and
// `yusuan check --json` on 1, 100, 1,000 and 20,000 corpus-sized files, on 1 and 2 threads, with the
// peak memory of the process (GNU time's maximum resident set size), side by side with a plain
// read-split-parse baseline of the same files in one process (and the ratio baseline / yusuan).
// Prints figures; never fails on a slow machine. Run with `npm run bench:pipeline` (builds dist/ first).
//   --sizes 1,100,1000,20000   --threads 1,2   --commands import,check   --timeout 600 (s per run)
//   --bin PATH (the yusuan entry to measure, default bin/yusuan.js)   --files (pass file paths, not the folder)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir =
  process.env.YUSUAN_CORPUS ??
  [resolve(root, '../shared/corpus'), resolve(root, '../../shared/corpus')].find((d) => existsSync(d));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1,100,1000,20000').split(',').map(Number);
const threads = arg('threads', '1,2').split(',').map(Number);
const commands = arg('commands', 'import,check').split(',');
const timeoutS = Number(arg('timeout', '600'));
const bin = resolve(arg('bin', join(root, 'bin/yusuan.js')));
const passFiles = process.argv.includes('--files');
const supportsJobs = spawnSync(process.execPath, [bin, 'import', '--help'])
  .stdout.toString()
  .includes('--jobs');

const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(corpusDir, f));

/** A folder of n files: the corpus documents in turn, hard-linked (no copies of 1 GB on disk). */
function folderOf(n) {
  const dir = join(tmpdir(), 'yusuan-bench', String(n));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const name = join(dir, `${String(i).padStart(5, '0')}.txt`);
    if (!existsSync(name)) linkSync(corpus[i % corpus.length], name);
  }
  const files = readdirSync(dir).sort().slice(0, n);
  const bytes = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  return { dir, files, bytes };
}

/** The plain baseline: read each file, decode UTF-8, split lines and tab cells, parse the numbers. */
function baseline({ dir, files, bytes }) {
  const decoder = new TextDecoder('utf-8');
  const start = performance.now();
  let numbers = 0;
  for (const f of files) {
    const text = decoder.decode(readFileSync(join(dir, f)));
    for (const line of text.split('\n')) {
      for (const cell of line.split('\t')) {
        const v = Number(cell.replace(/,/g, ''));
        if (cell !== '' && !Number.isNaN(v)) numbers++;
      }
    }
  }
  const s = (performance.now() - start) / 1000;
  return { docsPerS: files.length / s, mbPerS: bytes / 1e6 / s, numbers };
}

function run(command, set, jobs) {
  const args = [bin, command, '--json'];
  if (supportsJobs) args.push('--jobs', String(jobs));
  if (passFiles || !supportsJobs) args.push(...set.files);
  else args.push('.');
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '@@peak %M', process.execPath, ...args], {
      cwd: set.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let outBytes = 0;
    let err = '';
    child.stdout.on('data', (b) => (outBytes += b.length));
    child.stderr.on('data', (b) => (err += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const s = (performance.now() - start) / 1000;
      const peak = /@@peak (\d+)/.exec(err);
      const failed =
        signal !== null ||
        code === null ||
        code >= 64 ||
        /Command exited with non-zero status (?!1\n)/.test(err);
      const reason = err
        .split('\n')
        .filter((l) => l && !l.startsWith('@@peak') && !l.startsWith('Command '))
        .slice(-1)[0];
      done({ s, peakMb: peak ? Number(peak[1]) / 1024 : NaN, code, signal, failed, reason, outBytes });
    });
  });
}

console.log(`yusuan pipeline benchmark: ${bin}${supportsJobs ? '' : ' (no --jobs: one thread only)'}`);
console.log(`corpus: ${corpus.length} documents from ${corpusDir}; node ${process.version}`);
console.log(
  '| command | files | threads | docs/s | MB/s | peak MB | baseline docs/s | baseline MB/s | ratio | output MB |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of sizes) {
  const set = folderOf(n);
  baseline(set); // warm the page cache and the JIT of the baseline
  const base = baseline(set);
  for (const command of commands) {
    for (const jobs of threads) {
      if (jobs > 1 && !supportsJobs) {
        console.log(`| ${command} | ${n} | ${jobs} | n/a (no --jobs) | | | | | | |`);
        continue;
      }
      const r = await run(command, set, jobs);
      const mb = set.bytes / 1e6;
      const cells = r.failed
        ? `failed after ${r.s.toFixed(1)} s (${r.signal ?? `exit ${r.code}`}: ${r.reason ?? ''}) | | ${r.peakMb.toFixed(0)}`
        : `${(n / r.s).toFixed(0)} | ${(mb / r.s).toFixed(2)} | ${r.peakMb.toFixed(0)}`;
      const ratio = r.failed ? '' : (base.docsPerS / (n / r.s)).toFixed(1);
      console.log(
        `| ${command} | ${n} | ${jobs} | ${cells} | ${base.docsPerS.toFixed(0)} | ${base.mbPerS.toFixed(1)} | ${ratio} | ${(r.outBytes / 1e6).toFixed(1)} |`,
      );
    }
  }
}
