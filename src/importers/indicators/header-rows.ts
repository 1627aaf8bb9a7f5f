// Recognises the header rows a target table repeats on every page ("单位编码 | 单位（项目）名称 | …",
// "一级指标 | 二级指标 | …"), including labels broken by spaces or cut at the page edge ("计量单",
// "政府性基金拨"): a row is a header when every non-empty cell is (the start of) a header label.

import { labelKey } from '../../core/text.js';
import type { SourceLine } from '../lines.js';
import type { TargetLayout } from './layouts.js';

const MIN_PREFIX = 2;

const headerCache = new WeakMap<TargetLayout, ReadonlySet<string>>();

/**
 * What a header cell of the layout may read, as label keys: each label, and each of its beginnings
 * of at least MIN_PREFIX characters (a label cut at the page edge). Made once per layout.
 */
function headerTexts(layout: TargetLayout): ReadonlySet<string> {
  let texts = headerCache.get(layout);
  if (!texts) {
    const labels = [...layout.columns.map((c) => c.label), ...layout.headerWords].map(labelKey);
    const all = new Set(labels);
    for (const l of labels) for (let n = MIN_PREFIX; n < l.length; n++) all.add(l.slice(0, n));
    headerCache.set(layout, all);
    texts = all;
  }
  return texts;
}

export function isHeaderRow(line: SourceLine, layout: TargetLayout): boolean {
  const header = headerTexts(layout);
  let texts = 0;
  for (const cell of line.cells) {
    if (cell.text === '') continue;
    const t = labelKey(cell.text);
    if (t === '') continue;
    texts++;
    // Data rows fail on their first cell that is not a label: no need to look at the others.
    if (!header.has(t)) return false;
  }
  return texts > 0;
}
