// The `yusuan` command line: a thin adapter over the app layer. Maps outcomes to exit codes
// (0 ok, 1 review errors, 2 unreadable input, 64 usage, 70 internal error) and never prints a stack trace.

import { Command, CommanderError } from 'commander';
import { registerImport } from './commands/import.js';
import { registerInspect } from './commands/inspect.js';
import { registerCheck } from './commands/check.js';
import { registerRules } from './commands/rules.js';
import { registerPublish } from './commands/publish.js';
import { registerEvaluate } from './commands/evaluate.js';
import { closePrinter, isPdfjsStrayRejection } from '../app/index.js';
import { registerServe } from './commands/serve.js';
import { registerAudit } from './commands/audit.js';
import { registerDb } from './commands/db.js';
import { registerUser } from './commands/user.js';
import { registerLoad } from './commands/load.js';
import { registerWorker } from './commands/worker.js';
import { EXIT, printError } from './output.js';
import { helpTitle, translateUsageError } from './usage-messages.js';

export function buildProgram(): Command {
  const program = new Command('yusuan')
    .description('预算：部门预算公开与预算绩效目标的导入、审核与发布')
    .version('0.1.0', '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示命令的帮助')
    .exitOverride()
    .configureHelp({ styleTitle: helpTitle })
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`yusuan: ${translateUsageError(s)}\n`),
    });
  registerImport(program);
  registerInspect(program);
  registerCheck(program);
  registerRules(program);
  registerPublish(program);
  registerEvaluate(program);
  registerServe(program);
  registerAudit(program);
  registerDb(program);
  registerUser(program);
  registerLoad(program);
  registerWorker(program);
  for (const c of program.commands) {
    c.exitOverride()
      .helpOption('-h, --help', '显示帮助')
      .configureHelp({ styleTitle: helpTitle })
      .configureOutput({
        writeErr: (s) => process.stderr.write(s),
        outputError: (s, write) => write(`yusuan: ${translateUsageError(s)}\n`),
      });
  }
  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  process.on('uncaughtException', internal);
  // pdfjs's own abandoned promises (damaged PDFs) are not ours to die of: the server would stop on an upload.
  process.on('unhandledRejection', (e) => (isPdfjsStrayRejection(e) ? undefined : internal(e)));
  const program = buildProgram();
  if (argv.length <= 2) {
    // No command: the usage, on stderr, and the usage exit code (nothing was done).
    process.stderr.write(program.helpInformation());
    process.exitCode = EXIT.usage;
    return;
  }
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) {
      const helpish = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(e.code);
      process.exitCode = helpish || e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    internal(e);
  } finally {
    await closePrinter();
  }
}

function internal(e: unknown): void {
  const msg = e instanceof Error ? e.message : String(e);
  printError(`内部错误：${msg}（请报告此问题）`);
  process.exit(EXIT.internal);
}
