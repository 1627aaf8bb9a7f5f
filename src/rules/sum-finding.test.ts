import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/decimal.js';
import type { Amount } from '../core/model/common.js';
import { equalFinding, sumFinding, term } from './sum-finding.js';

const amount = (text: string, line: number, column = 2): Amount => ({
  value: Decimal.from(text.replace(/,/g, '')),
  text,
  unit: '万元',
  source: { line, column },
});

describe('sumFinding', () => {
  const parts = [term(amount('5,401.88', 144)), term(amount('1,161.75', 145))];
  /** 部门收支总表's 本年支出合计 (line 150) against 基本支出 + 项目支出 (lines 144, 145). */
  const expenditure = (total: string) => ({
    table: '部门收支总表',
    total: term(amount(total, 150)),
    totalLabel: '本年支出合计',
    parts,
    partsLabel: '各项支出之和',
  });

  it('is null when the total is exactly the sum of its parts', () => {
    expect(sumFinding(expenditure('6,563.63'))).toBeNull();
  });

  it('reports one cent: exact comparison at two decimals, no silent tolerance', () => {
    expect(sumFinding(expenditure('6,563.64'))).toEqual({
      message: '部门收支总表：本年支出合计 6,563.64 ≠ 各项支出之和 6,563.63，相差 +0.01',
      lines: [150, 144, 145],
      table: '部门收支总表',
      found: '6,563.64',
      expected: '6,563.63',
      difference: '+0.01',
    });
  });

  it('accepts a difference within a tolerance the calling rule gives', () => {
    const total = term(amount('6,563.64', 150));
    const spec = {
      table: 'T',
      total,
      totalLabel: 'a',
      parts,
      partsLabel: 'b',
      tolerance: Decimal.from('0.01'),
    };
    expect(sumFinding(spec)).toBeNull();
  });

  it('reads a blank total as zero and says it is blank, pinned to the row line', () => {
    const f = sumFinding({
      table: 'T',
      total: term(null, 150),
      totalLabel: '合计',
      parts,
      partsLabel: '各项之和',
    });
    expect(f?.message).toBe('T：合计 （空） ≠ 各项之和 6,563.63，相差 -6,563.63');
    expect(f?.lines).toEqual([150, 144, 145]);
  });

  it('is null when nothing is printed at all, and when a line could not be read', () => {
    expect(
      sumFinding({
        table: 'T',
        total: term(null, 1),
        totalLabel: 'a',
        parts: [term(null, 2)],
        partsLabel: 'b',
      }),
    ).toBeNull();
    const total = term(amount('1.00', 150));
    expect(
      sumFinding({ table: 'T', total, totalLabel: 'a', parts, partsLabel: 'b', skipLines: new Set([145]) }),
    ).toBeNull();
  });
});

describe('equalFinding', () => {
  it('reports the found figure first and the signed difference found − expected', () => {
    const f = equalFinding({
      table: '部门支出总表',
      found: term(amount('5,401.80', 183, 6)),
      foundLabel: '部门支出总表 合计 基本支出',
      expected: term(amount('5,401.88', 144, 4)),
      expectedLabel: '部门收支总表 基本支出',
    });
    expect(f).toMatchObject({ lines: [183, 144], difference: '-0.08' });
  });

  it('treats blank and zero as the same figure', () => {
    const f = equalFinding({
      table: 'T',
      found: term(null, 1),
      foundLabel: 'a',
      expected: term(amount('0.00', 2)),
      expectedLabel: 'b',
    });
    expect(f).toBeNull();
  });
});
