import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { fiscalTotalsBalance } from './fiscal-totals-balance.js';

describe('fiscal-totals-balance', () => {
  itFindsNothingIn(['bangongting', 'beijing'], fiscalTotalsBalance);

  it('reports 收入总计 that is not 本年收入 + 上年结转 and does not balance 支出总计', () => {
    const doc = mutatedDoc('bangongting', [232, setCell(2, '6,563.63', '6,563.36')]);
    expect(shown(findingsOf(fiscalTotalsBalance, doc))).toEqual([
      {
        severity: 'error',
        lines: [232, 199],
        table: '财政拨款收支总表',
        message: '财政拨款收支总表：收入总计 6,563.36 ≠ 本年收入 + 上年结转 6,563.63，相差 -0.27',
        found: '6,563.36',
        expected: '6,563.63',
        difference: '-0.27',
      },
      {
        severity: 'error',
        lines: [232],
        table: '财政拨款收支总表',
        message: '财政拨款收支总表：收入总计 6,563.36 ≠ 支出总计（合计） 6,563.63，相差 -0.27',
        found: '6,563.36',
        expected: '6,563.63',
        difference: '-0.27',
      },
    ]);
  });
});
