// `yusuan inspect FILE --summary`: one JSON object summarising a document (kind, units, totals, tables,
// projects with indicator counts and weight sums). Amounts in 万元 with two decimals.

import type { Command } from 'commander';
import { loadFile, nodeFiles, summarize } from '../../app/index.js';
import type { DocumentSummary } from '../../app/index.js';
import { EXIT, jsonWithNumbers, printError } from '../output.js';

export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('查看文档概要')
    .argument('<file>', '文本文件')
    .option('--summary', '以 JSON 对象输出概要')
    .action(async (file: string, opts: { summary?: boolean }) => {
      const r = await loadFile({ files: nodeFiles }, file);
      if (!r.ok) {
        printError(r.error.message);
        process.exitCode = EXIT.input;
        return;
      }
      const s = summarize(r.document);
      process.stdout.write((opts.summary ? jsonWithNumbers(s, 2, ['weightSum']) : humanSummary(s)) + '\n');
    });
}

function humanSummary(s: DocumentSummary): string {
  const money = (d: { toGrouped(n: number): string } | null) => (d ? d.toGrouped(2) : '—');
  const lines = [
    `类型：${s.kind}`,
    `部门：${s.department ?? '—'}`,
    `年度：${s.year ?? '—'}`,
    `单位：${s.units.map((u) => (u.code ? `${u.code} ${u.name}` : u.name)).join('；') || '—'}`,
    `收入合计 ${money(s.totals.income)}，支出合计 ${money(s.totals.expenditure)}，基本支出 ${money(s.totals.basic)}，` +
      `项目支出 ${money(s.totals.project)}，人员类 ${money(s.totals.personnel)}，公用经费 ${money(s.totals.publicFunds)}，` +
      `“三公”经费 ${money(s.totals.threePublic)}（万元）`,
    `表：${s.tables.join('、') || '—'}`,
    `项目 ${s.projects.length} 个：`,
    ...s.projects.map(
      (p) =>
        `  ${p.unit ?? p.department ?? ''} ${p.name} ${money(p.amount)} 万元，指标 ${p.indicators} 条，权重合计 ${p.weightSum?.toString() ?? '—'}`,
    ),
    `诊断 ${s.diagnostics} 条`,
  ];
  return lines.join('\n');
}
