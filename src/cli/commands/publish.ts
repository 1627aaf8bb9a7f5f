// `yusuan publish FILE… [--format html|xlsx|pdf|text] [-o OUT] [--force]`: the disclosure package in
// one format. Refuses (exit 1) a document with error-level review findings, listing them one per
// line as FILE:LINE, unless --force, which marks the output as carrying unresolved errors. Output
// goes next to the input with the format's extension, to OUT, or to stdout with `-o -` (OUT only with
// one file). Many files are published one after the other on one browser for PDF; the exit code is
// the worst of theirs. Each file's work runs under the limits of import (--max-size, --time-limit,
// YUSUAN_MAX_MEMORY) on a worker thread; PDFs are printed by the main thread's browser afterwards.

import type { Command } from 'commander';
import {
  checkOutput,
  defaultOutputPath,
  isPublishFormat,
  nodeFiles,
  nodeSink,
  PUBLISH_FORMATS,
  toErrorInfo,
  writeOutput,
  YusuanError,
} from '../../app/index.js';
import type { Finding, PublishFormat } from '../../app/index.js';
import { runGuarded } from '../batch.js';
import { addFileOptions, readLimits } from '../limits.js';
import type { InputLimits, LimitFlags } from '../limits.js';
import { EXIT, exitCodeFor, guarded, printError } from '../output.js';
import { finishPublishTask, runPublishTask } from '../publish-task.js';
import type { PublishTask, PublishTaskOutput } from '../publish-task.js';

interface PublishOptions extends LimitFlags {
  format: string;
  output?: string;
  force?: boolean;
}

/** One line per finding: "FILE:LINE: message（rule）". */
export function findingLine(file: string, f: Finding): string {
  const where = f.lines[0] !== undefined ? `${file}:${f.lines[0]}` : file;
  return `${where}: ${f.message}（${f.rule}）`;
}

const sizeText = (n: number): string => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);

/** Writes to stdout; a reader that stops early (`| head`) is not an error. */
function writeStdout(bytes: Uint8Array): Promise<boolean> {
  return new Promise((done) => {
    const onError = (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') {
        printError(`无法写入标准输出（${e.code ?? '未知原因'}）`);
        process.exitCode = EXIT.cannotWrite;
      }
      done(e.code === 'EPIPE');
    };
    process.stdout.once('error', onError);
    process.stdout.write(bytes, (err) => {
      if (err) return; // reported through the 'error' event
      process.stdout.off('error', onError);
      done(true);
    });
  });
}

/** Asks on the terminal whether to replace an existing file; false when there is no terminal. */
async function confirmOverwrite(out: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return false;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`输出文件已存在：${out}，是否覆盖？[y/N] `);
    return /^(y|yes|是)$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

function fail(e: unknown): false {
  const info = toErrorInfo(e);
  printError(info.message);
  process.exitCode = exitCodeFor(info.code);
  return false;
}

/** Before any work: the output is not an input, and an existing one may be replaced (flag or prompt). */
async function outputAllowed(out: string, input: string, force: boolean): Promise<boolean | 'overwrite'> {
  if (out === '-') return true;
  try {
    const state = await checkOutput({ files: nodeFiles }, out, [input]);
    if (state === 'new') return true;
    if (force || (await confirmOverwrite(out))) return 'overwrite';
    return fail(new YusuanError('output-exists', `输出文件已存在：${out}（用 --force 覆盖）`, { file: out }));
  } catch (e) {
    return fail(e);
  }
}

async function write(
  out: string,
  input: string,
  bytes: Uint8Array,
  format: PublishFormat,
  overwrite: boolean,
): Promise<boolean> {
  if (out === '-') {
    if ((format === 'pdf' || format === 'xlsx') && process.stdout.isTTY) {
      printError(`${format} 是二进制格式，不输出到终端；请用 -o 指定文件或重定向标准输出`);
      process.exitCode = EXIT.usage;
      return false;
    }
    return writeStdout(bytes);
  }
  try {
    await writeOutput({ files: nodeFiles, sink: nodeSink }, out, bytes, { inputs: [input], overwrite });
    return true;
  } catch (e) {
    return fail(e);
  }
}

export function registerPublish(program: Command): void {
  addFileOptions(
    program
      .command('publish')
      .description('生成公开文件（HTML 网页、XLSX 工作簿、PDF 或文本）；审核有错误时拒绝发布，除非 --force')
      .argument('<files...>', '文件（文本、XLSX 或 PDF）；可给多个，依次发布')
      .option('-f, --format <format>', `输出格式：${PUBLISH_FORMATS.join('、')}`, 'html')
      .option('-o, --output <file>', '输出文件（默认与输入同目录、同名，扩展名随格式；“-”为标准输出）')
      .option('--force', '审核有错误时仍然发布（输出中标注未解决的错误），并可覆盖已存在的输出文件'),
  ).action(
    guarded(async (files: string[], opts: PublishOptions) => {
      if (!isPublishFormat(opts.format)) {
        printError(`不支持的格式：${opts.format}（可选：${PUBLISH_FORMATS.join('、')}）`);
        process.exitCode = EXIT.usage;
        return;
      }
      if (opts.output !== undefined && files.length > 1) {
        printError('发布多个文件时不能指定 -o（各文件输出到其所在目录）');
        process.exitCode = EXIT.usage;
        return;
      }
      const limits = readLimits(opts);
      let worst: number = EXIT.ok;
      for (const file of files) {
        process.exitCode = EXIT.ok;
        await publishOne(file, opts.format, opts, limits);
        worst = Math.max(worst, Number(process.exitCode ?? EXIT.ok));
      }
      process.exitCode = worst;
    }),
  );
}

async function publishOne(
  file: string,
  format: PublishFormat,
  opts: PublishOptions,
  limits: InputLimits,
): Promise<void> {
  const out = opts.output ?? defaultOutputPath(file, format);
  const allowed = await outputAllowed(out, file, Boolean(opts.force));
  if (!allowed) return;
  const task: PublishTask = { file, format, force: Boolean(opts.force), maxBytes: limits.maxBytes };
  const r = await finishPublishTask(
    await runGuarded<PublishTaskOutput>(
      { publish: task },
      file,
      limits,
      () => runPublishTask(task),
      (code, message) => ({ ok: false, reason: 'input', error: { code, message } }),
    ),
  );
  if (!r.ok) {
    if (r.reason === 'input') {
      printError(r.error.message);
      process.exitCode = exitCodeFor(r.error.code);
    } else if (r.reason === 'review') {
      printError(
        `审核发现 ${r.errors.length} 项错误，未发布（更正后重试，或用 --force 强制发布并在输出中标注）：`,
      );
      for (const f of r.errors) process.stderr.write(findingLine(file, f) + '\n');
      process.exitCode = EXIT.findings;
    } else {
      printError(r.message);
      process.exitCode = EXIT.unavailable;
    }
    return;
  }
  if (!(await write(out, file, r.bytes, format, allowed === 'overwrite'))) return;
  if (out !== '-') process.stderr.write(`已发布：${out}（${format}，${sizeText(r.bytes.length)}）\n`);
  if (r.unresolved > 0) {
    process.stderr.write(`注意：已强制发布，输出标注了未解决的审核错误 ${r.unresolved} 项\n`);
  }
  process.exitCode = EXIT.ok;
}
