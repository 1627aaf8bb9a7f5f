// `yusuan evaluate FILE --template [-o actuals.csv]`: the actuals sheet to fill (CSV, UTF-8 with BOM;
// stdout without -o). `yusuan evaluate FILE --actuals actuals.csv [--json]`: the self-evaluation, as a
// report in Chinese or as JSON ({projects:[…], unparsed:[…]}); with `--format html|xlsx|pdf [-o OUT]`
// the self-evaluation forms (项目支出绩效自评表, 部门整体支出绩效自评表, a summary) as a file.
// Exit 0 when scored (an empty actual is "not evaluated yet"), 2 when the document or the sheet cannot
// be read or a value in the sheet does not fit (each error with its row and column), 64 for wrong usage.

import type { Command } from 'commander';
import {
  actualsTemplate,
  chromiumPrinter,
  EVALUATION_FORMATS,
  evaluationOutputPath,
  isEvaluationFormat,
  renderEvaluation,
  evaluateFile,
  evaluationJson,
  nodeFiles,
  nodeSink,
  toErrorInfo,
  writeOutput,
} from '../../app/index.js';
import { EXIT, exitCodeFor, jsonModel, OutputClosed, printError, writeOut } from '../output.js';
import { evaluationReport } from './evaluate-report.js';

/** Prints to stdout; a reader that stops early (`| head`) ends the output quietly. */
async function print(text: string): Promise<boolean> {
  try {
    await writeOut(text);
    return true;
  } catch (e) {
    if (e instanceof OutputClosed) return false;
    throw e;
  }
}

interface EvaluateOptions {
  template?: boolean;
  actuals?: string;
  json?: boolean;
  format?: string;
  output?: string;
  force?: boolean;
}

/** Writes a file all-or-nothing; false (with the error printed and the exit code set) when it cannot. */
async function writeFile(
  out: string,
  input: readonly string[],
  bytes: Uint8Array,
  force: boolean,
): Promise<boolean> {
  try {
    await writeOutput({ files: nodeFiles, sink: nodeSink }, out, bytes, { inputs: input, overwrite: force });
    return true;
  } catch (e) {
    const info = toErrorInfo(e);
    printError(info.message);
    process.exitCode = exitCodeFor(info.code);
    return false;
  }
}

async function template(file: string, opts: EvaluateOptions): Promise<void> {
  const r = await actualsTemplate({ files: nodeFiles }, { file });
  if (!r.ok) {
    printError(r.error.message);
    process.exitCode = EXIT.input;
    return;
  }
  const out = opts.output;
  if (out === undefined || out === '-') {
    if (await print(new TextDecoder('utf-8', { ignoreBOM: true }).decode(r.csv))) process.exitCode = EXIT.ok;
    return;
  }
  if (!(await writeFile(out, [file], r.csv, Boolean(opts.force)))) return;
  process.stderr.write(
    `已生成实际值模板：${out}（${r.rows} 行，填写 actual、explanation 和预算执行行的 executed）\n`,
  );
  process.exitCode = EXIT.ok;
}

async function evaluate(file: string, actuals: string, opts: EvaluateOptions): Promise<void> {
  const r = await evaluateFile({ files: nodeFiles }, { file, actuals });
  if (!r.ok) {
    if (r.reason === 'input') printError(r.error.message);
    else {
      printError(`实际值文件 ${actuals} 有 ${r.errors.length} 处错误，未评分：`);
      for (const e of r.errors) {
        const where =
          e.column === null ? `第${e.row}行` : `第${e.row}行第${e.column}列（${e.columnName ?? ''}）`;
        process.stderr.write(`${actuals}:${e.row}: ${where}：${e.message}\n`);
      }
    }
    process.exitCode = EXIT.input;
    return;
  }
  if (opts.format !== undefined && isEvaluationFormat(opts.format)) {
    const format = opts.format;
    let bytes: Uint8Array;
    try {
      bytes = await renderEvaluation({ printer: chromiumPrinter }, r.evaluation, format);
    } catch (e) {
      const info = toErrorInfo(e);
      printError(info.message);
      process.exitCode = exitCodeFor(info.code);
      return;
    }
    const out = opts.output ?? evaluationOutputPath(file, format);
    if (!(await writeFile(out, [file, actuals], bytes, Boolean(opts.force)))) return;
    process.stderr.write(`已生成绩效自评表：${out}（${format}）\n`);
    process.exitCode = EXIT.ok;
    return;
  }
  const text = opts.json ? jsonModel(evaluationJson(r.evaluation)) : evaluationReport(r.evaluation);
  if (await print(text + '\n')) process.exitCode = EXIT.ok;
}

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('绩效自评：生成实际值模板（--template），或按评（扣）分标准对填好的实际值评分（--actuals）')
    .argument('<file>', '预算公开文档或绩效目标文件')
    .option('--template', '输出实际值模板（CSV，UTF-8 带 BOM）')
    .option('--actuals <csv>', '填好的实际值文件（CSV）')
    .option('--json', '以 JSON 输出评分结果')
    .option('-f, --format <format>', `输出绩效自评表：${EVALUATION_FORMATS.join('、')}`)
    .option(
      '-o, --output <file>',
      '输出文件（模板默认输出到标准输出；自评表默认与输入同目录，NAME.evaluation.格式）',
    )
    .option('--force', '覆盖已存在的输出文件')
    .action(async (file: string, opts: EvaluateOptions) => {
      if (Boolean(opts.template) === (opts.actuals !== undefined)) {
        printError('请指定 --template（生成实际值模板）或 --actuals <csv>（评分）二者之一');
        process.exitCode = EXIT.usage;
        return;
      }
      if (opts.format !== undefined && !isEvaluationFormat(opts.format)) {
        printError(`不支持的格式：${opts.format}（可选：${EVALUATION_FORMATS.join('、')}）`);
        process.exitCode = EXIT.usage;
        return;
      }
      if (opts.json && opts.format !== undefined) {
        printError('--json 与 --format 只能选一个');
        process.exitCode = EXIT.usage;
        return;
      }
      if (opts.template) {
        if (opts.json || opts.format !== undefined) {
          printError('--json、--format 只用于 --actuals 评分结果');
          process.exitCode = EXIT.usage;
          return;
        }
        await template(file, opts);
        return;
      }
      await evaluate(file, opts.actuals ?? '', opts);
    });
}
