// PLACEHOLDER — being written (helper A).
import type { BalanceTable } from '../../core/model/tables.js';
import type { BalanceTableTemplate } from '../../core/templates/template.js';
import type { ImportContext } from '../context.js';
import type { TableSource } from './pages.js';
import { tableBase } from './table-base.js';

export function parseBalanceTable(_ctx: ImportContext, src: TableSource, t: BalanceTableTemplate): BalanceTable {
  return {
    ...tableBase(src, false),
    shape: 'balance',
    columns: { income: [...t.incomeColumns], expenditure: [...t.expenditureColumns] },
    income: [],
    expenditure: [],
  };
}
