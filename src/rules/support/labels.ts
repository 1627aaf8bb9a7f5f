// How rules name the things they report on, and which lines they leave alone: a row's label
// ("201 一般公共服务支出"), a balance entry's label, and the lines the importer could not read.
import type { BudgetDocument } from '../../core/model/document.js';
import type { AmountRow, BalanceEntry } from '../../core/model/tables.js';

/** A row's label for messages: "201 一般公共服务支出", or the name alone for 合计 and unit rows. */
export function rowLabel(row: AmountRow): string {
  return row.code && row.kind !== 'total' && row.kind !== 'unit' ? `${row.code} ${row.name}` : row.name;
}

/** A balance entry's label for messages: the template key, or the printed label without its numbering. */
export function entryLabel(e: BalanceEntry): string {
  return e.key ?? e.label.replace(/^[一二三四五六七八九十\d]+[、.．]\s*/, '');
}

/** Lines on which the importer could not read a row or cell: sums there are not judged again. */
export function unreadableLines(doc: BudgetDocument): Set<number> {
  return new Set(
    doc.diagnostics
      .filter((d) => d.code === 'row-unreadable' || d.code === 'cell-unreadable')
      .map((d) => d.source.line),
  );
}
