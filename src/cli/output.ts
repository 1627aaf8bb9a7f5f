// Printing for the CLI: JSON with exact amounts, one-line errors, exit codes.

import { Decimal, isYusuanError } from '../app/index.js';

import { exitCodeFor } from './exit-codes.js';
export { EXIT, exitCodeFor } from './exit-codes.js';

// A marker no document text contains; JSON.stringify leaves it as is (no characters to escape).
const MARK = '@@yusuan-decimal:';

/**
 * JSON in which every Decimal is printed as a number literal with at least `scale` decimals (6563.63,
 * 13.00; 18976.7551 keeps its four), exact to the digit. Used where a format promises numbers with two decimals. Decimals under the keys
 * in `ownScale` (e.g. weights, which are points, not money) keep their own precision.
 */
export function jsonWithNumbers(
  value: unknown,
  scale = 2,
  ownScale: readonly string[] = [],
  indent = 2,
): string {
  const text = JSON.stringify(
    value,
    function (this: Record<string, unknown>, key: string, v: unknown) {
      const raw = key === '' ? v : this[key];
      if (!(raw instanceof Decimal)) return v;
      // At least `scale` decimals; a figure with more (a 元 amount in 万元: 18976.7551) keeps them all.
      return MARK + (ownScale.includes(key) ? raw.toString() : raw.toFixed(Math.max(scale, raw.scale)));
    },
    indent,
  );
  return text.replace(new RegExp(`"${MARK}(-?\\d+(?:\\.\\d+)?)"`, 'g'), '$1');
}

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
