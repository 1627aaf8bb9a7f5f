// How an indicator's target and actual read in a self-evaluation form or report: the comparator and
// the unit of measure joined to the figure as the target table prints them ("≥95%", "<15万元", "提高"),
// an actual that is a bare number given the indicator's unit ("95" → "95%").

import { isPlaceholder } from '../text.js';
import type { IndicatorEvaluation } from './performance.js';

const COMPARATOR = /^(?:≥|≤|>|<|=)$/;

function unitOf(i: Pick<IndicatorEvaluation, 'unitOfMeasure'>): string {
  const u = (i.unitOfMeasure ?? '').trim();
  return isPlaceholder(u) || u === '百分比' ? (u === '百分比' ? '%' : '') : u;
}

/** "≥95%", "<15万元", "提高"; empty for a placeholder (无). */
export function targetText(
  i: Pick<IndicatorEvaluation, 'targetValue' | 'comparator' | 'unitOfMeasure'>,
): string {
  const v = (i.targetValue ?? '').trim();
  if (isPlaceholder(v)) return '';
  const c = i.comparator && COMPARATOR.test(i.comparator) && !/^[≥≤<>=]/.test(v) ? i.comparator : '';
  const u = unitOf(i);
  return `${c}${v}${u && /\d$/.test(v) ? u : ''}`;
}

/** The actual as entered, a bare number with the indicator's unit; 不适用 for an indicator left out. */
export function actualText(i: Pick<IndicatorEvaluation, 'actual' | 'status' | 'unitOfMeasure'>): string {
  if (i.status === 'not-applicable') return '不适用';
  const a = (i.actual ?? '').trim();
  const u = unitOf(i);
  return /^[+-]?\d+(?:\.\d+)?$/.test(a) && u ? `${a}${u}` : a;
}
