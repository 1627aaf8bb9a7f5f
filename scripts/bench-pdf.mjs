// Benchmark (not a test): PDF rendering of demo department budgets through Chromium. Cold: a browser
// started and closed for each document (htmlToPdf, what `publish --format pdf` did before). Steady: one
// persistent browser, a new page per document (persistentPrinter), after a first print that starts it;
// sequential and with 2 pages at once. Prints ms per document; the goal is < 500 ms steady.
// `npm run bench:pdf [-- --docs N]` (default 12 steady documents, 3 cold).
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(resolve(root, 'dist', p));
const { demoDocument } = await dist('demo/index.js');
const { renderHtml } = await dist('publishers/html/index.js');
const { htmlToPdf, persistentPrinter } = await dist('platform/chromium-pdf.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const steadyDocs = arg('--docs', 12);
const coldDocs = arg('--cold', 3);

const pages = [];
for (let i = 0; pages.length < Math.max(steadyDocs, coldDocs); i++)
  pages.push(renderHtml(demoDocument(i % 40, 2025, { defects: false })));

const f = (x) => x.toFixed(0).padStart(6);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

let t = performance.now();
let bytes = 0;
for (const html of pages.slice(0, coldDocs)) bytes += (await htmlToPdf(html)).length;
const cold = (performance.now() - t) / coldDocs;
console.log(
  `cold   (browser per document)      ${f(cold)} ms/document  (${coldDocs} documents, ${kb(bytes / coldDocs)} each)`,
);

const printer = persistentPrinter({ concurrency: 1 });
try {
  t = performance.now();
  await printer.print(pages[0]);
  console.log(`first print, starting the browser  ${f(performance.now() - t)} ms`);
  t = performance.now();
  for (const html of pages.slice(0, steadyDocs)) await printer.print(html);
  const seq = (performance.now() - t) / steadyDocs;
  console.log(`steady (one browser, sequential)   ${f(seq)} ms/document  (${steadyDocs} documents)`);
} finally {
  await printer.close();
}

const pair = persistentPrinter({ concurrency: 2 });
try {
  await pair.print(pages[0]);
  t = performance.now();
  await Promise.all(pages.slice(0, steadyDocs).map((html) => pair.print(html)));
  const par = (performance.now() - t) / steadyDocs;
  console.log(
    `steady (one browser, 2 pages)      ${f(par)} ms/document  (${steadyDocs} documents, launches ${pair.launches})`,
  );
} finally {
  await pair.close();
}
