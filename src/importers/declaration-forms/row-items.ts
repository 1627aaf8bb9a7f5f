// A form row as the readers see it: its non-empty cells in order, each with its printed column, and
// the row split into label groups ("主管部门 | 县政府办 | 项目起止时间 | 2023年1月-12月" is two groups).
// Rows are found by their labels, not by fixed positions, because the conversion shifts cells.

import { labelKey } from '../../core/text.js';
import type { Located } from '../../core/source.js';
import type { ImportContext } from '../context.js';
import type { SourceLine } from '../lines.js';
import { labelName, matchLabelKey } from './labels.js';
import type { FormLabel, LabelMatch } from './labels.js';

export interface RowItem {
  /** Cleaned cell text (never empty). */
  text: string;
  /** labelKey of the text: no spaces, half width. */
  key: string;
  /** 1-based printed column. */
  column: number;
}

export interface FieldGroup {
  label: FormLabel;
  /** The label cell. */
  at: RowItem;
  /** The value cells after the label, up to the next label of the row. */
  values: RowItem[];
}

export function rowItems(line: SourceLine): RowItem[] {
  return line.cells
    .filter((c) => c.text !== '')
    .map((c) => ({ text: c.text, key: labelKey(c.text), column: c.column }));
}

/** True for the header row of an indicator list (一级指标 二级指标 三级指标 指标值), wherever it starts. */
export function isIndicatorHeader(items: readonly RowItem[]): boolean {
  return items.some((i) => i.key === '一级指标') && items.some((i) => i.key === '二级指标');
}

/** Reports how a label cell was repaired to be recognised (cut short, characters out of order). */
function reportLabelRepair(ctx: ImportContext, match: LabelMatch, item: RowItem, line: number): void {
  if (match.repair === 'scrambled')
    ctx.report(
      'words-joined',
      'info',
      `第${line}行第${item.column}栏“${item.text}”字序错乱，按栏目“${labelName(match.label.id)}”读取`,
      line,
      { column: item.column },
    );
  else if (match.repair === 'cut')
    ctx.report(
      'text-cut',
      'info',
      `第${line}行第${item.column}栏“${item.text}”不完整，按栏目“${labelName(match.label.id)}”读取`,
      line,
      { column: item.column },
    );
}

/**
 * Splits a row into its leading section headings (dropped: they carry no value) and label groups.
 * `leading` holds the value cells before the first label (none in a well-formed field row).
 */
export function splitRow(
  ctx: ImportContext,
  line: SourceLine,
  items: readonly RowItem[],
): { sections: FormLabel[]; leading: RowItem[]; groups: FieldGroup[] } {
  const sections: FormLabel[] = [];
  const leading: RowItem[] = [];
  const groups: FieldGroup[] = [];
  for (const item of items) {
    const match = matchLabelKey(item.key);
    const last = groups[groups.length - 1];
    if (match && (match.label.role === 'section' || match.label.role === 'filler')) {
      reportLabelRepair(ctx, match, item, line.no);
      if (match.label.role === 'section') sections.push(match.label);
    } else if (match) {
      reportLabelRepair(ctx, match, item, line.no);
      groups.push({ label: match.label, at: item, values: [] });
    } else if (last) last.values.push(item);
    else leading.push(item);
  }
  return { sections, leading, groups };
}

/** The value cells of a group as one text (cells joined by a space), located at the first value cell. */
export function groupText(group: FieldGroup, line: number): Located<string> | null {
  const first = group.values[0];
  if (!first) return null;
  return { value: group.values.map((v) => v.text).join(' '), source: { line, column: first.column } };
}
