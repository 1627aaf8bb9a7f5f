// The text a spreadsheet cell shows: numbers printed through their number format (so 6563.63 under
// '#,##0.00' reads "6,563.63" and 15 under '0"万"' reads "15万" — the text the table readers expect),
// never with fewer decimals than the stored number has; rich text joined, formulas by their cached
// result, dates as yyyy-mm-dd, booleans as 是/否.

import type { CellValue } from 'exceljs';

/** Inserts thousands separators into the integer digits. */
function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A number printed through an Excel number format. Supports what budget workbooks use: 0, #,##0,
 * decimals (0.00), a per-cent sign, quoted or escaped literal prefixes and suffixes, colour and
 * condition tags and padding (_x) — the positive section only. Other formats print the number as
 * Excel's General format would (up to 15 significant digits).
 */
export function formatNumber(n: number, numFmt: string | undefined): string {
  const section = (numFmt ?? '').split(';')[0] ?? '';
  const cleaned = section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '');
  const m =
    /^((?:"[^"]*"|\\.|[^#0.,%"\\])*)([#0,]*0[#0,]*|#[#,]*)(?:\.(0+|#+))?(%?)((?:"[^"]*"|\\.|[^#0.%"\\])*)$/.exec(
      cleaned.trim(),
    );
  if (!m || /^general$/i.test(cleaned.trim())) return general(n);
  const literal = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const [, prefix = '', int = '', frac = '', percent = '', suffix = ''] = m;
  const value = percent ? n * 100 : n;
  // A format that shows fewer decimals than the stored number holds would print a rounded figure
  // (12029501.84 under "#,##0" as 12,029,502): the stored figure is the document's, so all its
  // decimals are kept.
  const decimals = Math.max(frac.length, decimalsOf(value));
  const fixed = Math.abs(value).toFixed(decimals);
  const [i = '0', f] = fixed.split('.');
  const body = (int.includes(',') ? group(i) : i) + (f !== undefined ? '.' + f : '');
  const negative = value < 0 && Number(fixed) !== 0;
  return (negative ? '-' : '') + literal(prefix) + body + percent + literal(suffix);
}

/** The decimals a number needs to print exactly as its shortest round-trip form (up to 15 digits). */
function decimalsOf(n: number): number {
  const text = String(Number(Math.abs(n).toPrecision(15)));
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function general(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The displayed text of a cell value; '' for empty cells and errors. */
export function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (
      typeof result === 'number' ||
      typeof result === 'string' ||
      typeof result === 'boolean' ||
      result instanceof Date
    )
      return cellText(result, numFmt);
    return '';
  }
  if ('text' in value && typeof value.text === 'string') return value.text; // hyperlink
  return '';
}
