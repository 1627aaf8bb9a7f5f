// The fuzzer's worker thread: sets up its base documents, says it is ready, then makes input `index`
// of `seed` for each message and runs it through the pipeline.
import { parentPort } from 'node:worker_threads';
import { fuzzOne, loadFuzzBase } from './harness.js';
import { absorbPdfjsStrayRejections } from '../../platform/stray-rejections.js';

absorbPdfjsStrayRejections();

interface Job {
  index: number;
  input: { seed: number; index: number; reviewEvery: number };
}

const base = await loadFuzzBase();

parentPort?.on('message', (job: Job) => {
  void fuzzOne(base, job.input.seed, job.input.index, job.input.reviewEvery).then((output) =>
    parentPort?.postMessage({ index: job.index, output }),
  );
});
parentPort?.postMessage({ ready: true });
