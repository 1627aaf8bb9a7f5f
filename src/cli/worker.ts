// The worker thread of `import` and `check` on many files, and of `inspect` and `publish` on one: it
// runs one task per message and answers with what to print or write. Started by cli/batch.ts through
// the ordered pool.
import { parentPort } from 'node:worker_threads';
import { absorbPdfjsStrayRejections, toErrorInfo } from '../app/index.js';
import { failedOutput, runFileTask } from './file-task.js';
import type { WorkerInput } from './batch.js';
import { runPublishTask } from './publish-task.js';

absorbPdfjsStrayRejections();

interface Job {
  index: number;
  input: WorkerInput;
}

function answer(index: number, output: unknown): void {
  parentPort?.postMessage({ index, output });
}

parentPort?.on('message', (job: Job) => {
  const input = job.input;
  if ('publish' in input) {
    runPublishTask(input.publish).then(
      (output) => answer(job.index, output),
      (e: unknown) => answer(job.index, { ok: false, reason: 'input', error: toErrorInfo(e) }),
    );
    return;
  }
  const { task, file } = input;
  runFileTask(task, file).then(
    (output) => answer(job.index, output),
    (e: unknown) => {
      const info = toErrorInfo(e);
      answer(job.index, failedOutput(task, file, info.code, info.message));
    },
  );
});
parentPort?.postMessage({ ready: true });
