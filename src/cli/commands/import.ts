// `yusuan import FILE|DIR… [--json] [--jobs N]`: imports documents; prints a line per file, or the
// full model as JSON (one file: {"schemaVersion","documents","errors"}; more: JSON Lines, one
// {"schemaVersion","file","document"|"error"} per line; docs/cli-output.md).
import type { Command } from 'commander';
import { runBatch, expandArguments } from '../batch.js';
import { addBatchOptions, readLimits } from '../limits.js';
import type { LimitFlags } from '../limits.js';
import { guarded } from '../output.js';

export function registerImport(program: Command): void {
  addBatchOptions(
    program
      .command('import')
      .description('导入预算公开文件（部门预算、重点项目绩效目标、绩效目标申报表；文本、XLSX、PDF）')
      .argument('<files...>', '文件或文件夹（文件夹内的文件按名称顺序递归处理）')
      .option('--json', '以 JSON 输出完整模型（见 docs/model.md；多个文件时每行一个 JSON 文档）'),
  ).action(
    guarded(async (args: string[], opts: LimitFlags & { json?: boolean }) => {
      const limits = readLimits(opts);
      const files = await expandArguments(args);
      const task = {
        command: 'import' as const,
        json: Boolean(opts.json),
        colour: false,
        minSeverity: 'info' as const,
      };
      process.exitCode = await runBatch(task, files, limits);
    }),
  );
}
