// `yusuan serve [--port 8080] [--data DIR] [--demo]`: the HTTP API (and the web app when built) on the
// embedded database in DIR or on PostgreSQL (DATABASE_URL). PORT and YUSUAN_DATA are read too.
import type { Command } from 'commander';
import {
  chromiumPrinter,
  closePrinter,
  jobQueue,
  openStore,
  storeLocation,
  YusuanError,
} from '../../app/index.js';
import { buildServer } from '../../server/app.js';
import { startWorkers } from '../../server/job-workers.js';
import { guarded } from '../output.js';
import { parseSize } from '../limits.js';
import { addStoreOption } from '../store-options.js';
import type { StoreFlags } from '../store-options.js';

interface ServeFlags extends StoreFlags {
  port?: string;
  host: string;
  demo?: boolean;
  maxUpload?: string;
  workers: string;
}

export function registerServe(program: Command): void {
  addStoreOption(
    program
      .command('serve')
      .description('启动 HTTP 服务（API、接口文档 /api/docs，以及已构建的网页）')
      .option('--port <port>', '端口（默认 PORT 或 8080）')
      .option('--host <host>', '监听地址', '127.0.0.1')
      .option('--demo', '数据库为空时载入示例市数据')
      .option('--max-upload <size>', '上传文件大小上限（默认 20MB 或 YUSUAN_MAX_UPLOAD）')
      .option(
        '--workers <n>',
        '本进程内执行后台任务（导入、PDF）的并发数；0：只排队，由 yusuan worker 执行',
        '1',
      ),
  ).action(
    guarded(async (flags: ServeFlags) => {
      const portText = flags.port ?? process.env['PORT'] ?? '8080';
      const port = Number(portText);
      if (!/^\d+$/.test(portText) || port > 65535)
        throw new YusuanError('usage', `端口应为 0–65535 的整数：${portText}`);
      const sizeText = flags.maxUpload ?? process.env['YUSUAN_MAX_UPLOAD'];
      const maxUploadBytes = sizeText === undefined ? undefined : parseSize(sizeText);
      if (maxUploadBytes === null) throw new YusuanError('usage', `上传大小上限无效：${sizeText ?? ''}`);
      const workers = Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 0 || workers > 64)
        throw new YusuanError('usage', `--workers 应为 0–64 的整数：${flags.workers}`);
      const store = await openStore(storeLocation(flags, process.env));
      if (flags.demo) {
        const { loadDemo } = await import('./serve-demo.js');
        await loadDemo(store);
      }
      const jobs = jobQueue(store);
      const { app } = await buildServer({ store, jobs, ...(maxUploadBytes ? { maxUploadBytes } : {}) });
      if (workers > 0)
        await startWorkers(store, jobs, {
          concurrency: workers,
          printer: chromiumPrinter,
          ...(maxUploadBytes ? { maxBytes: maxUploadBytes } : {}),
        });
      const address = await app.listen({ port, host: flags.host });
      process.stderr.write(
        `yusuan 服务已启动：${address}（接口文档 ${address}/api/docs；数据：${store.where}）\n`,
      );
      const stop = () => {
        void app
          .close()
          .then(() => jobs.stop())
          .then(() => closePrinter())
          .then(() => store.close())
          .then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }),
  );
}
