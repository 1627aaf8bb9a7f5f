// Benchmark (not a test): PDF rendering of demo department budgets through Chromium. Cold: a browser
// started and closed for each document (htmlToPdf, what `publish --format pdf` did before). Steady: one
// persistent browser, a new page per document (persistentPrinter), after a first print that starts it;
// sequential and with 2 pages at once. Prints ms per document; the goal is < 500 ms steady.
// `npm run bench:pdf [-- --docs N]` (default 12 steady documents, 3 cold).
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { readFileSync, readdirSync } from 'node:fs';

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

/**
 * CPU milliseconds used so far by this process and its descendants (the browser, its renderers,
 * counting exited children that a live ancestor has reaped), from /proc; null off Linux. On a shared
 * machine the CPU per document says more than the wall clock.
 */
function treeCpuMs() {
  try {
    const stats = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map((d) => {
        try {
          const s = readFileSync(`/proc/${d}/stat`, 'utf8');
          const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
          return {
            pid: Number(d),
            ppid: Number(f[1]),
            ticks: [11, 12, 13, 14].reduce((a, i) => a + Number(f[i]), 0),
          };
        } catch {
          return null;
        }
      })
      .filter(Boolean);
    const mine = new Set([process.pid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const p of stats)
        if (!mine.has(p.pid) && mine.has(p.ppid)) {
          mine.add(p.pid);
          grew = true;
        }
    }
    return (stats.filter((p) => mine.has(p.pid)).reduce((a, p) => a + p.ticks, 0) * 1000) / 100;
  } catch {
    return null;
  }
}
const cpuText = (start, n) => {
  const now = treeCpuMs();
  return now === null || start === null ? '' : `, CPU ${((now - start) / n).toFixed(0)} ms/document`;
};

const f = (x) => x.toFixed(0).padStart(6);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

let t = performance.now();
let cpu = treeCpuMs();
let bytes = 0;
for (const html of pages.slice(0, coldDocs)) bytes += (await htmlToPdf(html)).length;
const cold = (performance.now() - t) / coldDocs;
console.log(
  `cold   (browser per document)      ${f(cold)} ms/document  (${coldDocs} documents, ${kb(bytes / coldDocs)} each${cpuText(cpu, coldDocs)})`,
);

console.log(
  `load average ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${(await import('node:os')).cpus().length} cores`,
);
const printer = persistentPrinter({ concurrency: 1 });
try {
  t = performance.now();
  await printer.print(pages[0]);
  console.log(`first print, starting the browser  ${f(performance.now() - t)} ms`);
  t = performance.now();
  cpu = treeCpuMs();
  for (const html of pages.slice(0, steadyDocs)) await printer.print(html);
  const seq = (performance.now() - t) / steadyDocs;
  console.log(
    `steady (one browser, sequential)   ${f(seq)} ms/document  (${steadyDocs} documents${cpuText(cpu, steadyDocs)})`,
  );
} finally {
  await printer.close();
}

const pair = persistentPrinter({ concurrency: 2 });
try {
  await pair.print(pages[0]);
  t = performance.now();
  cpu = treeCpuMs();
  await Promise.all(pages.slice(0, steadyDocs).map((html) => pair.print(html)));
  const par = (performance.now() - t) / steadyDocs;
  console.log(
    `steady (one browser, 2 pages)      ${f(par)} ms/document  (${steadyDocs} documents, launches ${pair.launches}${cpuText(cpu, steadyDocs)})`,
  );
} finally {
  await pair.close();
}
