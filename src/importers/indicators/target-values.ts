// Reading the head values of a target from its cells: amounts (资金总额, funding columns) with their
// provenance, located texts (name, goal), and the money unit printed for the table (单位：万元).

import type { Amount } from '../../core/model/common.js';
import { parseAmount } from '../../core/money.js';
import type { Located } from '../../core/source.js';
import { labelKey } from '../../core/text.js';
import { isMoneyUnit } from '../../core/vocabulary.js';
import type { MoneyUnit } from '../../core/vocabulary.js';
import type { Cell } from '../lines.js';

/** The money unit a printed 单位 / 金额单位 text names, else the fallback. */
export function moneyUnit(printed: string | null | undefined, fallback: MoneyUnit = '万元'): MoneyUnit {
  const k = printed ? labelKey(printed) : '';
  return isMoneyUnit(k) ? k : fallback;
}

/** An amount cell as an Amount, or null when the cell is blank or not an amount. */
export function amountOf(cell: Cell | undefined, line: number | undefined, unit: MoneyUnit): Amount | null {
  if (!cell || line === undefined) return null;
  const parsed = parseAmount(cell.text);
  if (!parsed) return null;
  return {
    value: parsed.value,
    text: cell.text,
    unit: parsed.unit ?? unit,
    source: { line, column: cell.column },
  };
}

export function locatedText(cell: Cell | undefined, line: number | undefined): Located<string> | null {
  if (!cell || cell.text === '' || line === undefined) return null;
  return { value: cell.text, source: { line, column: cell.column } };
}
