import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { unitRowsSum } from './unit-rows-sum.js';

describe('unit-rows-sum', () => {
  itFindsNothingIn(['bangongting', 'beijing'], unitRowsSum);

  it('reports a 合计 that is not the sum of the unit rows', () => {
    const doc = mutatedDoc('bangongting', [314, setCell(2, '252.08', '251.08')]);
    expect(shown(findingsOf(unitRowsSum, doc))).toEqual([
      {
        severity: 'error',
        lines: [313, 314],
        table: '一般公共预算“三公”经费支出表',
        message: '一般公共预算“三公”经费支出表：合计（小计） 252.08 ≠ 各单位之和 251.08，相差 +1.00',
        found: '252.08',
        expected: '251.08',
        difference: '+1.00',
      },
    ]);
  });

  it('reports it per column (Beijing 公务接待费)', () => {
    const doc = mutatedDoc('beijing', [326, setCell(3, '1.66', '1.60')]);
    expect(shown(findingsOf(unitRowsSum, doc))).toEqual([
      {
        severity: 'error',
        lines: [325, 326],
        table: '一般公共预算“三公”经费支出表',
        message: '一般公共预算“三公”经费支出表：合计（公务接待费） 1.66 ≠ 各单位之和 1.60，相差 +0.06',
        found: '1.66',
        expected: '1.60',
        difference: '+0.06',
      },
    ]);
  });
});
