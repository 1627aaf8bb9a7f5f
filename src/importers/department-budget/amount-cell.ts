// Reading the cells of the amount tables (tables 1–8): one amount cell into an `Amount` with its
// provenance, and the small text tests the readers share (is this a label, strip "一、" numbering).
// A cell that is neither blank nor an amount is reported (cell-unreadable) and read as blank.

import type { Amount } from '../../core/model/common.js';
import { parseAmount } from '../../core/money.js';
import type { ParsedAmount } from '../../core/money.js';
import { at } from '../../core/source.js';
import { isPlaceholder, labelKey } from '../../core/text.js';
import { isMoneyUnit } from '../../core/vocabulary.js';
import type { MoneyUnit } from '../../core/vocabulary.js';
import type { ImportContext } from '../context.js';
import { quote } from '../context.js';
import type { Cell, SourceLine } from '../lines.js';
import type { TablePage, TableSource } from './pages.js';

/** What a table reader carries: the context, the table's canonical name and its money unit. */
export interface TableScope {
  ctx: ImportContext;
  table: string;
  unit: MoneyUnit;
}

/** The scope of one table; the unit is the printed 单位, else `fallback` (the template's unit). */
export function tableScope(ctx: ImportContext, src: TableSource, fallback: MoneyUnit): TableScope {
  const table = src.template.name;
  const printed = src.pages.map((p) => p.unit).find((u) => u !== null) ?? null;
  if (!printed) return { ctx, table, unit: fallback };
  const text = labelKey(printed.text);
  if (isMoneyUnit(text)) return { ctx, table, unit: text };
  ctx.report(
    'cell-unreadable',
    'warning',
    `${table}第${printed.line}行的单位“${quote(printed.text)}”无法识别，应为万元、元或亿元；按${fallback}读取`,
    printed.line,
    { table },
  );
  return { ctx, table, unit: fallback };
}

/** Reports a warning about a line (and cell) of the table. */
export function warn(
  scope: TableScope,
  code: 'row-unreadable' | 'cell-unreadable' | 'unplaced-line',
  line: number,
  message: string,
  column?: number,
): void {
  scope.ctx.report(
    code,
    'warning',
    message,
    line,
    column === undefined ? { table: scope.table } : { column, table: scope.table },
  );
}

/** Reports an info diagnostic (a repair or a decision the reader made). */
export function inform(
  scope: TableScope,
  code: 'row-realigned' | 'row-repeated' | 'unplaced-line',
  line: number,
  message: string,
): void {
  scope.ctx.report(code, 'info', message, line, { table: scope.table });
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** True for text that names something (a label or name): Chinese text that is not an amount or a placeholder. */
export function isLabelText(text: string): boolean {
  return text !== '' && !isPlaceholder(text) && parseAmount(text) === null && CJK.test(text);
}

const amounts = new WeakMap<Cell, ParsedAmount | null>();

/**
 * The amount a cell's text states (parseAmount), read once per cell: the aligner checks the row's
 * sum with it and the reader then keeps it.
 */
export function cellAmount(cell: Cell): ParsedAmount | null {
  let parsed = amounts.get(cell);
  if (parsed === undefined) {
    parsed = parseAmount(cell.text);
    amounts.set(cell, parsed);
  }
  return parsed;
}

/** True for a cell that holds nothing (blank or a placeholder such as "-" or "无"). */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || isPlaceholder(cell.text);
}

const NUMBERING =
  /^(?:[一二三四五六七八九十]+[、.．]|\d+[、．]|\d+\.(?!\d)|[（(][一二三四五六七八九十\d]+[)）])\s*/;

/** The label without its numbering ("一、", "1、", "（1）"); the numbering is returned apart. */
export function splitNumbering(text: string): { numbering: string | null; label: string } {
  const m = NUMBERING.exec(text);
  if (!m) return { numbering: null, label: text };
  return { numbering: m[0].trim(), label: text.slice(m[0].length).trim() };
}

/**
 * The amount in a cell, or null when the cell is blank. A cell that holds something else is
 * reported as cell-unreadable (with its line and column) and read as blank.
 */
export function readAmount(
  scope: TableScope,
  line: SourceLine,
  cell: Cell | undefined,
  column: string,
): Amount | null {
  if (!cell || isPlaceholder(cell.text)) return null;
  const parsed = cellAmount(cell);
  if (!parsed) {
    warn(
      scope,
      'cell-unreadable',
      line.no,
      `${scope.table}第${line.no}行第${cell.column}列（${column}）“${quote(cell.text)}”不是金额，应为数字（如 6,563.63）或空白；该格按空白读取`,
      cell.column,
    );
    return null;
  }
  return {
    value: parsed.value,
    text: cell.text,
    unit: parsed.unit ?? scope.unit,
    source: at(line.no, cell.column),
  };
}

/** True when no amount of the record is non-zero (all blank or zero). */
export function allZero(amounts: Record<string, Amount | null>): boolean {
  return Object.values(amounts).every((a) => a === null || a.value.isZero());
}

/** Reports the lines of a table page that are not rows, title, 部门名称, 单位 or note. */
export function reportLoose(scope: TableScope, page: TablePage): void {
  for (const line of page.loose) {
    warn(
      scope,
      'unplaced-line',
      line.no,
      `${scope.table}第${line.no}行“${quote(line.text, 60)}”不是表格行，也不是表头、单位或注释，无法归入表中`,
    );
  }
}
