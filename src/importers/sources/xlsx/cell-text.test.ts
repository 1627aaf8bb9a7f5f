import { describe, expect, it } from 'vitest';
import { cellText, formatNumber } from './cell-text.js';

describe('formatNumber', () => {
  it.each([
    [6563.63, '#,##0.00', '6,563.63'],
    [1139.98, '#,##0.00', '1,139.98'],
    [0.16, '#,##0.00', '0.16'],
    [1520.67, '0.00', '1520.67'],
    [0, '#,##0', '0'],
    [15, '#,##0"万"', '15万'],
    [120, '0"万元"', '120万元'],
    [-3, '#,##0.00', '-3.00'],
    [2.5, '0.0', '2.5'],
    [0.0241, '0.00%', '2.41%'],
    [1234.5, '#,##0.00_ ;[Red]-#,##0.00', '1,234.50'],
    [1234.5, '¥#,##0.00', '¥1,234.50'],
    [6563.63, 'General', '6563.63'],
    [0.1 + 0.2, undefined, '0.3'],
    // a format with fewer decimals than the stored figure does not round it away
    [12029501.84, '#,##0_ ', '12,029,501.84'],
    [91016775.35, '#,##0', '91,016,775.35'],
    [0.5, '0', '0.5'],
  ])('%d under %j prints %j', (n, fmt, text) => {
    expect(formatNumber(n, fmt)).toBe(text);
  });
});

describe('cellText', () => {
  it('joins rich text, reads cached formula results and prints dates and booleans', () => {
    expect(cellText({ richText: [{ text: '本年' }, { text: '收入合计' }] }, undefined)).toBe('本年收入合计');
    expect(cellText({ formula: 'SUM(A1:A2)', result: 6563.63 }, '#,##0.00')).toBe('6,563.63');
    expect(cellText(new Date(Date.UTC(2023, 11, 31)), undefined)).toBe('2023-12-31');
    expect(cellText(true, undefined)).toBe('是');
    expect(cellText(null, undefined)).toBe('');
  });
});
