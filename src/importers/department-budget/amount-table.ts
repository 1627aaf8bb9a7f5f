// PLACEHOLDER — being written (helper A).
import type { AmountTable } from '../../core/model/tables.js';
import type { AmountTableTemplate } from '../../core/templates/template.js';
import type { ImportContext } from '../context.js';
import type { TableSource } from './pages.js';
import { tableBase } from './table-base.js';

export function parseAmountTable(_ctx: ImportContext, src: TableSource, t: AmountTableTemplate): AmountTable {
  return { ...tableBase(src, false), shape: 'amounts', classification: t.classification, columns: [...t.columns], rows: [] };
}
