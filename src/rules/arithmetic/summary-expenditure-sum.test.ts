import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { summaryExpenditureSum } from './summary-expenditure-sum.js';

describe('summary-expenditure-sum', () => {
  itFindsNothingIn(['bangongting', 'beijing'], summaryExpenditureSum);

  it('reports 本年支出合计 when 项目支出 is changed', () => {
    const doc = mutatedDoc('bangongting', [145, setCell(4, '1,161.75', '1,161.72')]);
    expect(shown(findingsOf(summaryExpenditureSum, doc))).toEqual([
      {
        severity: 'error',
        lines: [150, 144, 145],
        table: '部门收支总表',
        message: '部门收支总表：本年支出合计 6,563.63 ≠ 各项支出之和 6,563.60，相差 +0.03',
        found: '6,563.63',
        expected: '6,563.60',
        difference: '+0.03',
      },
    ]);
  });
});
