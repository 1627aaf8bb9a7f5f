import { describe, expect, it } from 'vitest';
import { compare, grouped, percent, subtract, sum, toFixed, yuanToWan } from '../src/model/decimal';

describe('decimal strings', () => {
  it('sums exactly where binary floating point drifts', () => {
    expect(sum(['0.1', '0.2'])).toBe('0.3');
    expect(sum(Array.from({ length: 1000 }, () => '0.01'))).toBe('10.00');
    expect(sum(['6563.63', null, '-154.46'])).toBe('6409.17');
  });
  it('prints amounts as the tables do', () => {
    expect(grouped('6563.63')).toBe('6,563.63');
    expect(grouped('1234567')).toBe('1,234,567.00');
    expect(grouped('-0.005')).toBe('-0.01');
    expect(grouped('0.004')).toBe('0.00');
    expect(grouped(null)).toBe('');
    expect(toFixed('2.405')).toBe('2.41');
  });
  it('computes changes and shares', () => {
    expect(subtract('6563.63', '6409.17')).toBe('154.46');
    expect(percent('154.46', '6409.17')).toBe('2.41');
    expect(percent('1', '0')).toBeNull();
    expect(percent('1', '3')).toBe('33.33');
    expect(compare('10.0', '9.99')).toBe(1);
    expect(yuanToWan('189767551')).toBe('18976.7551');
  });
});
