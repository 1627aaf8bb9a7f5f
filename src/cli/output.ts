// Printing for the CLI: JSON with exact amounts, one-line errors, exit codes.

import { isYusuanError } from '../app/index.js';
export { jsonWithNumbers } from '../app/index.js';

import { exitCodeFor } from './exit-codes.js';
export { EXIT, exitCodeFor } from './exit-codes.js';

/** JSON in which Decimals are strings at their own precision ("6563.63"): the model's JSON form. */
export function jsonModel(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent);
}

export function printError(message: string): void {
  process.stderr.write(`yusuan: ${message}\n`);
}

/** Stdout was closed by its reader (`| head`): the run ends quietly. */
export class OutputClosed extends Error {}

/** Writes to stdout and waits while the pipe is full, so output never piles up in memory. */
export function writeOut(text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => reject(e.code === 'EPIPE' ? new OutputClosed() : e);
    process.stdout.once('error', onError);
    const done = () => {
      process.stdout.off('error', onError);
      resolve();
    };
    if (process.stdout.write(text)) done();
    else process.stdout.once('drain', done);
  });
}

/**
 * A command's action with expected failures handled: a YusuanError (a bad option value, an output
 * that may not be written…) is one Chinese line on stderr and its exit code; anything else is a bug
 * and goes on to the internal-error handler.
 */
export function guarded<A extends unknown[]>(
  action: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (e) {
      if (!isYusuanError(e)) throw e;
      printError(e.message);
      process.exitCode = exitCodeFor(e.code);
    }
  };
}
