// Printing for the CLI: JSON with exact amounts, one-line errors, exit codes.

import { Decimal } from '../app/index.js';

export { EXIT, exitCodeFor } from './exit-codes.js';

// A marker no document text contains; JSON.stringify leaves it as is (no characters to escape).
const MARK = '@@yusuan-decimal:';

/**
 * JSON in which every Decimal is printed as a number literal with `scale` decimals (6563.63, 13.00),
 * exact to the digit. Used where a format promises numbers with two decimals. Decimals under the keys
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
      return MARK + (ownScale.includes(key) ? raw.toString() : raw.toFixed(scale));
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
