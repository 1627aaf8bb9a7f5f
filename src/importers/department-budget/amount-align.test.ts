import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import { HUNAN } from '../../core/templates/hunan.js';
import { tableTemplate } from '../../core/templates/template.js';
import type { Cell } from '../lines.js';
import { alignAmounts, sumSpec } from './amount-align.js';

function columnsOf(id: 'income' | 'general-expenditure' | 'three-public' | 'basic-expenditure') {
  const t = tableTemplate(HUNAN, id);
  if (t.shape !== 'amounts') throw new Error(id);
  return t.columns;
}

/** Cells from printed texts, columns numbered from `first`. */
function cells(texts: readonly string[], first = 5): Cell[] {
  return texts.map((text, i) => ({ text, column: first + i }));
}

function texts(cs: readonly (Cell | undefined)[]): string[] {
  return cs.map((c) => c?.text ?? '');
}

describe('sumSpec', () => {
  it('sums every column but the total and the 其中 columns', () => {
    // 收入总表: 其中：经费拨款 is part of 本级财政拨款.
    expect(sumSpec(columnsOf('income'))).toEqual({ total: 0, parts: [1, 3, 4, 5, 6, 7, 8] });
    // 三公: the two 其中 columns are parts of 公务用车购置及运行费.
    expect(sumSpec(columnsOf('three-public'))).toEqual({ total: 0, parts: [1, 2, 3] });
    expect(sumSpec(columnsOf('basic-expenditure'))).toEqual({ total: 0, parts: [1, 2] });
  });

  it('has no identity for columns without a total', () => {
    expect(sumSpec([{ key: 'budget', label: '本年预算' }])).toBeNull();
  });
});

describe('alignAmounts', () => {
  const general = sumSpec(columnsOf('general-expenditure'));

  it.each([
    ['a row as printed (2024 line 248)', ['5,401.88', '5,401.88', ''], ['5,401.88', '5,401.88', '']],
    [
      'a row with a blank middle column (line 249)',
      ['1,161.75', '', '1,161.75'],
      ['1,161.75', '', '1,161.75'],
    ],
    ['a row whose trailing cells are missing', ['5,401.88', '5,401.88'], ['5,401.88', '5,401.88', '']],
    [
      'a row with extra trailing empty cells',
      ['6,563.63', '5,401.88', '1,161.75', '', ''],
      ['6,563.63', '5,401.88', '1,161.75'],
    ],
  ])('keeps %s positional', (_, input, expected) => {
    const a = alignAmounts(cells(input), 3, general);
    expect(a.kind).toBe('positional');
    if (a.kind !== 'unresolved') expect(texts(a.cells)).toEqual(expected);
  });

  it.each([
    [
      'an extra empty cell before the figures',
      ['', '5,401.88', '5,401.88', ''],
      ['5,401.88', '5,401.88', ''],
      [5],
    ],
    [
      'an extra empty cell between total and basic',
      ['1,161.75', '', '', '1,161.75'],
      ['1,161.75', '', '1,161.75'],
      [6],
    ],
    [
      'two extra empty cells in front',
      ['', '', '6,563.63', '5,401.88', '1,161.75'],
      ['6,563.63', '5,401.88', '1,161.75'],
      [5, 6],
    ],
  ])('realigns %s by total = basic + project', (_, input, expected, droppedColumns) => {
    const source = cells(input);
    const a = alignAmounts(source, 3, general);
    expect(a.kind).toBe('realigned');
    if (a.kind === 'realigned') {
      expect(texts(a.cells)).toEqual(expected);
      expect(a.dropped.map((i) => source[i]?.column)).toEqual(droppedColumns);
    }
  });

  it('refuses more figures than columns', () => {
    expect(alignAmounts(cells(['1,161.75', '', '1,161.75', '9.99']), 3, general)).toEqual({
      kind: 'unresolved',
      reason: 'too-many',
    });
  });

  it('keeps a row that breaks the identity as printed: the mismatch is the document’s, not a shift', () => {
    const a = alignAmounts(cells(['13.00', '1.18', '', '12.00']), 6, sumSpec(columnsOf('three-public')));
    expect(a.kind).toBe('positional');
  });

  it('refuses a too-long row that several alignments would fit', () => {
    // Dropping two of the three empties gives 10 | 10 | – | 0 or 10 | – | 10 | 0: both sum, they differ.
    const a = alignAmounts(cells(['10', '', '10', '', '', '0']), 4, { total: 0, parts: [1, 2, 3] });
    expect(a).toEqual({ kind: 'unresolved', reason: 'ambiguous' });
  });

  it('keeps positional rows that satisfy total = Σ parts, and never returns more cells than columns', () => {
    const text = (units: bigint) => (units === 0n ? '' : Decimal.of(units, 2).toGrouped(2));
    const units = fc.bigInt({ min: 0n, max: 10_000_000n });
    fc.assert(
      fc.property(fc.array(units, { minLength: 1, maxLength: 8 }), fc.nat(3), (parts, extra) => {
        const total = parts.reduce((acc, p) => acc + p, 0n);
        const spec = { total: 0, parts: parts.map((_, i) => i + 1) };
        const row = [text(total), ...parts.map(text)];
        const a = alignAmounts(cells(row), row.length, spec);
        expect(a.kind).toBe('positional');
        const shifted = alignAmounts(cells([...Array<string>(extra).fill(''), ...row]), row.length, spec);
        if (shifted.kind !== 'unresolved') expect(shifted.cells).toHaveLength(row.length);
      }),
    );
  });
});
