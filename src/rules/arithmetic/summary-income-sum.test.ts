import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { summaryIncomeSum } from './summary-income-sum.js';

describe('summary-income-sum', () => {
  itFindsNothingIn(['bangongting', 'beijing'], summaryIncomeSum);

  it('reports 本年收入合计 when an income item no longer adds up to it', () => {
    const doc = mutatedDoc('bangongting', [144, setCell(2, '6,563.63', '6,563.60')]);
    expect(shown(findingsOf(summaryIncomeSum, doc))).toEqual([
      {
        severity: 'error',
        lines: [150, 144],
        table: '部门收支总表',
        message: '部门收支总表：本年收入合计 6,563.63 ≠ 各项收入之和 6,563.60，相差 +0.03',
        found: '6,563.63',
        expected: '6,563.60',
        difference: '+0.03',
      },
    ]);
  });

  it('counts every income item above the subtotal, blank ones as zero (Beijing: 事业收入 10.00 added)', () => {
    const doc = mutatedDoc('beijing', [140, setCell(2, '', '10.00')]);
    expect(shown(findingsOf(summaryIncomeSum, doc))).toEqual([
      {
        severity: 'error',
        lines: [141, 135, 140],
        table: '部门收支总表',
        message: '部门收支总表：本年收入合计 1,561.09 ≠ 各项收入之和 1,571.09，相差 -10.00',
        found: '1,561.09',
        expected: '1,571.09',
        difference: '-10.00',
      },
    ]);
  });
});
