import { describe, expect, it } from 'vitest';
import { comparatorOfValue, level1Of, level2Of } from './indicator-words.js';

describe('indicator words', () => {
  it.each([
    ['≥98', '≥'],
    ['≤15万元', '≤'],
    ['≥ 95%', '≥'],
    ['>=90%', '≥'],
    ['＞80%', '>'],
    ['<5天', '<'],
    ['=100%', '='],
    ['不低于95%', '≥'],
    ['98%', null],
    ['有效确保', null],
    ['2023年1-12月', null],
    [null, null],
  ])('reads the comparator of %j as %j', (value, comparator) => {
    expect(comparatorOfValue(value)).toBe(comparator);
  });

  it.each([
    ['经济效益', '经济效益指标'],
    ['服务对象满意度', '服务对象满意度指标'],
    ['可持续影响', '可持续影响指标'],
    ['成本指标', '成本指标'],
    ['数量指标', '数量指标'],
    ['效益指标', null],
  ])('reads level-2 %j as %j', (key, level2) => {
    expect(level2Of(key)).toBe(level2);
  });

  it.each([
    ['产出指标(预期提供的公共产品或服务,包括数量、质量、时效、成本等)', '产出指标'],
    ['效益指标', '效益指标'],
    ['社会效益', null],
  ])('reads level-1 %j as %j', (key, level1) => {
    expect(level1Of(key)).toBe(level1);
  });
});
