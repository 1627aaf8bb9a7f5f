// Reading single cells of the forms: amounts in 万元 as printed ("68", "15万", "120万元"), head counts
// ("70人"), and text that stops mid-sentence at the cell edge. Unreadable cells become diagnostics.

import type { Amount } from '../../core/model/common.js';
import { parseAmount } from '../../core/money.js';
import type { ImportContext } from '../context.js';
import type { RowItem } from './row-items.js';

/** The amount in a cell (the forms' unit is 万元 unless the text says otherwise); null if blank or unreadable. */
export function amountCell(
  ctx: ImportContext,
  item: RowItem | undefined,
  line: number,
  what: string,
): Amount | null {
  if (!item) return null;
  const parsed = parseAmount(item.text);
  if (!parsed) {
    ctx.report(
      'cell-unreadable',
      'warning',
      `第${line}行第${item.column}栏${what}“${item.text}”不是金额（应为万元金额，如“68”或“15万”）`,
      line,
      { column: item.column },
    );
    return null;
  }
  return {
    value: parsed.value,
    text: item.text,
    unit: parsed.unit ?? '万元',
    source: { line, column: item.column },
  };
}

/** A head count as printed ("70人", "70"); null with a diagnostic when it is not one. */
export function countCell(
  ctx: ImportContext,
  item: RowItem | undefined,
  line: number,
  what: string,
): number | null {
  if (!item) return null;
  const m = /^(\d+)人?$/.exec(item.key);
  if (m?.[1]) return Number(m[1]);
  ctx.report('cell-unreadable', 'warning', `第${line}行${what}“${item.text}”不是人数（应为如“70人”）`, line, {
    column: item.column,
  });
  return null;
}

/** Text ending in a list or clause separator was cut off at the cell edge ("…下乡协调、勘察、"). */
export function reportIfCut(ctx: ImportContext, item: RowItem, line: number, what: string): void {
  if (/[、，,；;：:（(]$/.test(item.text))
    ctx.report(
      'text-cut',
      'warning',
      `第${line}行${what}“${item.text}”在“${item.text.slice(-1)}”处中断，文字不完整`,
      line,
      { column: item.column },
    );
}
