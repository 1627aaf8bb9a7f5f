// Header rows of the amount tables (tables 1–8): the column captions (收 入 / 项 目 / 本年预算,
// 类 / 款 / 项 / 功能科目 / 总 计, …) and the numbering row (**⇥**⇥1⇥2⇥3). They repeat at the top
// of every continuation page and carry no figures, so the readers skip them wherever they appear.

import type { ColumnTemplate } from '../../core/templates/template.js';
import { labelKey } from '../../core/text.js';
import type { SourceLine } from '../lines.js';

/** Captions printed in the header rows, besides the template's column labels and groups. */
const CAPTIONS = [
  // balance tables
  '收入',
  '支出',
  '项目',
  '本年预算',
  '本年预算数',
  '预算数',
  '金额',
  // classification columns
  '类',
  '款',
  '项',
  '科目编码',
  '科目名称',
  '功能科目',
  '功能科目编码',
  '功能科目名称',
  '功能分类科目',
  '经济科目编码',
  '经济科目名称',
  '经济分类科目',
  // per-unit tables
  '部门名称',
  '单位名称',
  '部门编码',
  '单位编码',
];

/** Caption patterns that vary in wording: 三公经费预（决）算数（财政拨款）. */
const CAPTION_PATTERNS = [/^"?三公经费/];

/** Words that are captions in a header but also the label of a data row (a total row). */
const TOTAL_WORDS = new Set(['合计', '总计', '小计']);

/** The header vocabulary of a table: the fixed captions, the template's, and its columns' labels and groups. */
export function headerWords(
  columns: readonly ColumnTemplate[],
  captions: readonly string[] = [],
): Set<string> {
  const words = new Set([...CAPTIONS, ...captions].map(labelKey));
  // Quotation marks are printed or not ("三公" / “三公”): both forms are captions.
  for (const c of captions) words.add(labelKey(c).replace(/["“”]/g, ''));
  for (const c of columns) {
    words.add(labelKey(c.label));
    if (c.group) words.add(labelKey(c.group));
  }
  for (const w of [...words]) if (/["“”]/.test(w)) words.add(w.replace(/["“”]/g, ''));
  for (const w of TOTAL_WORDS) words.add(w);
  return words;
}

/** True for the column-numbering row: its non-blank cells are 1, 2, 3, … in order. */
export function isNumberingRow(texts: readonly string[]): boolean {
  return texts.length >= 2 && texts.every((t, i) => t === String(i + 1));
}

/**
 * True when the line is a header row: the numbering row, or a row whose non-blank cells are all
 * captions and not only a total word (a "合计" row with blank figures is data, not header).
 */
export function isHeaderRow(line: SourceLine, words: ReadonlySet<string>): boolean {
  const texts = line.cells.map((c) => labelKey(c.text)).filter((t) => t !== '');
  if (texts.length === 0) return false;
  if (isNumberingRow(texts)) return true;
  const caption = (t: string) =>
    words.has(t) || words.has(t.replace(/["“”]/g, '')) || CAPTION_PATTERNS.some((p) => p.test(t));
  return texts.every(caption) && texts.some((t) => !TOTAL_WORDS.has(t));
}
