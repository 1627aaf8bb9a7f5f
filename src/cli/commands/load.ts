// `yusuan load DIR|FILE… --region CODE`: imports, reviews and stores many files (folders recursively,
// in name order), with a progress bar on a terminal and one report line per file on stdout: loaded,
// duplicate (the same bytes are stored already) or refused with the importer's code and reason.
// Exit 0 when nothing was refused, 2 otherwise.
import type { Command } from 'commander';
import {
  DEFAULT_MAX_UPLOAD,
  importIntoStore,
  nodeFiles,
  refreshStatistics,
  SYSTEM_ACTOR,
  toErrorInfo,
  YusuanError,
} from '../../app/index.js';
import { EXIT, guarded, writeOut } from '../output.js';
import { parseSize } from '../limits.js';
import { Progress } from '../progress.js';
import { addStoreOption, withStore } from '../store-options.js';
import type { StoreFlags } from '../store-options.js';

interface LoadFlags extends StoreFlags {
  region: string;
  maxSize?: string;
}

export function registerLoad(program: Command): void {
  addStoreOption(
    program
      .command('load')
      .description('把文件批量导入数据库（导入、审核、入库），逐个报告：已导入、重复或拒绝及原因')
      .argument('<paths...>', '文件或文件夹（文件夹内的文件按名称顺序递归处理）')
      .requiredOption('--region <code>', '行政区划代码（6 位；不存在时新建）')
      .option('--max-size <size>', '单个文件的大小上限（默认 20MB）'),
  ).action(
    guarded(async (paths: string[], flags: LoadFlags) => {
      if (!/^\d{6}$/.test(flags.region))
        throw new YusuanError('usage', `--region 应为 6 位行政区划代码：${flags.region}`);
      const maxBytes = flags.maxSize === undefined ? DEFAULT_MAX_UPLOAD : parseSize(flags.maxSize);
      if (maxBytes === null) throw new YusuanError('usage', `--max-size 无效：${flags.maxSize ?? ''}`);
      const files: string[] = [];
      for await (const f of nodeFiles.expand(paths)) files.push(f);
      const counts = { loaded: 0, duplicate: 0, refused: 0 };
      const started = Date.now();
      await withStore(flags, async (store) => {
        const progress = new Progress(files.length);
        for (const file of files) {
          let line: string;
          try {
            const bytes = await nodeFiles.read(file, { maxBytes });
            const r = await importIntoStore(store, {
              fileName: file,
              bytes,
              region: flags.region,
              actor: SYSTEM_ACTOR,
              maxBytes,
            });
            if (r.created) counts.loaded++;
            else counts.duplicate++;
            line = `${r.created ? '已导入' : '重复'}\t${file}\t${r.id}`;
          } catch (e) {
            const info = toErrorInfo(e);
            if (info.code === 'internal') throw e;
            counts.refused++;
            line = `拒绝\t${file}\t${info.code}\t${info.message}`;
          }
          await writeOut(line + '\n');
          progress.tick(file);
        }
        if (counts.loaded > 0) await refreshStatistics(store.db);
      });
      const seconds = (Date.now() - started) / 1000;
      process.stderr.write(
        `共 ${files.length} 个文件：已导入 ${counts.loaded}，重复 ${counts.duplicate}，拒绝 ${counts.refused}` +
          `（${seconds.toFixed(1)} 秒，${(files.length / Math.max(seconds, 0.001)).toFixed(1)} 个/秒）\n`,
      );
      process.exitCode = counts.refused ? EXIT.input : EXIT.ok;
    }),
  );
}
