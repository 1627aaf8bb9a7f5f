// `yusuan worker [--data DIR] [--concurrency N]`: takes queued jobs (imports, PDF renders) from the store
// (DATABASE_URL, or the embedded database in DIR when no server holds it) and does them until SIGTERM
// or SIGINT, then finishes the running jobs and stops. One line per job on stdout. One browser per
// process, reused for every PDF. Several workers on several machines share one PostgreSQL.
import type { Command } from 'commander';
import {
  chromiumPrinter,
  closePrinter,
  jobQueue,
  openStore,
  storeLocation,
  YusuanError,
} from '../../app/index.js';
import { startWorkers } from '../../server/job-workers.js';
import { guarded, writeOut } from '../output.js';
import { addStoreOption } from '../store-options.js';
import type { StoreFlags } from '../store-options.js';

interface WorkerFlags extends StoreFlags {
  concurrency: string;
}

export function registerWorker(program: Command): void {
  addStoreOption(
    program
      .command('worker')
      .description('后台任务进程：执行排队的导入与 PDF 生成任务，直到收到 SIGTERM/SIGINT')
      .option('--concurrency <n>', '同时执行的任务数（每类）', '1'),
  ).action(
    guarded(async (flags: WorkerFlags) => {
      const concurrency = Number(flags.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
        throw new YusuanError('usage', `--concurrency 应为 1–64 的整数：${flags.concurrency}`);
      const store = await openStore(storeLocation(flags, process.env));
      const jobs = jobQueue(store);
      const stopped = new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      try {
        await startWorkers(store, jobs, {
          concurrency,
          printer: chromiumPrinter,
          onFinished: (job, outcome, ms) =>
            void writeOut(
              `${outcome.ok ? '完成' : '失败'}\t${job.kind}\t${job.id}\t${
                outcome.ok
                  ? JSON.stringify(outcome.result)
                  : `${outcome.error.code}\t${outcome.error.message}`
              }\t${Math.round(ms)}ms\n`,
            ),
        });
        process.stderr.write(`yusuan 工作进程已启动（数据：${store.where}；并发 ${concurrency}）\n`);
        await stopped;
        process.stderr.write('yusuan 工作进程正在停止：等待执行中的任务完成…\n');
      } finally {
        await jobs.stop();
        await closePrinter();
        await store.close();
      }
    }),
  );
}
