import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import type { Amount } from '../../core/model/common.js';
import { amountCell, amountText, numberFormatFor, sheetName, textCell, weightCell } from './cells.js';

const amount = (value: string, text: string): Amount => ({
  value: Decimal.from(value),
  text,
  unit: '万元',
  source: { line: 1 },
});

describe('amountText', () => {
  it.each([
    ['6563.63', '6,563.63', '6,563.63'],
    ['15', '15万', '15万'],
    ['120', '120万元', '120万元'],
    ['1520.67', '1520.67', '1520.67'],
    ['0', '0', '0'],
  ])('keeps the printed text when it still reads as the value (%s printed %s)', (value, text, expected) => {
    expect(amountText(amount(value, text))).toBe(expected);
  });

  it.each([
    ['6600.00', '6,563.63', '6,600.00'],
    ['16', '15万', '16万'],
    ['1234.5', '1234.50', '1,234.5'],
    ['5401.88', '', '5,401.88'],
  ])(
    'prints a changed value (%s, once printed %s) at its own precision with the unit suffix',
    (value, text, expected) => {
      expect(amountText(amount(value, text))).toBe(expected);
    },
  );
});

describe('numberFormatFor', () => {
  it.each([
    ['6,563.63', '#,##0.00'],
    ['795.80', '#,##0.00'],
    ['1520.67', '0.00'],
    ['0', '#,##0'],
    ['15万', '#,##0"万"'],
    ['60万元', '#,##0"万元"'],
    ['2.5', '#,##0.0'],
    ['-3.00', '#,##0.00'],
  ])('%s → %s', (text, fmt) => {
    expect(numberFormatFor(text)).toBe(fmt);
  });

  it.each(['≥90%', '无', '', '12；200', '1"2'])(
    'gives no format for %j, which is not a plain number',
    (text) => {
      expect(numberFormatFor(text)).toBeNull();
    },
  );
});

describe('cells', () => {
  it('turns tabs and line breaks inside a text into spaces, so the cell stays one cell', () => {
    expect(textCell('目标。\n1、做好\t接待').text).toBe('目标。 1、做好 接待');
  });

  it('makes a figure cell from an amount: its text, exact value and number format', () => {
    const c = amountCell(amount('6563.63', '6,563.63'));
    expect(c.text).toBe('6,563.63');
    expect(c.value?.toString()).toBe('6563.63');
    expect(c.numFmt).toBe('#,##0.00');
  });

  it('prints a weight as its number, or as printed when it was not a number', () => {
    expect(weightCell(Decimal.from('2.5'), null)).toMatchObject({ text: '2.5', numFmt: '#,##0.0' });
    expect(weightCell(null, '十分')).toEqual({ text: '十分' });
    expect(weightCell(null, null)).toEqual({ text: '' });
  });
});

describe('sheetName', () => {
  it('keeps names within 31 characters, without the characters Excel forbids, and unique', () => {
    const used = new Set<string>();
    expect(sheetName('7 一般公共预算“三公”经费支出表', used)).toBe('7 一般公共预算“三公”经费支出表');
    const long = '项目1 ' + '很长的项目名称'.repeat(6);
    const a = sheetName(long, used);
    const b = sheetName(long, used);
    expect(a).toHaveLength(31);
    expect(b).toHaveLength(31);
    expect(b.endsWith('(2)')).toBe(true);
    expect(sheetName('a/b:c?', used)).toBe('a b c');
  });
});
