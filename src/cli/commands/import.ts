// `yusuan import FILE… [--json]`: imports documents; prints a line per file or the full model as JSON.

import type { Command } from 'commander';
import { loadFile, nodeFiles, SCHEMA_VERSION, summarize } from '../../app/index.js';
import type { LoadResult } from '../../app/index.js';
import { EXIT, jsonModel, printError } from '../output.js';
import { Progress } from '../progress.js';

const KIND_LABELS = {
  'department-budget': '部门预算',
  'key-projects': '重大政策和重点项目绩效目标',
  'declaration-forms': '绩效目标申报表',
} as const;

export async function loadAll(files: readonly string[]): Promise<LoadResult[]> {
  const progress = new Progress(files.length);
  const results: LoadResult[] = [];
  for (const f of files) {
    results.push(await loadFile({ files: nodeFiles }, f));
    progress.tick(f);
  }
  return results;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('导入预算公开文本文件（部门预算、重点项目绩效目标、绩效目标申报表）')
    .argument('<files...>', '文本文件（UTF-8 或 GB18030）')
    .option('--json', '以 JSON 输出完整模型（见 docs/model.md）')
    .action(async (files: string[], opts: { json?: boolean }) => {
      const results = await loadAll(files);
      for (const r of results) if (!r.ok) printError(r.error.message);
      if (opts.json) {
        const documents = results.flatMap((r) => (r.ok ? [r.document] : []));
        const errors = results.flatMap((r) =>
          r.ok ? [] : [{ file: r.file, code: r.error.code, message: r.error.message }],
        );
        process.stdout.write(jsonModel({ schemaVersion: SCHEMA_VERSION, documents, errors }) + '\n');
      } else {
        for (const r of results) {
          if (!r.ok) continue;
          const s = summarize(r.document);
          const bySeverity = { error: 0, warning: 0, info: 0 };
          for (const d of r.document.diagnostics) bySeverity[d.severity]++;
          const indicators = s.projects.reduce((n, p) => n + p.indicators, 0);
          process.stdout.write(
            `${r.file}: ${KIND_LABELS[s.kind]}｜${s.department ?? '（多部门）'}｜${s.year ?? '年度不详'}年｜` +
              `表 ${s.tables.length} 张｜项目 ${s.projects.length} 个｜指标 ${indicators} 条｜` +
              `诊断 ${s.diagnostics} 条（错误 ${bySeverity.error}，警告 ${bySeverity.warning}，提示 ${bySeverity.info}）\n`,
          );
        }
      }
      process.exitCode = results.every((r) => r.ok) ? EXIT.ok : EXIT.input;
    });
}
