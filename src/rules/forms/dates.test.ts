import { describe, expect, it } from 'vitest';
import { readDate, readDateOrPeriod } from './dates.js';

describe('dates in declaration forms', () => {
  it.each([
    ['2023年1月1日', { year: 2023, month: 1, day: 1 }],
    ['2023年12月31日', { year: 2023, month: 12, day: 31 }],
    ['2023. 01. 01', { year: 2023, month: 1, day: 1 }],
    ['2023年12月', { year: 2023, month: 12, day: null }],
    ['2023年12月31日前', { year: 2023, month: 12, day: 31 }],
    ['20231231', { year: 2023, month: 12, day: 31 }],
  ])('reads %s as a date', (text, parts) => {
    expect(readDate(text)).toEqual(parts);
  });

  it.each([
    '2023年1月-12月',
    '202301-202312',
    '2023.01--2023.12',
    '2023年1月—12月',
    '2023年1-12月',
    '2023. 01. 01-2023. 12. 31',
  ])('reads %s as a period', (text) => {
    expect(readDateOrPeriod(text)).toBe(true);
  });

  it.each(['2023/1/12月', '2023年13月', '2023-02-30', '全年', '无', '2023年1月-13月'])(
    'refuses %s',
    (text) => {
      expect(readDateOrPeriod(text)).toBe(false);
    },
  );
});
