// Reading an actual value as a person writes it in the actuals sheet: a number with or without its
// unit ("92%", "480", "480口", "11.2万元", "偏离8%"), a word ("完成", "效果一般", "增长"), a word with a
// degree ("部分达成 70%"), points the evaluator judged ("8分"), several values for a standard in parts
// ("0；1；0"), or "不适用". What it means is the rule's business (evaluate.ts); this only reads it.

import { Decimal } from '../core/decimal.js';
import { toHalfWidth } from '../core/text.js';

export type Actual =
  | { kind: 'number'; value: Decimal; unit: string | null; deviation: boolean; text: string }
  | { kind: 'words'; words: string; degree: Decimal | null; text: string }
  | { kind: 'points'; value: Decimal; text: string }
  | { kind: 'list'; items: Actual[]; text: string }
  | { kind: 'not-applicable'; text: string };

const NUMBER = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const QUANTITY = new RegExp(`^(偏离|偏差)?(${NUMBER})(个百分点|百分点|%|[^\\d\\s%]{0,6})$`);
const POINTS = new RegExp(`^(?:得)?(${NUMBER})分$`);
const WORDS_DEGREE = new RegExp(`^([^\\d]+?)[,，:：]?(${NUMBER})%$`);
const NOT_APPLICABLE = /^(?:不适用|不涉及|无此项|n\/?a)$/i;

/** The unit as the evaluator compares it: per cent and percentage points alike, 个月 as 月. */
export function normalUnit(unit: string | null): string | null {
  if (unit === null || unit === '') return null;
  if (unit === '%' || unit === '个百分点' || unit === '百分点' || unit === '百分比') return '%';
  return unit.startsWith('个') && unit.length > 1 ? unit.slice(1) : unit;
}

function one(text: string): Actual {
  if (NOT_APPLICABLE.test(text)) return { kind: 'not-applicable', text };
  const points = POINTS.exec(text);
  if (points?.[1]) return { kind: 'points', value: Decimal.from(points[1].replace(/,/g, '')), text };
  const q = QUANTITY.exec(text);
  if (q?.[2]) {
    const value = Decimal.parse(q[2].replace(/^\+/, ''));
    if (value)
      return { kind: 'number', value, unit: normalUnit(q[3] ?? null), deviation: q[1] !== undefined, text };
  }
  const wd = WORDS_DEGREE.exec(text);
  if (wd?.[1] && wd[2]) {
    return { kind: 'words', words: wd[1].trim(), degree: Decimal.from(wd[2]), text };
  }
  return { kind: 'words', words: text, degree: null, text };
}

/** Reads an actual value; null for a blank cell (not evaluated yet). */
export function parseActual(raw: string | null): Actual | null {
  if (raw === null) return null;
  const text = toHalfWidth(raw).trim();
  if (text === '') return null;
  const parts = text
    .split(/[;；]/)
    .map((p) => p.replace(/\s+/g, ''))
    .filter((p) => p !== '');
  if (parts.length > 1) return { kind: 'list', items: parts.map(one), text };
  return one(text.replace(/\s+/g, ''));
}
