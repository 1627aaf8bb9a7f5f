// The PDF import benchmark of issue 11 (not a test): pages/s and ms per document of yusuan's PDF
// import (importBytes: pdfjs text and rules, tables rebuilt, the document model read) on each PDF of
// ../shared/corpus-shanghai, on one core, side by side in one run with `pdftotext -layout` (poppler,
// the floor: text only, no tables) and pdfminer (Debian's python3-pdfminer, the engine under the
// pdfplumber that GovBudgetChecker uses): its extract_text (layout analysis, LAParams) and its page
// interpretation without layout analysis (what pdfplumber builds its tables on).
// Goal: a 30-page budget PDF in under 1 s, and 5× pdfminer or more.
// Prints figures; never fails on a slow machine. `npm run bench:pdf-import` (builds dist/ first).
//   --repeat N (timed runs per file after one warm-up, default 5)   --files a.pdf,b.pdf
//   --python PATH (the Python with pdfminer, default /usr/bin/python3, Debian's)
// Times are the median of the runs: wall-clock and the CPU time of the process (steadier when the
// machine is shared). yusuan and pdfminer are timed inside their processes (no start-up); pdftotext
// is a process per run, timed whole (its CPU time from GNU time), so its figure includes its start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const repeat = Number(arg('repeat', '5'));
const python = arg('python', '/usr/bin/python3');
const corpusDir =
  process.env.YUSUAN_CORPUS_SHANGHAI ??
  [resolve(root, '../shared/corpus-shanghai'), resolve(root, '../../shared/corpus-shanghai')].find((d) =>
    existsSync(d),
  );
const given = arg('files', null);
const files = given
  ? given.split(',').map((f) => resolve(f))
  : readdirSync(corpusDir)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
      .map((f) => join(corpusDir, f));

const dist = (p) => import(resolve(root, 'dist', p));
const { importBytes } = await dist('importers/index.js');
const { readPdfData } = await dist('platform/pdf-data.js');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** yusuan: importBytes on the file's bytes, in this process, after one warm-up run. */
async function yusuan(file) {
  const bytes = new Uint8Array(readFileSync(file));
  const once = async () => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const r = await importBytes(bytes, { fileName: basename(file), ports: { pdfData: readPdfData } });
    const wall = performance.now() - start;
    const c = process.cpuUsage(cpu);
    if (!r.ok) throw new Error(`${file}: ${r.error.code} ${r.error.message}`);
    return { wall, cpu: (c.user + c.system) / 1000, pages: r.document.source?.pageCount ?? NaN };
  };
  const first = await once(); // pdfjs loaded, JIT warmed: the cold figure
  const runs = [];
  for (let i = 0; i < repeat; i++) runs.push(await once());
  return {
    pages: first.pages,
    cold: first.wall,
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
  };
}

/** pdftotext -layout FILE -: one process per run (as a user runs it), wall and CPU (GNU time). */
function pdftotext(file) {
  const has = spawnSync('pdftotext', ['-v']);
  if (has.error) return { missing: 'pdftotext not installed (Debian: poppler-utils)' };
  const once = () => {
    const start = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '@@cpu %U %S', 'pdftotext', '-layout', file, '-'], {
      maxBuffer: 1 << 28,
    });
    const wall = performance.now() - start;
    const m = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr.toString());
    return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
  };
  once();
  const runs = Array.from({ length: repeat }, once);
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

// pdfminer in one Python process per file: import cost excluded, one warm-up, then `repeat` runs of
// each mode; prints one JSON line per mode with the medians.
const PDFMINER = `
import json, sys, time, statistics, io
from pdfminer.high_level import extract_text
from pdfminer.layout import LAParams
from pdfminer.pdfinterp import PDFResourceManager, PDFPageInterpreter
from pdfminer.converter import PDFPageAggregator
from pdfminer.pdfpage import PDFPage
path, repeat = sys.argv[1], int(sys.argv[2])
def text():
    return extract_text(path, laparams=LAParams())
def chars():
    # pdfplumber's page parsing: every page interpreted into objects, no layout analysis
    n = 0
    with open(path, 'rb') as f:
        rm = PDFResourceManager()
        dev = PDFPageAggregator(rm, laparams=None)
        it = PDFPageInterpreter(rm, dev)
        for page in PDFPage.get_pages(f):
            it.process_page(page)
            n += len(dev.get_result()._objs)
    return n
for name, fn in (('extract_text', text), ('pages', chars)):
    fn()
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - w) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    print(json.dumps({'mode': name, 'wall': statistics.median(walls), 'cpu': statistics.median(cpus)}))
`;

function pdfminer(file) {
  const r = spawnSync(python, ['-c', PDFMINER, file, String(repeat)], { maxBuffer: 1 << 26 });
  if (r.error || r.status !== 0) {
    const why = r.error?.message ?? r.stderr.toString().trim().split('\n').slice(-1)[0];
    return { missing: `pdfminer failed (${why}); Debian: apt-get install python3-pdfminer` };
  }
  const out = {};
  for (const l of r.stdout.toString().trim().split('\n')) {
    const j = JSON.parse(l);
    out[j.mode] = j;
  }
  return out;
}

const fmt = (ms, pages) =>
  Number.isFinite(ms) ? `${ms.toFixed(0)} ms · ${((pages * 1000) / ms).toFixed(0)} p/s` : 'n/a';
/** The lower of wall and CPU time: the cost of the work itself on a shared machine. */
const best = (r) => Math.min(r.wall, Number.isFinite(r.cpu) ? r.cpu : Infinity);

console.log(
  `PDF import benchmark: ${files.length} PDFs from ${corpusDir ?? '(given files)'}, ${repeat} runs each`,
);
console.log(`node ${process.version}, one thread; times are medians, min(wall, CPU); p/s = pages per second`);
console.log(
  '| file | pages | yusuan (cold) | yusuan | pdftotext -layout | pdfminer extract_text | pdfminer pages | vs pdfminer |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
const sums = { pages: 0, y: 0, t: 0, m: 0, p: 0 };
for (const file of files) {
  const y = await yusuan(file);
  const t = pdftotext(file);
  const m = pdfminer(file);
  const tm = t.missing ? NaN : best(t);
  const mt = m.missing ? NaN : best(m.extract_text);
  const mp = m.missing ? NaN : best(m.pages);
  sums.pages += y.pages;
  sums.y += best(y);
  sums.t += tm;
  sums.m += mt;
  sums.p += mp;
  console.log(
    `| ${basename(file)} | ${y.pages} | ${y.cold.toFixed(0)} ms | ${fmt(best(y), y.pages)} | ${fmt(tm, y.pages)} | ${fmt(mt, y.pages)} | ${fmt(mp, y.pages)} | ${(mt / best(y)).toFixed(1)}× |`,
  );
  if (t.missing) console.log(`  ${t.missing}`);
  if (m.missing) console.log(`  ${m.missing}`);
}
console.log(
  `| all | ${sums.pages} | | ${fmt(sums.y, sums.pages)} | ${fmt(sums.t, sums.pages)} | ${fmt(sums.m, sums.pages)} | ${fmt(sums.p, sums.pages)} | ${(sums.m / sums.y).toFixed(1)}× |`,
);
const per30 = (sums.y / sums.pages) * 30;
console.log(
  `yusuan: a 30-page budget PDF in ${per30.toFixed(0)} ms (goal < 1000 ms); ${(sums.m / sums.y).toFixed(1)}× pdfminer's extract_text, ${(sums.p / sums.y).toFixed(1)}× its page parsing (goal ≥ 5×); pdftotext ${(sums.y / sums.t).toFixed(1)}× faster than yusuan`,
);
