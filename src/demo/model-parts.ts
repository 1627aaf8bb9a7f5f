// Small builders of model values for the demo documents: amounts from cents, rows, balance entries,
// table bases from the Hunan template. Provenance is line 0 here: the real provenance comes from
// importing the rendered text, which is what the demo hands out.

import { Decimal } from '../core/decimal.js';
import type { Amount } from '../core/model/common.js';
import type { AmountRow, AmountTable, BalanceEntry } from '../core/model/tables.js';
import { HUNAN } from '../core/templates/hunan.js';
import type { TableId } from '../core/templates/template.js';
import { tableTemplate } from '../core/templates/template.js';

export const at0 = { line: 0 };

/** Cents of 万元 as an exact decimal with two places. */
export const dec = (cents: number): Decimal => Decimal.of(BigInt(cents), 2);

/** The figure as the narrative prints it: 1806.00. */
export const wan = (cents: number): string => dec(cents).toFixed(2);

export const amt = (cents: number): Amount => {
  const v = dec(cents);
  return { value: v, text: v.toGrouped(2), unit: '万元', source: at0 };
};

/** A cell: blank when zero (the documents leave zero cells blank), else the amount. */
const cell = (cents: number | null): Amount | null => (cents === null || cents === 0 ? null : amt(cents));

export function row(
  kind: AmountRow['kind'],
  code: string | null,
  name: string,
  amounts: Record<string, number | null>,
): AmountRow {
  return {
    source: at0,
    kind,
    code,
    name,
    amounts: Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, cell(v)])),
  };
}

export function entry(
  key: string,
  role: BalanceEntry['role'],
  amounts: Record<string, number | null>,
): BalanceEntry {
  return {
    source: at0,
    label: key,
    key,
    role,
    amounts: Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, cell(v)])),
  };
}

export function columnsOf(id: TableId): AmountTable['columns'] {
  const t = tableTemplate(HUNAN, id);
  return t.shape === 'amounts' ? t.columns.map((c) => ({ key: c.key, label: c.label })) : [];
}

export function tableBase(id: TableId, year: number, department: string, empty = false) {
  const t = tableTemplate(HUNAN, id);
  return {
    id,
    name: t.name,
    title: { value: `${year}年${t.titles[0] ?? t.name}`, source: at0 },
    department,
    unit: '万元',
    pages: [{ first: 0, last: 0 }],
    empty,
    note: null,
  };
}
