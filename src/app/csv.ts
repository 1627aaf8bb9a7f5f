// One CSV cell writer for every CSV yusuan writes (data exports, the audit trail): no spreadsheet may
// run a cell as a formula — text starting with = + - @ (or a tab or carriage return) gets a leading
// apostrophe, while a plain decimal number (-21.89) stays a number — and a cell is quoted when it has
// to be. Values that are not text (the audit's JSON changes) are written as JSON.

export const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s =
    typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint'
        ? String(v)
        : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Lines of cells as CSV text with a UTF-8 BOM and CRLF line ends. */
export function csvText(lines: readonly (readonly unknown[])[]): string {
  return `\uFEFF${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}
