// `yusuan check FILE… [--json] [--min-severity warning]`: reviews documents with the rule catalogue.
// Human output groups findings by table or project, quotes the source lines, and ends with counts per
// severity; --json prints {"documents":[{"file","kind","findings":[…]}]}. Exit code 0 without
// error-level findings, 1 with them, 2 when an input could not be read (the others are still checked).

import type { Command } from 'commander';
import { isSeverity, nodeFiles, reviewFile, SEVERITY_LABELS, severityCounts } from '../../app/index.js';
import type { Finding, ReviewedDocument, ReviewResult, Severity } from '../../app/index.js';
import { EXIT, printError } from '../output.js';
import { Progress } from '../progress.js';

const KIND_LABELS = {
  'department-budget': '部门预算',
  'key-projects': '重大政策和重点项目绩效目标',
  'declaration-forms': '绩效目标申报表',
} as const;

/** Quoted source lines per finding; the rest are counted. */
const MAX_QUOTED = 3;
const MAX_QUOTE_CHARS = 100;

interface Style {
  severity(s: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const plain: Style = { severity: (_s, t) => t, dim: (t) => t, bold: (t) => t };
const SEVERITY_COLOURS: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
const colour: Style = {
  severity: (s, t) => `\x1b[${SEVERITY_COLOURS[s]}m${t}\x1b[0m`,
  dim: (t) => `\x1b[2m${t}\x1b[0m`,
  bold: (t) => `\x1b[1m${t}\x1b[0m`,
};

function groupKey(f: Finding): string {
  if (f.project) return `项目：${f.project}`;
  return f.table ?? '文档';
}

/** Where a line is: its page and box in a PDF, its sheet and cell in a workbook, else its number. */
export function lineLocation(doc: ReviewedDocument, line: number): string {
  const p = doc.linePositions[line - 1];
  if (p?.page !== undefined)
    return `第 ${p.page} 页${p.box ? ` [${p.box.join(', ')}]` : ''}（第 ${line} 行）`;
  if (p?.sheet !== undefined) return `工作表“${p.sheet}”${p.cell ? ` ${p.cell}` : ''}（第 ${line} 行）`;
  return `第 ${line} 行`;
}

function quote(doc: ReviewedDocument, line: number): string {
  const text = doc.sourceLines[line - 1] ?? '';
  return text.length > MAX_QUOTE_CHARS ? `${text.slice(0, MAX_QUOTE_CHARS)}…` : text;
}

export function formatDocument(doc: ReviewedDocument, style: Style): string {
  const out = [style.bold(`${doc.file}（${KIND_LABELS[doc.document.kind]}）`)];
  if (doc.findings.length === 0) out.push('  未发现问题');
  const groups = new Map<string, Finding[]>();
  for (const f of doc.findings) {
    const k = groupKey(f);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const width = String(doc.sourceLines.length).length;
  for (const [key, findings] of groups) {
    out.push(`  ${style.bold(key)}`);
    for (const f of findings) {
      const where = f.lines[0] !== undefined ? lineLocation(doc, f.lines[0]) : '';
      out.push(
        `    ${style.severity(f.severity, SEVERITY_LABELS[f.severity])} ${f.rule}  ${where}`.trimEnd(),
      );
      out.push(`      ${f.message}`);
      for (const l of f.lines.slice(0, MAX_QUOTED)) {
        out.push(style.dim(`      ${String(l).padStart(width)} │ ${quote(doc, l)}`));
      }
      if (f.lines.length > MAX_QUOTED) {
        out.push(
          style.dim(`      …另有 ${f.lines.length - MAX_QUOTED} 行：${f.lines.slice(MAX_QUOTED).join('、')}`),
        );
      }
    }
  }
  return out.join('\n');
}

export function formatCounts(findings: readonly Finding[], style: Style): string {
  const c = severityCounts(findings);
  return `合计：${style.severity('error', `${SEVERITY_LABELS.error} ${c.error}`)}，${style.severity(
    'warning',
    `${SEVERITY_LABELS.warning} ${c.warning}`,
  )}，${style.severity('info', `${SEVERITY_LABELS.info} ${c.info}`)}`;
}

const FINDING_KEYS: readonly (keyof Finding)[] = [
  'rule',
  'category',
  'severity',
  'message',
  'lines',
  'table',
  'unit',
  'project',
  'indicator',
  'found',
  'expected',
  'difference',
];

/** The finding with its fields in a stable, readable order (absent fields left out). */
function ordered(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FINDING_KEYS) if (f[k] !== undefined) out[k] = f[k];
  // Fields added to Finding later are kept, after the known ones.
  for (const [k, v] of Object.entries(f)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

export function checkJson(results: readonly ReviewResult[]): string {
  const documents = results.flatMap((r) =>
    r.ok ? [{ file: r.file, kind: r.document.kind, findings: r.findings.map(ordered) }] : [],
  );
  const errors = results.flatMap((r) =>
    r.ok ? [] : [{ file: r.file, code: r.error.code, message: r.error.message }],
  );
  return JSON.stringify(errors.length ? { documents, errors } : { documents }, null, 2);
}

export function exitCode(results: readonly ReviewResult[]): number {
  if (results.some((r) => !r.ok)) return EXIT.input;
  if (results.some((r) => r.ok && r.findings.some((f) => f.severity === 'error'))) return EXIT.findings;
  return EXIT.ok;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('按审核规则检查文档，列出问题（所在行、发现值、期望值、差额）')
    .argument('<files...>', '文本文件（UTF-8 或 GB18030）')
    .option('--json', '以 JSON 输出审核发现')
    .option('--min-severity <severity>', '只列出不低于该级别的发现：error、warning、info', 'info')
    .action(async (files: string[], opts: { json?: boolean; minSeverity: string }) => {
      if (!isSeverity(opts.minSeverity)) {
        printError(`--min-severity 应为 error、warning 或 info，而不是“${opts.minSeverity}”`);
        process.exitCode = EXIT.usage;
        return;
      }
      const progress = new Progress(files.length);
      const results: ReviewResult[] = [];
      for (const f of files) {
        results.push(await reviewFile({ files: nodeFiles }, f, { minSeverity: opts.minSeverity }));
        progress.tick(f);
      }
      for (const r of results) if (!r.ok) printError(r.error.message);
      if (opts.json) {
        process.stdout.write(checkJson(results) + '\n');
      } else {
        const style = process.stdout.isTTY ? colour : plain;
        const reviewed = results.filter((r): r is ReviewedDocument => r.ok);
        const blocks = reviewed.map((r) => formatDocument(r, style));
        blocks.push(
          formatCounts(
            reviewed.flatMap((r) => r.findings),
            style,
          ),
        );
        process.stdout.write(blocks.join('\n\n') + '\n');
      }
      process.exitCode = exitCode(results);
    });
}
