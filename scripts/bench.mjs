// Benchmarks (not tests): documents per second for importing the corpus, review time for the largest
// document, and HTML rendering time. Prints figures; never fails on a slow machine.
// Run with `npm run bench` (builds dist/ first).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = process.env.YUSUAN_CORPUS ?? resolve(root, '../shared/corpus');
const { importDocument } = await import(resolve(root, 'dist/importers/index.js'));

const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, bytes: readFileSync(resolve(corpusDir, f)) }));

function time(fn, minMs = 1500) {
  // Warm up until the JIT has settled (about a second), then measure steady-state throughput.
  const warm = performance.now();
  while (performance.now() - warm < Math.min(1000, minMs)) fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    n++;
  }
  const ms = (performance.now() - start) / n;
  return { n, ms };
}

console.log(
  `corpus: ${files.length} documents, ${files.reduce((s, f) => s + f.bytes.length, 0)} bytes (${corpusDir})`,
);
let total = 0;
const whole = time(() => {
  for (const f of files) {
    const r = importDocument(f.bytes, { file: f.name });
    if (!r.ok) throw new Error(`${f.name}: ${r.error.code}`);
    total++;
  }
}, 3000);
console.log(
  `import, whole corpus repeated: ${(files.length / (whole.ms / 1000)).toFixed(0)} documents/s (${whole.ms.toFixed(2)} ms per pass of ${files.length})`,
);
for (const f of files) {
  const t = time(() => importDocument(f.bytes, { file: f.name }), 800);
  console.log(`  import ${f.name}: ${t.ms.toFixed(2)} ms`);
}

const largest = files
  .map((f) => ({ f, doc: importDocument(f.bytes, { file: f.name }) }))
  .filter((x) => x.doc.ok && x.doc.document.kind === 'department-budget')
  .sort((a, b) => b.f.bytes.length - a.f.bytes.length)[0];

try {
  const { review } = await import(resolve(root, 'dist/rules/engine.js'));
  const biggest = files.slice().sort((a, b) => b.bytes.length - a.bytes.length)[0];
  const doc = importDocument(biggest.bytes, { file: biggest.name });
  const t = time(() => review(doc.document), 1500);
  console.log(`review ${biggest.name} (largest file): ${t.ms.toFixed(2)} ms (goal < 20 ms)`);
  if (largest) {
    const t2 = time(() => review(largest.doc.document), 1500);
    console.log(`review ${largest.f.name} (largest department budget): ${t2.ms.toFixed(2)} ms`);
  }
} catch (e) {
  console.log(`review: not available (${e.message})`);
}

try {
  const { renderHtml } = await import(resolve(root, 'dist/publishers/html/index.js'));
  if (largest) {
    const t = time(() => renderHtml(largest.doc.document), 1500);
    console.log(`render HTML ${largest.f.name}: ${t.ms.toFixed(2)} ms (goal < 50 ms)`);
  }
} catch (e) {
  console.log(`render HTML: not available (${e.message})`);
}
