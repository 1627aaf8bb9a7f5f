// The fuzzing campaign: `count` inputs of `seed` over worker threads, each with a time limit and a
// memory limit (the same ordered pool the CLI uses), tallied by generator and outcome. Findings are
// every outcome but a document or a coded refusal; each names its index so it can be made again.
import { mapOrdered } from '../../platform/worker-pool.js';
import type { FuzzOutcome } from './harness.js';

export interface FuzzOptions {
  count: number;
  /** Review one good document in this many (1: all). */
  reviewEvery?: number;
  /** Called with each finding as it is found. */
  onFinding?: (f: FuzzOutcome) => void;
  /** The first input's index (a campaign can be split over processes). */
  from?: number;
  seed: number;
  jobs: number;
  timeoutMs: number;
  maxMemoryMb: number;
  onProgress?: (done: number, findings: number) => void;
}

export interface FuzzReport {
  count: number;
  from: number;
  seed: number;
  seconds: number;
  byKind: Record<string, Record<string, number>>;
  byCode: Record<string, number>;
  findings: FuzzOutcome[];
  slowest: FuzzOutcome[];
}

export async function runFuzz(o: FuzzOptions): Promise<FuzzReport> {
  const start = performance.now();
  const report: FuzzReport = {
    count: o.count,
    from: o.from ?? 0,
    seed: o.seed,
    seconds: 0,
    byKind: {},
    byCode: {},
    findings: [],
    slowest: [],
  };
  const inputs = Array.from({ length: o.count }, (_, i) => ({
    seed: o.seed,
    index: (o.from ?? 0) + i,
    reviewEvery: o.reviewEvery ?? 1,
  }));
  let done = 0;
  await mapOrdered<{ seed: number; index: number; reviewEvery: number }, FuzzOutcome>(
    inputs,
    {
      workerUrl: new URL('./worker.js', import.meta.url),
      jobs: o.jobs,
      timeoutMs: o.timeoutMs,
      maxMemoryMb: o.maxMemoryMb,
      window: o.jobs * 64,
      failure: (input, reason, detail) => ({
        index: input.index,
        kind: '?',
        bytes: 0,
        ms: reason === 'time-limit' ? o.timeoutMs : 0,
        outcome: reason === 'crash' ? 'crash' : reason,
        detail,
      }),
    },
    (r) => {
      const k = (report.byKind[r.kind] ??= {});
      k[r.outcome] = (k[r.outcome] ?? 0) + 1;
      if (r.code) report.byCode[r.code] = (report.byCode[r.code] ?? 0) + 1;
      if (r.outcome !== 'document' && r.outcome !== 'refused') {
        report.findings.push(r);
        o.onFinding?.(r);
      }
      report.slowest.push(r);
      report.slowest.sort((a, b) => b.ms - a.ms);
      report.slowest.length = Math.min(report.slowest.length, 10);
      done++;
      if (done % 1000 === 0) o.onProgress?.(done, report.findings.length);
      return Promise.resolve();
    },
  );
  report.seconds = Math.round((performance.now() - start) / 100) / 10;
  return report;
}
