// One file's work for `import`, `check` and `inspect`, and everything it prints: the same function runs
// in a worker thread or in this thread, so the output of a run is the same on any number of threads.
// It returns text, not models, so a worker hands back a few kilobytes and holds nothing afterwards.
import { documentToJson, loadFile, nodeFiles, reviewFile, SCHEMA_VERSION, summarize } from '../app/index.js';
import type { ErrorCode, ErrorInfo, LoadResult, ReviewResult, Severity } from '../app/index.js';
import { checkJsonDocument, colour, formatDocument, KIND_LABELS, plain } from './format/check-report.js';
import type { SeverityCounts } from './format/check-report.js';
import { summaryText } from './format/summary.js';

export interface FileTask {
  command: 'import' | 'check' | 'inspect';
  /** 'human', 'json' (one file: the whole JSON document; inspect: the summary object) or 'jsonl'
   * (many files: one line each). */
  output: 'human' | 'json' | 'jsonl';
  colour: boolean;
  minSeverity: Severity;
  maxBytes: number;
}

export interface FileOutput {
  file: string;
  /** What goes to stdout for this file. */
  stdout: string;
  /** Null when the file was read; otherwise why not (printed on stderr). */
  error: ErrorInfo | null;
  /** Findings (check) or diagnostics (import) by severity. */
  counts: SeverityCounts;
}

const zero = (): SeverityCounts => ({ error: 0, warning: 0, info: 0 });

/** The one-line summary `yusuan import` prints for a document. */
function importLine(r: Extract<LoadResult, { ok: true }>, counts: SeverityCounts): string {
  const s = summarize(r.document);
  const indicators = s.projects.reduce((n, p) => n + p.indicators, 0);
  return (
    `${r.file}: ${KIND_LABELS[s.kind]}｜${s.department ?? '（多部门）'}｜${s.year ?? '年度不详'}年｜` +
    `表 ${s.tables.length} 张｜项目 ${s.projects.length} 个｜指标 ${indicators} 条｜` +
    `诊断 ${s.diagnostics} 条（错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}）\n`
  );
}

function importOutput(task: FileTask, r: LoadResult): FileOutput {
  const counts = zero();
  if (!r.ok) {
    const e = { code: r.error.code, message: r.error.message };
    const stdout =
      task.output === 'json'
        ? JSON.stringify(
            { schemaVersion: SCHEMA_VERSION, documents: [], errors: [{ file: r.file, ...e }] },
            null,
            2,
          ) + '\n'
        : task.output === 'jsonl'
          ? JSON.stringify({ schemaVersion: SCHEMA_VERSION, file: r.file, error: e }) + '\n'
          : '';
    return { file: r.file, stdout, error: r.error, counts };
  }
  for (const d of r.document.diagnostics) counts[d.severity]++;
  let stdout: string;
  if (task.output === 'json') {
    stdout =
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, documents: [r.document], errors: [] }, null, 2) + '\n';
  } else if (task.output === 'jsonl') {
    // The document's own JSON (the codec's form) spliced in: one stringify of the model, no copy.
    stdout = `{"schemaVersion":${SCHEMA_VERSION},"file":${JSON.stringify(r.file)},"document":${documentToJson(r.document)}}\n`;
  } else {
    stdout = importLine(r, counts);
  }
  return { file: r.file, stdout, error: null, counts };
}

function checkOutput(task: FileTask, r: ReviewResult): FileOutput {
  const counts = zero();
  if (!r.ok) {
    const e = { code: r.error.code, message: r.error.message };
    const stdout =
      task.output === 'json'
        ? JSON.stringify({ documents: [], errors: [{ file: r.file, ...e }] }, null, 2) + '\n'
        : task.output === 'jsonl'
          ? JSON.stringify({ file: r.file, error: e }) + '\n'
          : '';
    return { file: r.file, stdout, error: r.error, counts };
  }
  for (const f of r.findings) counts[f.severity]++;
  const stdout =
    task.output === 'json'
      ? JSON.stringify({ documents: [checkJsonDocument(r)] }, null, 2) + '\n'
      : task.output === 'jsonl'
        ? JSON.stringify(checkJsonDocument(r)) + '\n'
        : formatDocument(r, task.colour ? colour : plain) + '\n\n';
  return { file: r.file, stdout, error: null, counts };
}

/** `inspect`: the summary, or nothing on stdout when the file could not be read. */
function inspectOutput(task: FileTask, r: LoadResult): FileOutput {
  const counts = zero();
  if (!r.ok) return { file: r.file, stdout: '', error: r.error, counts };
  for (const d of r.document.diagnostics) counts[d.severity]++;
  const stdout = summaryText(summarize(r.document), task.output !== 'human');
  return { file: r.file, stdout, error: null, counts };
}

export async function runFileTask(task: FileTask, file: string): Promise<FileOutput> {
  const options = { maxBytes: task.maxBytes };
  if (task.command === 'import')
    return importOutput(task, await loadFile({ files: nodeFiles }, file, options));
  if (task.command === 'inspect')
    return inspectOutput(task, await loadFile({ files: nodeFiles }, file, options));
  const r = await reviewFile({ files: nodeFiles }, file, { ...options, minSeverity: task.minSeverity });
  return checkOutput(task, r);
}

/** The output of a file whose worker ran out of time or memory, or died. */
export function failedOutput(task: FileTask, file: string, code: ErrorCode, message: string): FileOutput {
  const error = { code, message };
  const r = { ok: false as const, file, error };
  if (task.command === 'inspect') return inspectOutput(task, r);
  return task.command === 'import' ? importOutput(task, r) : checkOutput(task, r);
}
