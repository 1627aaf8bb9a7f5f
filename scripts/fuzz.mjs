// The long fuzzing campaign (`npm run fuzz`, which compiles src/ with its test support into .dev-build/ first): 100,000 generated inputs by default
// through import, codec, summary and review on worker threads with a time and a memory limit.
// Prints the tally and every finding; writes artifacts/fuzz-report.json; exits 1 on any finding.
//   --count N   --from INDEX   --review-every K (review one good document in K)   --seed S   --jobs J   --time-limit SECONDS   --max-memory MB
// A finding is made again with: node scripts/fuzz.mjs --seed S --from INDEX --count 1 (see fuzzOne).
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `npm run fuzz [-- OPTIONS]: the long fuzzing campaign of issue 7 (the test suite runs a bounded one).

Generates inputs deterministically from a seed — byte, line and cell mutations of the corpus documents,
wrong encodings, truncations, huge and deeply repeated structures, broken workbook parts, damaged PDFs —
and runs each through import, the JSON codec, the summary and the review on worker threads, each input
under a time and a memory limit. A finding is a crash, an uncoded error, a hang past the time limit or a
worker past the memory limit. Prints the tally by generator and outcome and every finding, writes
artifacts/fuzz-report.json, and exits 1 if there was any finding (0 otherwise).

Options:
  --count N           inputs to run (default 100000: the long run)
  --from INDEX        start at this input index (default 0): split one campaign over processes or days
  --seed S            generator seed (default 7); the same seed and index give the same input
  --jobs J            worker threads (default: one per core)
  --time-limit S      seconds per input before it counts as a hang (default 20)
  --max-memory MB     heap of each worker in MB before it counts as a memory finding (default 1024)
  --review-every K    review one good document in K (default 1: every one; larger K runs faster)
  --help              this text

The long run (100,000 inputs), on a quiet machine (it takes every core):
  npm run fuzz
The same run in two halves (two processes, or one after the other):
  npm run fuzz -- --count 50000
  npm run fuzz -- --from 50000 --count 50000
Making a finding again (its index is printed with it):
  node scripts/fuzz.mjs --seed 7 --from INDEX --count 1
`;
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const { runFuzz } = await import(resolve(root, '.dev-build/test-support/fuzz/run.js'));
const options = {
  count: arg('count', 100_000),
  from: arg('from', 0),
  reviewEvery: arg('review-every', 1),
  onFinding: (f) =>
    process.stderr.write(`\nfinding #${f.index} ${f.kind} ${f.outcome}: ${f.detail ?? f.code ?? ''}\n`),
  seed: arg('seed', 7),
  jobs: arg('jobs', availableParallelism()),
  timeoutMs: arg('time-limit', 20) * 1000,
  maxMemoryMb: arg('max-memory', 1024),
  onProgress: (done, findings) => process.stderr.write(`\r${done} inputs, ${findings} findings`),
};
console.log(
  `fuzz: ${options.count} inputs, seed ${options.seed}, ${options.jobs} threads, limits ${options.timeoutMs / 1000} s and ${options.maxMemoryMb} MB per input`,
);
const report = await runFuzz(options);
process.stderr.write('\n');
console.log(
  `ran ${report.count} inputs in ${report.seconds} s (${(report.count / report.seconds).toFixed(0)} inputs/s)`,
);
console.log('by generator and outcome:');
for (const [kind, outcomes] of Object.entries(report.byKind).sort())
  console.log(
    `  ${kind.padEnd(14)} ${Object.entries(outcomes)
      .map(([o, n]) => `${o} ${n}`)
      .join(', ')}`,
  );
console.log('refusals by code:');
for (const [code, n] of Object.entries(report.byCode).sort((a, b) => b[1] - a[1]))
  console.log(`  ${code.padEnd(24)} ${n}`);
console.log('slowest inputs:');
for (const s of report.slowest)
  console.log(
    `  #${s.index} ${s.kind} ${s.bytes} bytes ${s.ms} ms ${s.outcome}${s.code ? ` ${s.code}` : ''}`,
  );
console.log(`findings: ${report.findings.length}`);
for (const f of report.findings.slice(0, 50))
  console.log(`  #${f.index} ${f.kind} ${f.outcome}: ${f.detail ?? f.code ?? ''}`);
mkdirSync(resolve(root, 'artifacts'), { recursive: true });
writeFileSync(
  resolve(root, `artifacts/fuzz-report-${options.seed}-${options.from}.json`),
  JSON.stringify(report, null, 2),
);
process.exitCode = report.findings.length ? 1 : 0;
