// 项目年度实施进度计划: rows of 项目实施内容, 开始时间, 结束时间, kept as printed ("2023/1/12月" stays
// as it is; the review judges dates). Columns come from the header row; a row whose cells are not in
// those columns is read in order (content, start, end) and reported.

import type { ScheduleItem } from '../../core/model/forms.js';
import type { Located } from '../../core/source.js';
import type { ImportContext } from '../context.js';
import type { RowItem } from './row-items.js';

export interface ScheduleColumns {
  content: number;
  start: number;
  end: number;
}

/** Columns from the header: the 项目实施内容 cell and the 开始时间 / 结束时间 cells after it. */
export function scheduleColumns(contentColumn: number, header: readonly RowItem[]): ScheduleColumns {
  const start = header.find((h) => h.key === '开始时间')?.column ?? contentColumn + 2;
  const end = header.find((h) => h.key === '结束时间')?.column ?? start + 1;
  return { content: contentColumn, start, end };
}

const at = (item: RowItem, line: number): Located<string> => ({
  value: item.text,
  source: { line, column: item.column },
});

export function readScheduleRow(
  ctx: ImportContext,
  line: number,
  items: readonly RowItem[],
  cols: ScheduleColumns,
): ScheduleItem | null {
  const first = items[0];
  if (!first) return null;
  const byColumn = (c: number) => items.find((i) => i.column === c);
  const aligned = items.every(
    (i) => i.column === cols.content || i.column === cols.start || i.column === cols.end,
  );
  if (aligned) {
    const content = byColumn(cols.content);
    const start = byColumn(cols.start);
    const end = byColumn(cols.end);
    return {
      content: content?.text ?? null,
      start: start ? at(start, line) : null,
      end: end ? at(end, line) : null,
      source: { line, column: first.column },
    };
  }
  // Out of place: the last two cells are the dates, anything before them the content (a lone cell is
  // the content: a date without its pair cannot be told start or end).
  ctx.report(
    'row-realigned',
    'info',
    `第${line}行实施进度计划的单元格不在表头所示位置，已按顺序读取（内容、开始时间、结束时间）`,
    line,
    {
      column: first.column,
    },
  );
  const dates = items.length >= 2 ? items.slice(-2) : [];
  const start = dates[0];
  const end = dates[1];
  const content = items.slice(0, items.length - dates.length);
  return {
    content: content.length > 0 ? content.map((c) => c.text).join(' ') : null,
    start: start ? at(start, line) : null,
    end: end ? at(end, line) : null,
    source: { line, column: first.column },
  };
}
