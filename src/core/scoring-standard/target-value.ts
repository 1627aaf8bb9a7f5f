// Reading a 指标值 as printed: "≥90%", "100", "10次", "1次以上", "1565万元", "12；200", "80元/月/人",
// "2023年12月31日前完成", "2024年度内", "提高", "较上年增加", "及时", "无". Nothing is guessed: text with
// no number, date or direction word is kept as qualitative words.

import { Decimal } from '../decimal.js';
import { isPlaceholder, toHalfWidth } from '../text.js';
import type { Comparator } from '../vocabulary.js';
import { COMPARATOR_ALIASES, isComparator } from '../vocabulary.js';
import type { Quantity, TargetValue } from './types.js';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const YEAR_MIN = Decimal.from('1900');
const YEAR_MAX = Decimal.from('2100');
const PERCENT_WORDS = /^(?:%|百分比|百分率|百分点)$/;

/** '%' for the ways per cent is written; the unit as written otherwise; null when blank or a placeholder. */
export function unitOf(text: string | null): string | null {
  if (text === null) return null;
  const t = toHalfWidth(text).replace(/\s+/g, '');
  if (isPlaceholder(t) || t === '') return null;
  return PERCENT_WORDS.test(t) ? '%' : t;
}

const LEAD_COMPARATOR = /^(≥|≤|>=|<=|>|<|=|不低于|不少于|不超过|不高于|大于等于|小于等于|大于|小于|控制在)/;
const TRAIL_COMPARATOR = /(以上|及以上|以下|及以下|以内|及以内)$/;

function comparatorWord(w: string): Comparator | null {
  if (isComparator(w)) return w;
  if (w === '控制在') return '≤';
  return COMPARATOR_ALIASES[w] ?? null;
}

function trailComparator(w: string): Comparator {
  return w.endsWith('以上') ? '≥' : '≤';
}

const SINGLE = new RegExp(`^(${NUMBER})(%|[^\\d;；、,，]*)$`);

/** One number with its unit: "90%", "10次", "1565万元", "80元/月/人". */
function quantity(text: string): Quantity | null {
  const m = SINGLE.exec(text);
  if (!m?.[1]) return null;
  const value = Decimal.parse(m[1]);
  if (!value) return null;
  const unit = m[2] ? unitOf(m[2]) : null;
  return { value, unit };
}

const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DEADLINE = /前|以前|之前|内|以内|底|年底|年末|截止|完成/;

function dateValue(t: string): TargetValue | null {
  const iso = ISO_DATE.exec(t);
  if (iso) {
    return {
      kind: 'date',
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      deadline: true,
      text: t,
    };
  }
  if (/^(?:本年|年底|年末|当年|本年度|年度内|全年)/.test(t) && DEADLINE.test(t)) {
    return { kind: 'date', year: null, month: 12, day: null, deadline: true, text: t };
  }
  const m = DATE.exec(t);
  if (!m || m.index !== 0 || m[0] === '' || (!m[1] && !m[2])) return null;
  const rest = t.slice(m[0].length);
  // "2023" alone is a year only with a year word after it; "12月" alone is a count of months.
  if (!m[1] && !/^(?:底|末|前|以前|之前)/.test(rest)) return null;
  if (
    rest !== '' &&
    !/^(?:年度内|度内|年内|内|以内|前|以前|之前|底|末|年底|年末)?(?:完成|前完成)?$/.test(rest)
  ) {
    return null;
  }
  return {
    kind: 'date',
    year: m[1] ? Number(m[1]) : null,
    month: m[2] ? Number(m[2]) : rest.includes('底') || rest.includes('年') ? 12 : null,
    day: m[3] ? Number(m[3]) : null,
    deadline: rest === '' ? m[1] !== undefined && !m[2] : DEADLINE.test(rest),
    text: t,
  };
}

const INCREASE = /提高|提升|增加|增长|扩大|上升|增强|改善|向好|加强|优化/;
const DECREASE = /降低|减少|下降|缩小|减轻|压减/;
const STABLE = /持平|稳定|保持|不变|维持/;

function directionValue(t: string): TargetValue | null {
  if (t.length > 20) return null;
  if (DECREASE.test(t)) return { kind: 'direction', direction: 'decrease', text: t };
  if (INCREASE.test(t)) return { kind: 'direction', direction: 'increase', text: t };
  if (STABLE.test(t)) return { kind: 'direction', direction: 'stable', text: t };
  return null;
}

/** Reads a 指标值 (and the 度量单位 column, used when the value carries no unit of its own). */
export function parseTargetValue(value: string | null, unitColumn: string | null = null): TargetValue {
  if (value === null || isPlaceholder(value)) return { kind: 'none' };
  const text = toHalfWidth(value).replace(/\s+/g, '').replace(/[，]/g, ',');
  const columnUnit = unitOf(unitColumn);
  const lead = LEAD_COMPARATOR.exec(text);
  let body = lead ? text.slice(lead[0].length) : text;
  let comparator = lead?.[1] ? comparatorWord(lead[1]) : null;
  const trail = TRAIL_COMPARATOR.exec(body);
  if (trail?.[1] && /\d/.test(body)) {
    body = body.slice(0, trail.index);
    comparator ??= trailComparator(trail[1]);
  }
  body = body.replace(/\([^()]*\)/g, '');
  const date = dateValue(body);
  if (date) return date;
  const q = quantity(body);
  if (q && q.unit === '年' && q.value.gt(YEAR_MIN) && q.value.lt(YEAR_MAX)) {
    // "2023" in a 年 column: the year the work is due in.
    return { kind: 'date', year: Number(q.value.toString()), month: null, day: null, deadline: true, text };
  }
  if (q) {
    const unit = q.unit ?? columnUnit;
    return { kind: 'number', value: q.value, unit, percent: unit === '%', comparator, text };
  }
  const parts = body.split(/[;；、]/).filter((p) => p !== '');
  if (parts.length > 1) {
    const values = parts.map(quantity);
    if (values.every((v): v is Quantity => v !== null)) {
      return {
        kind: 'numbers',
        values: values.map((v) => ({ value: v.value, unit: v.unit ?? columnUnit })),
        text,
      };
    }
  }
  // A number inside words: "力争完成《驻京信息》80期", "资金发放率100%" (one number, at the end).
  const inner = new RegExp(`^[^\\d]*?(${NUMBER})(%|[期次个件篇家人项场批]|)$`).exec(body);
  if (inner?.[1]) {
    const v = Decimal.parse(inner[1]);
    const unit = inner[2] ? unitOf(inner[2]) : columnUnit;
    if (v) return { kind: 'number', value: v, unit, percent: unit === '%', comparator, text };
  }
  return directionValue(body) ?? { kind: 'qualitative', text };
}
