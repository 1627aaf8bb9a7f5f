// `yusuan inspect FILE [--summary]`: a document's summary (kind, units, totals, tables, projects with
// indicator counts and weight sums), as lines or (--summary) one JSON object; amounts in 万元 with two
// decimals. The file is read under the same limits as import's (--max-size, --time-limit).

import type { Command } from 'commander';
import { runBatch } from '../batch.js';
import { addFileOptions, readLimits } from '../limits.js';
import type { LimitFlags } from '../limits.js';
import { guarded } from '../output.js';

export function registerInspect(program: Command): void {
  addFileOptions(
    program
      .command('inspect')
      .description('查看文档概要')
      .argument('<file>', '文件（文本、XLSX、PDF）')
      .option('--summary', '以 JSON 对象输出概要'),
  ).action(
    guarded(async (file: string, opts: LimitFlags & { summary?: boolean }) => {
      const limits = { ...readLimits(opts), jobs: 1 };
      const task = {
        command: 'inspect' as const,
        json: Boolean(opts.summary),
        colour: false,
        minSeverity: 'info' as const,
      };
      process.exitCode = await runBatch(task, [file], limits);
    }),
  );
}
