// Reading the dates and periods written in declaration forms: "2023年1月1日", "2023. 01. 01", "2023年12月",
// "202301", and periods "2023年1月-12月", "202301-202312", "2023.01--2023.12", "2023年1月—12月". Whatever
// cannot be read as a real calendar date ("2023/1/12月", "2023年13月") is not a date.

import { toHalfWidth } from '../../core/text.js';

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

const FULL = /^(\d{4})(?:年|[./-])(\d{1,2})(?:月|(?:[./-](\d{1,2})日?)|(?:月(\d{1,2})日))?$/;
const MONTH_DAY = /^(\d{1,2})月(?:(\d{1,2})日)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})?$/;
const YEAR = /^(\d{4})年?$/;

const clean = (text: string): string =>
  toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/(?:之前|以前|前|止|底|末)$/, '');

function valid(year: number, month: number | null, day: number | null): DateParts | null {
  if (year < 1990 || year > 2100) return null;
  if (month === null) return day === null ? { year, month, day } : null;
  if (month < 1 || month > 12) return null;
  if (day === null) return { year, month, day };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days ? { year, month, day } : null;
}

/** A single date (year with month, optionally day), or null. */
export function readDate(text: string): DateParts | null {
  const t = clean(text);
  let m = FULL.exec(t);
  if (m) {
    const day = m[3] ?? m[4];
    return valid(Number(m[1]), m[2] ? Number(m[2]) : null, day ? Number(day) : null);
  }
  m = COMPACT.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null);
  m = YEAR.exec(t);
  if (m && /年/.test(t)) return valid(Number(m[1]), null, null);
  return null;
}

/** A date or a period "start–end" whose end may omit the year ("2023年1月-12月"). */
export function readDateOrPeriod(text: string): boolean {
  const t = clean(text).replace(/[—–~～至到]+/g, '-');
  if (readDate(t)) return true;
  for (let i = t.indexOf('-'); i > 0; i = t.indexOf('-', i + 1)) {
    const start = readDate(t.slice(0, i));
    const endText = t.slice(i).replace(/^-+/, '');
    if (!start || endText === '') continue;
    const end = readDate(endText);
    if (end) return true;
    const md = MONTH_DAY.exec(clean(endText));
    if (md && valid(start.year, Number(md[1]), md[2] ? Number(md[2]) : null)) return true;
  }
  return false;
}
