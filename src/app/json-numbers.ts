// JSON in which Decimals are number literals with at least N decimals: the form of
// `yusuan inspect --summary`, which the server's /summary returns byte for byte.
import { Decimal } from '../core/decimal.js';
import type { DocumentSummary } from './summary.js';

// A marker no document text contains; JSON.stringify leaves it as is (no characters to escape).
const MARK = '@@yusuan-decimal:';

/**
 * JSON in which every Decimal is printed as a number literal with at least `scale` decimals (6563.63,
 * 13.00; 18976.7551 keeps its four), exact to the digit. Decimals under the keys in `ownScale` (e.g.
 * weights, which are points, not money) keep their own precision.
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
      return MARK + (ownScale.includes(key) ? raw.toString() : raw.toFixed(Math.max(scale, raw.scale)));
    },
    indent,
  );
  return text.replace(new RegExp(`"${MARK}(-?\\d+(?:\\.\\d+)?)"`, 'g'), '$1');
}

/** The summary as `yusuan inspect --summary` prints it (amounts in 万元 with two decimals, weights as read). */
export function summaryJson(s: DocumentSummary): string {
  return jsonWithNumbers(s, 2, ['weightSum']);
}
