import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from './decimal.js';

describe('Decimal', () => {
  it.each([
    ['6,563.63', '6563.63', 2],
    ['15', '15', 0],
    ['0.16', '0.16', 2],
    ['-154.46', '-154.46', 2],
    ['1,000,000.5', '1000000.5', 1],
  ])('parses %s', (text, canonical, scale) => {
    const d = Decimal.parse(text);
    expect(d?.toString()).toBe(canonical);
    expect(d?.scale).toBe(scale);
  });

  it.each(['', 'abc', '1,00', '1.2.3', '12万', '--1'])('refuses %j', (text) => {
    expect(Decimal.parse(text)).toBeNull();
  });

  it('sums exactly where binary floating point drifts', () => {
    const parts = Array.from({ length: 1000 }, () => Decimal.from('0.01'));
    expect(Decimal.sum(parts).toString()).toBe('10.00');
    expect(Decimal.from('0.1').add(Decimal.from('0.2')).eq(Decimal.from('0.3'))).toBe(true);
  });

  it('keeps the larger precision of its operands', () => {
    expect(Decimal.from('15').add(Decimal.from('0.18')).toString()).toBe('15.18');
  });

  it('divides with half-away-from-zero rounding', () => {
    // 154.46 / (6563.63 − 154.46) = 2.41%
    const pct = Decimal.from('154.46').div(Decimal.from('6563.63').sub(Decimal.from('154.46')), 4);
    expect(pct?.toString()).toBe('0.0241');
    expect(Decimal.from('2').div(Decimal.from('3'), 2)?.toString()).toBe('0.67');
    expect(Decimal.from('-2').div(Decimal.from('3'), 2)?.toString()).toBe('-0.67');
    expect(Decimal.from('1').div(Decimal.ZERO, 2)).toBeNull();
  });

  it('formats with thousands separators', () => {
    expect(Decimal.from('6563.63').toGrouped()).toBe('6,563.63');
    expect(Decimal.from('-1234567').toGrouped(2)).toBe('-1,234,567.00');
    expect(Decimal.from('0.5').toGrouped(2)).toBe('0.50');
  });

  it('sum of cents equals the cents of the sum (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), { maxLength: 200 }),
        (cents) => {
          const total = Decimal.sum(cents.map((c) => Decimal.of(c, 2)));
          expect(total.units).toBe(cents.reduce((a, b) => a + b, 0n));
        },
      ),
    );
  });

  it('parse ∘ toString is the identity (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (u, s) => {
          const d = Decimal.of(u, s);
          expect(Decimal.parse(d.toString())?.eq(d)).toBe(true);
          expect(Decimal.parse(d.toGrouped(s))?.eq(d)).toBe(true);
        },
      ),
    );
  });
});
