// `import` and `check` over many files: folder arguments expanded (recursively, stable order), the
// files spread over worker threads, and each file's output written in input order as soon as it is
// ready, waiting for stdout when it is slow, so memory stays flat whatever the number of files.
// One file with --json prints the JSON document as before; more than one print JSON Lines. `inspect`
// and `publish` run their one file through the same workers, under the same limits.
import { mapOrdered, nodeFiles, YusuanError } from '../app/index.js';
import type { ErrorCode } from '../app/index.js';
import { failedOutput, runFileTask } from './file-task.js';
import type { FileOutput, FileTask } from './file-task.js';
import type { SeverityCounts } from './format/check-report.js';
import type { InputLimits } from './limits.js';
import { EXIT, exitCodeFor, OutputClosed, printError, writeOut } from './output.js';
import { Progress } from './progress.js';
import type { PublishTask } from './publish-task.js';

/** What a worker thread is given: one file of import, check or inspect, or one publish. */
export type WorkerInput = { task: FileTask; file: string } | { publish: PublishTask };

/** Workers run the compiled worker module; from TypeScript sources (tests) the work runs here. */
const WORKER_URL = new URL('./worker.js', import.meta.url);
const COMPILED = !import.meta.url.endsWith('.ts');

export interface BatchSummary {
  files: number;
  failed: { file: string; code: ErrorCode }[];
  counts: SeverityCounts;
}

/** Every file of the arguments, folders expanded; a folder with no file in it is a usage mistake. */
export async function expandArguments(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const before = files.length;
    for await (const f of nodeFiles.expand([arg])) files.push(f);
    if (files.length === before)
      throw new YusuanError('is-directory', `目录中没有文件：${arg}`, { file: arg });
  }
  return files;
}

const limitMessages: Record<
  'time-limit' | 'memory-limit' | 'crash',
  (file: string, d: string) => [ErrorCode, string]
> = {
  'time-limit': (file, d) => [
    'time-limit',
    `处理超过时间上限（${d}），已中止：${file}（可用 --time-limit 调整）`,
  ],
  'memory-limit': (file) => [
    'too-large',
    `处理所需内存超过上限，已中止：${file}（可用 YUSUAN_MAX_MEMORY 调整，单位 MB）`,
  ],
  crash: (file, d) => ['internal', `内部错误：处理线程意外退出（${d}）：${file}（请报告此问题）`],
};

/**
 * One input through a worker thread under the limits (time, heap): the output, or `failed`'s when the
 * worker ran out of time or memory or died. From TypeScript sources (tests) `local` runs here instead.
 */
export async function runGuarded<O>(
  input: WorkerInput,
  file: string,
  limits: InputLimits,
  local: () => Promise<O>,
  failed: (code: ErrorCode, message: string) => O,
): Promise<O> {
  if (!COMPILED) return local();
  const got: { out?: O } = {};
  await mapOrdered<WorkerInput, O>(
    [input],
    {
      workerUrl: WORKER_URL,
      jobs: 1,
      timeoutMs: limits.timeLimitMs,
      maxMemoryMb: limits.maxMemoryMb,
      failure: (_input, reason, detail) => failed(...limitMessages[reason](file, detail)),
    },
    (o) => {
      got.out = o;
      return Promise.resolve();
    },
  );
  if (got.out === undefined) throw new YusuanError('internal', `内部错误：处理线程没有返回结果：${file}`);
  return got.out;
}

export async function runBatch(
  task: Omit<FileTask, 'output' | 'maxBytes'> & { json: boolean },
  files: readonly string[],
  limits: InputLimits,
  after?: (summary: BatchSummary) => Promise<void>,
): Promise<number> {
  const output: FileTask['output'] = task.json ? (files.length === 1 ? 'json' : 'jsonl') : 'human';
  const fileTask: FileTask = { ...task, output, maxBytes: limits.maxBytes };
  const progress = new Progress(files.length);
  const summary: BatchSummary = {
    files: files.length,
    failed: [],
    counts: { error: 0, warning: 0, info: 0 },
  };
  const emit = async (o: FileOutput) => {
    if (o.error) {
      printError(o.error.message);
      summary.failed.push({ file: o.file, code: o.error.code });
    }
    for (const s of ['error', 'warning', 'info'] as const) summary.counts[s] += o.counts[s];
    await writeOut(o.stdout);
    progress.tick(o.file);
  };
  try {
    if (COMPILED) {
      await mapOrdered<WorkerInput, FileOutput>(
        files.map((file) => ({ task: fileTask, file })),
        {
          workerUrl: WORKER_URL,
          jobs: limits.jobs,
          timeoutMs: limits.timeLimitMs,
          maxMemoryMb: limits.maxMemoryMb,
          failure: (input, reason, detail) => {
            const file = 'file' in input ? input.file : input.publish.file;
            const [code, message] = limitMessages[reason](file, detail);
            return failedOutput(fileTask, file, code, message);
          },
        },
        emit,
      );
    } else {
      for (const file of files) await emit(await runFileTask(fileTask, file));
    }
    await after?.(summary);
  } catch (e) {
    if (e instanceof OutputClosed) return EXIT.ok;
    throw e;
  }
  const first = summary.failed[0];
  if (first) return exitCodeFor(first.code);
  return task.command === 'check' && summary.counts.error > 0 ? EXIT.findings : EXIT.ok;
}
