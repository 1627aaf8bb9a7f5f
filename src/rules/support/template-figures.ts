// Reading the figures a template names: a balance entry or amount row by its locator (core/templates
// `TotalLocator`), as a term for the sum and equality findings, with the words a message names it by.
// Rules driven by a template's data (its identities and agreements) read their figures through here.

import type { Amount } from '../../core/model/common.js';
import type { TabledDocument } from '../../core/model/document.js';
import type { BalanceEntry } from '../../core/model/tables.js';
import { FUNCTIONAL_CLASSES } from '../../core/templates/classes.js';
import { TEMPLATES } from '../../core/templates/registry.js';
import type { Template, TotalLocator } from '../../core/templates/template.js';
import { labelKey } from '../../core/text.js';
import { term } from '../sum-finding.js';
import type { Term } from '../sum-finding.js';

export interface LocatedTerm {
  term: Term;
  /** "部门财务收支预算总表 收入总计", "部门支出预算总表 合计（基本支出）". */
  label: string;
  table: string;
}

/** The figure a locator names, or undefined when the document does not print its table or row. */
export function locatedTerm(doc: TabledDocument, loc: TotalLocator): LocatedTerm | undefined {
  const table = doc.tables[loc.table];
  if (!table) return undefined;
  if ('side' in loc) {
    if (table.shape !== 'balance') return undefined;
    const e = table[loc.side].find((x) => x.key === loc.item);
    if (!e) return undefined;
    const amount: Amount | null = loc.column
      ? (e.amounts[loc.column] ?? null)
      : (Object.values(e.amounts).find((a) => a !== null) ?? null);
    const col = loc.column ? table.columns[loc.side].find((c) => c.key === loc.column)?.label : undefined;
    return {
      term: term(amount, e.source.line),
      label: `${table.name} ${loc.item}${col && table.columns[loc.side].length > 1 ? `（${col}）` : ''}`,
      table: table.name,
    };
  }
  if (table.shape !== 'amounts') return undefined;
  const wanted = loc.row;
  const row =
    wanted === 'total'
      ? table.rows.find((r) => r.kind === 'total')
      : table.rows.find((r) => labelKey(r.name) === labelKey(wanted.name));
  if (!row) return undefined;
  const col = table.columns.find((c) => c.key === loc.column)?.label ?? loc.column;
  return {
    term: term(row.amounts[loc.column] ?? null, row.source.line),
    label: `${table.name} ${row.name}（${col}）`,
    table: table.name,
  };
}

const CLASS_KEYS = new Set<string>(FUNCTIONAL_CLASSES);

/** True for a statement entry that is a functional class (一般公共服务支出 …). */
export const isClassEntry = (e: BalanceEntry): boolean => e.key !== null && CLASS_KEYS.has(e.key);

/** The ids of the templates for which `has` holds: the templates a data-driven rule reads. */
export function templatesWith(has: (t: Template) => boolean): string[] {
  return TEMPLATES.filter(has).map((t) => t.id);
}
