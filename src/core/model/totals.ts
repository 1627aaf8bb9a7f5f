// The headline totals of a budget or final accounts, read where the document's template says they are
// printed (core/templates: `Template.totals`): the summary statement's 本年收入合计, the expenditure
// table's 合计 row, the basic-expenditure table's 人员经费合计… Values keep their unit as printed.

import { labelKey } from '../text.js';
import type { TotalKey, TotalLocator, Template } from '../templates/template.js';
import { TOTAL_KEYS } from '../templates/template.js';
import type { Amount } from './common.js';
import type { TabledDocument } from './document.js';

/** The amount a locator points at; undefined when the document does not print that table. */
export function locateTotal(doc: TabledDocument, loc: TotalLocator): Amount | null | undefined {
  const table = doc.tables[loc.table];
  if (!table) return undefined;
  if ('side' in loc) {
    if (table.shape !== 'balance') return undefined;
    const entry = table[loc.side].find((e) => e.key === loc.item);
    if (!entry) return null;
    if (loc.column) return entry.amounts[loc.column] ?? null;
    return Object.values(entry.amounts).find((a) => a !== null) ?? null;
  }
  if (table.shape !== 'amounts') return undefined;
  const wanted = loc.row;
  const row =
    wanted === 'total'
      ? table.rows.find((r) => r.kind === 'total')
      : table.rows.find((r) => labelKey(r.name) === labelKey(wanted.name));
  return row?.amounts[loc.column] ?? null;
}

/** Each headline total: the first of its locators whose table the document prints. */
export function documentTotals(doc: TabledDocument, template: Template): Record<TotalKey, Amount | null> {
  const out = {} as Record<TotalKey, Amount | null>;
  for (const key of TOTAL_KEYS) {
    out[key] = null;
    for (const loc of template.totals[key] ?? []) {
      const found = locateTotal(doc, loc);
      if (found !== undefined) {
        out[key] = found;
        break;
      }
    }
  }
  return out;
}
