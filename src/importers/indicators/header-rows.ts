// Recognises the header rows a target table repeats on every page ("单位编码 | 单位（项目）名称 | …",
// "一级指标 | 二级指标 | …"), including labels broken by spaces or cut at the page edge ("计量单",
// "政府性基金拨"): a row is a header when every non-empty cell is (the start of) a header label.

import { labelKey } from '../../core/text.js';
import type { SourceLine } from '../lines.js';
import type { TargetLayout } from './layouts.js';

const MIN_PREFIX = 2;

function headerLabels(layout: TargetLayout): string[] {
  return [...layout.columns.map((c) => c.label), ...layout.headerWords].map(labelKey);
}

export function isHeaderRow(line: SourceLine, layout: TargetLayout): boolean {
  const labels = headerLabels(layout);
  const texts = line.cells.map((c) => labelKey(c.text)).filter((t) => t !== '');
  if (texts.length === 0) return false;
  return texts.every((t) => labels.some((l) => l === t || (t.length >= MIN_PREFIX && l.startsWith(t))));
}
