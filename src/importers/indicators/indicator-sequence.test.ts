import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import { isPlaceholderRow } from './indicator-sequence.js';
import {
  comparatorOfValue,
  readComparator,
  readLevel1,
  readLevel2,
  readNumber,
} from './vocabulary-reading.js';

describe('reading indicator vocabulary as printed', () => {
  it.each([
    ['≥', '≥'],
    ['>=', '≥'],
    ['＞=', '≥'],
    ['<', '<'],
    ['定性', '定性'],
    ['定 量', '定量'],
    ['2.00', null], // 2024 lines 590, 624: a number where the type belongs
    ['无', null],
  ])('指标值类型 %j reads as %j', (text, expected) => {
    expect(readComparator(text)).toBe(expected);
  });

  it.each([
    ['≥90%', '≥'],
    ['≤100%', '≤'],
    ['>=50', '≥'],
    ['95%', null],
  ])('the comparator a value %j starts with is %j', (text, expected) => {
    expect(comparatorOfValue(text)).toBe(expected);
  });

  it.each([
    ['满意 度指 标', '满意度指标', null],
    ['产出 指标', '产出指标', null],
    ['数量指 标', null, '数量指标'],
    ['服务对象满意度', null, '服务对象满意度指标'],
    ['成本指标', '成本指标', '成本指标'], // level 1, and level 2 under 产出指标 (Beijing table 10)
    ['工作完成及时率', null, null],
  ])('%j is level 1 %j, level 2 %j', (text, l1, l2) => {
    expect([readLevel1(text), readLevel2(text)]).toEqual([l1, l2]);
  });

  it('reads weights exactly, including 2.5', () => {
    expect(readNumber('2.5')?.eq(Decimal.from('2.5'))).toBe(true);
    expect(readNumber(' 10 ')?.toString()).toBe('10');
    expect(readNumber('无')).toBeNull();
  });
});

describe('isPlaceholderRow', () => {
  const row = (
    name: string | null,
    value: string | null,
    weight: string | null,
    rest: string | null = '无',
  ) => ({
    name,
    value,
    content: rest,
    scoring: rest,
    weight: weight === null ? null : Decimal.from(weight),
  });
  it.each([
    { what: '社会成本指标 无 无 … (2024 line 343)', r: row('无', '无', null), placeholder: true },
    { what: 'a level-2 name alone (2024 line 360)', r: row(null, null, null, null), placeholder: true },
    {
      what: '此项目不产生经济效益 无 … (2024 line 348)',
      r: row('此项目不产生经济效益', '无', null),
      placeholder: true,
    },
    {
      what: '因本项目…不直接产生生态效益，故不设置该项指标 (2024 line 473)',
      r: row('因本项目属于保障政府系统内部运转费用，不直接产生生态效益，故不设置该项指标', '无', null),
      placeholder: true,
    },
    { what: '无 with a weight of 3 (2024 table 10 line 723)', r: row('无', '无', '3'), placeholder: false },
    {
      what: '为社会经济保驾护航 无 … (Beijing line 375)',
      r: row('为社会经济保驾护航', '无', null),
      placeholder: false,
    },
    {
      what: '维护社会安全稳定, value 无, weight 20 (2024 line 358)',
      r: row('维护社会安全稳定', '无', '20'),
      placeholder: false,
    },
  ])('$what → $placeholder', ({ r, placeholder }) => {
    expect(isPlaceholderRow(r)).toBe(placeholder);
  });
});
