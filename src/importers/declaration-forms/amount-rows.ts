// The small amount tables of the whole-department form (单位年度收入预算, 单位年度支出预算, 三公经费预算):
// a row of headings ("收入合计 | 公共财政拨款 | …") and a row of amounts under them, matched by column.
// Amounts are kept as printed: 三公 合计 13 beside 公务接待费 13.18 is for the review to judge.

import type { Amount } from '../../core/model/common.js';
import type { ImportContext } from '../context.js';
import { amountCell } from './cells.js';
import type { TableReader } from './form-walker.js';
import type { RowItem } from './row-items.js';

/** Heading (labelKey, half width) → model key, per table. */
export const AMOUNT_TABLES = {
  income: {
    name: '单位年度收入预算',
    headings: {
      收入合计: 'total',
      公共财政拨款: 'general',
      政府性基金拨款: 'fund',
      非税收入拨款: 'nonTax',
      其他拨款: 'other',
    },
  },
  expenditure: {
    name: '单位年度支出预算',
    headings: { 支出合计: 'total', 基本支出: 'basic', 项目支出: 'project' },
  },
  threePublic: {
    name: '三公经费预算',
    headings: {
      合计: 'total',
      公务用车运行和购置费: 'vehicle',
      公务用车购置及运行费: 'vehicle',
      '因公出国(境)费': 'abroad',
      公务接待费: 'reception',
    },
  },
} as const satisfies Record<string, { name: string; headings: Record<string, string> }>;

export type AmountTableId = keyof typeof AMOUNT_TABLES;

/** A record with every key of the table, null until read. */
export function emptyAmounts(id: AmountTableId): Record<string, Amount | null> {
  const record: Record<string, Amount | null> = {};
  for (const key of Object.values(AMOUNT_TABLES[id].headings)) record[key] = null;
  return record;
}

/** Reads the heading row, then the amount row, into `into`; reports a table left without amounts. */
export function amountRowsReader(
  ctx: ImportContext,
  id: AmountTableId,
  into: Record<string, Amount | null>,
  labelLine: number,
): TableReader {
  const table = AMOUNT_TABLES[id];
  const headings: Record<string, string> = table.headings;
  let columns: Map<number, { key: string; heading: string }> | null = null;
  let done = false;
  const unplaced = (line: number, item: RowItem, why: string) =>
    ctx.report('unplaced-line', 'warning', `第${line}行第${item.column}栏“${item.text}”${why}`, line, {
      column: item.column,
    });
  return {
    row(line, items) {
      if (!columns) {
        columns = new Map();
        for (const item of items) {
          const key = headings[item.key];
          if (key) columns.set(item.column, { key, heading: item.text });
          else unplaced(line, item, `不是${table.name}表的栏目（应为${Object.keys(headings).join('、')}）`);
        }
        return;
      }
      if (done) {
        for (const item of items) unplaced(line, item, `在${table.name}表的金额行之后，未读取`);
        return;
      }
      done = true;
      for (const item of items) {
        const column = columns.get(item.column);
        if (column) into[column.key] = amountCell(ctx, item, line, column.heading);
        else unplaced(line, item, `不在${table.name}表任何栏目之下，未读取`);
      }
    },
    finish() {
      if (!done)
        ctx.report('field-missing', 'warning', `第${labelLine}行${table.name}表没有金额行`, labelLine, {
          table: table.name,
        });
    },
  };
}
