// The worker thread of `import` and `check` on many files: it runs one file's task per message and
// answers with the text to print. Started by cli/batch.ts through the ordered pool.
import { parentPort } from 'node:worker_threads';
import { toErrorInfo } from '../app/index.js';
import { failedOutput, runFileTask } from './file-task.js';
import type { FileTask } from './file-task.js';

interface Job {
  index: number;
  input: { task: FileTask; file: string };
}

parentPort?.on('message', (job: Job) => {
  const { task, file } = job.input;
  runFileTask(task, file).then(
    (output) => parentPort?.postMessage({ index: job.index, output }),
    (e: unknown) => {
      const info = toErrorInfo(e);
      parentPort?.postMessage({
        index: job.index,
        output: failedOutput(task, file, info.code, info.message),
      });
    },
  );
});
parentPort?.postMessage({ ready: true });
