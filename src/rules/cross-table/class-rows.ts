// Matching the rows of functional tables by classification code, for the per-class cross-table rules.
// The 合计 row is matched as code "合计".

import type { AmountRow, AmountTable } from '../../core/model/tables.js';

export const TOTAL_KEY = '合计';

export function rowKey(row: AmountRow): string | null {
  return row.kind === 'total' ? TOTAL_KEY : row.code;
}

export function rowsByCode(table: AmountTable | null): Map<string, AmountRow> {
  const m = new Map<string, AmountRow>();
  for (const r of table?.rows ?? []) {
    const k = rowKey(r);
    if (k !== null && !m.has(k)) m.set(k, r);
  }
  return m;
}

/** All codes of the given tables, in the order first seen (合计 first). */
export function unionCodes(...tables: (AmountTable | null)[]): string[] {
  const out: string[] = [];
  for (const t of tables) for (const k of rowsByCode(t).keys()) if (!out.includes(k)) out.push(k);
  return out.sort((a, b) => (a === TOTAL_KEY ? -1 : b === TOTAL_KEY ? 1 : a.localeCompare(b)));
}

export function codeLabel(code: string, row: AmountRow | undefined): string {
  return code === TOTAL_KEY ? TOTAL_KEY : `${code} ${row?.name ?? ''}`.trim();
}
