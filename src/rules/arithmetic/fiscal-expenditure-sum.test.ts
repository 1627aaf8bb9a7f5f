import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { fiscalExpenditureSum } from './fiscal-expenditure-sum.js';

describe('fiscal-expenditure-sum', () => {
  itFindsNothingIn(['bangongting', 'beijing'], fiscalExpenditureSum);

  it('reports the 一般公共预算 column of 本年支出 when a class line differs', () => {
    const doc = mutatedDoc('bangongting', [200, setCell(5, '6,563.63', '6,536.63')]);
    expect(shown(findingsOf(fiscalExpenditureSum, doc))).toEqual([
      {
        severity: 'error',
        lines: [199, 200],
        table: '财政拨款收支总表',
        message: '财政拨款收支总表：本年支出（一般公共预算） 6,563.63 ≠ 各类支出之和 6,536.63，相差 +27.00',
        found: '6,563.63',
        expected: '6,536.63',
        difference: '+27.00',
      },
    ]);
  });
});
