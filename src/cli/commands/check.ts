// `yusuan check FILE|DIR… [--json] [--min-severity warning] [--jobs N]`: reviews documents with the
// rule catalogue. Human output groups findings by table or project, quotes the source lines, and ends
// with counts per severity (only when a document was reviewed); --json prints
// {"documents":[{"file","kind","findings":[…]}]} for one file and JSON Lines for more (docs/cli-output.md).
// Exit code 0 without error-level findings, 1 with them, 2 when an input could not be read (the
// others are still checked).
import type { Command } from 'commander';
import { isSeverity, YusuanError } from '../../app/index.js';
import { runBatch, expandArguments } from '../batch.js';
import { colour, formatCounts, plain } from '../format/check-report.js';
import { addBatchOptions, readLimits } from '../limits.js';
import type { LimitFlags } from '../limits.js';
import { guarded, writeOut } from '../output.js';

export function registerCheck(program: Command): void {
  addBatchOptions(
    program
      .command('check')
      .description('按审核规则检查文档，列出问题（所在行、发现值、期望值、差额）')
      .argument('<files...>', '文件或文件夹（文件夹内的文件按名称顺序递归处理）')
      .option('--json', '以 JSON 输出审核发现（多个文件时每行一个 JSON 文档）')
      .option('--min-severity <severity>', '只列出不低于该级别的发现：error、warning、info', 'info'),
  ).action(
    guarded(async (args: string[], opts: LimitFlags & { json?: boolean; minSeverity: string }) => {
      if (!isSeverity(opts.minSeverity))
        throw new YusuanError(
          'usage',
          `--min-severity 应为 error、warning 或 info，而不是“${opts.minSeverity}”`,
        );
      const limits = readLimits(opts);
      const files = await expandArguments(args);
      const style = process.stdout.isTTY ? colour : plain;
      const task = {
        command: 'check' as const,
        json: Boolean(opts.json),
        colour: style === colour,
        minSeverity: opts.minSeverity,
      };
      process.exitCode = await runBatch(task, files, limits, async (s) => {
        // The closing counts, once a document has been reviewed (never a zero total after a failed load).
        if (!opts.json && s.failed.length < s.files) await writeOut(formatCounts(s.counts, style) + '\n');
      });
    }),
  );
}
