// The fuzzer's worker thread: makes input `index` of `seed` and runs it through the pipeline.
import { parentPort } from 'node:worker_threads';
import { fuzzOne, loadFuzzBase } from './harness.js';
import type { FuzzBase } from './inputs.js';

let base: Promise<FuzzBase> | null = null;

parentPort?.on('message', (job: { index: number; input: { seed: number; index: number } }) => {
  base ??= loadFuzzBase();
  void base
    .then((b) => fuzzOne(b, job.input.seed, job.input.index))
    .then((output) => parentPort?.postMessage({ index: job.index, output }));
});
