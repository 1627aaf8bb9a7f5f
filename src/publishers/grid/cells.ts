// Cells of grids: text made fit for one tab-separated cell, and figures printed as the document
// printed them. An amount keeps its printed text ("6,563.63", "15万") when that text still reads as
// its value; otherwise the value is printed at its own precision with the text's unit suffix.

import { Decimal } from '../../core/decimal.js';
import type { Amount } from '../../core/model/common.js';
import { parseAmount } from '../../core/money.js';
import type { GridCell } from './types.js';

/** A text cell; tabs and line breaks would split the cell or the row, so they become spaces. */
export function textCell(text: string | null | undefined): GridCell {
  return { text: flatText(text) };
}

export function flatText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\t\r\n\f]+/g, ' ');
}

export const EMPTY: GridCell = { text: '' };

export function emptyCells(n: number): GridCell[] {
  return Array.from({ length: n }, () => EMPTY);
}

export function textCells(texts: readonly (string | null | undefined)[]): GridCell[] {
  return texts.map(textCell);
}

const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(.*)$/;

/** The text an amount is printed with: as printed when it still reads as the value, else rebuilt. */
export function amountText(a: Amount): string {
  const parsed = parseAmount(a.text);
  if (parsed && parsed.value.eq(a.value) && parsed.value.scale === a.value.scale) return a.text;
  const m = NUMBER_TEXT.exec(a.text.trim());
  const suffix = m?.[4]?.trim() ?? '';
  const grouped = a.value.toGrouped(a.value.scale);
  return parseAmount(grouped + suffix) ? grouped + suffix : grouped;
}

/**
 * The Excel number format that prints `value` as `text`: thousands separators when the text has
 * them (or the number is below 1,000, where they cannot show), the text's decimals, and its unit
 * suffix as a literal. Null when the text is not a plain number with an optional suffix.
 */
export function numberFormatFor(text: string): string | null {
  const m = NUMBER_TEXT.exec(text);
  if (!m?.[2]) return null;
  const intPart = m[2];
  const decimals = m[3]?.length ?? 0;
  const suffix = m[4] ?? '';
  if (/["\\\d]/.test(suffix)) return null;
  const grouped = intPart.includes(',') || intPart.length < 4;
  const base = (grouped ? '#,##0' : '0') + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
  return suffix === '' ? base : `${base}"${suffix}"`;
}

/** A figure cell from a decimal printed as `text`; a text cell when no number format reproduces it. */
export function figureCell(value: Decimal, text: string): GridCell {
  const numFmt = numberFormatFor(text);
  return numFmt ? { text, value, numFmt } : { text };
}

export function amountCell(a: Amount | null | undefined): GridCell {
  if (!a) return EMPTY;
  return figureCell(a.value, amountText(a));
}

/** A weight (备注 column): the text as printed when it is not a number, else the number. */
export function weightCell(weight: Decimal | null, weightText: string | null): GridCell {
  if (weightText !== null && weightText !== '') return textCell(weightText);
  if (!weight) return EMPTY;
  return figureCell(weight, weight.toString());
}

/** A whole-number count with its unit word ("70人"), as the forms print it. */
export function countText(n: number | null | undefined, unit: string): string {
  return n === null || n === undefined ? '' : `${n}${unit}`;
}

/** Pads a row with empty cells to `width`. */
export function padRow(row: GridCell[], width: number): GridCell[] {
  return row.length >= width ? row : [...row, ...emptyCells(width - row.length)];
}

/** A zero printed as the empty tables print it ("0"). */
export function zeroCell(): GridCell {
  return figureCell(Decimal.ZERO, '0');
}

const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;

/** A sheet name Excel accepts (≤ 31 characters, no []:*?/\), made unique within `used`. */
export function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(SHEET_FORBIDDEN, ' ').trim().slice(0, 31) || '表';
  let name = base;
  for (let i = 2; used.has(name); i++) {
    const tag = `(${i})`;
    name = base.slice(0, 31 - tag.length) + tag;
  }
  used.add(name);
  return name;
}
