import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { fiscalIncomeSum } from './fiscal-income-sum.js';

describe('fiscal-income-sum', () => {
  itFindsNothingIn(['bangongting', 'beijing'], fiscalIncomeSum);

  it('reports 本年收入 when 一般公共预算拨款收入 differs', () => {
    const doc = mutatedDoc('bangongting', [200, setCell(2, '6,563.63', '6,563.36')]);
    expect(shown(findingsOf(fiscalIncomeSum, doc))).toEqual([
      {
        severity: 'error',
        lines: [199, 200],
        table: '财政拨款收支总表',
        message: '财政拨款收支总表：本年收入 6,563.63 ≠ 各项拨款收入之和 6,563.36，相差 +0.27',
        found: '6,563.63',
        expected: '6,563.36',
        difference: '+0.27',
      },
    ]);
  });
});
