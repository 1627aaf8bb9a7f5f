import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { summaryTotalsBalance } from './summary-totals-balance.js';

describe('summary-totals-balance', () => {
  itFindsNothingIn(['bangongting', 'beijing'], summaryTotalsBalance);

  it('reports 支出总计 that is not 本年支出合计 + 结余分配 + 结转下年, and the unbalanced statement', () => {
    const doc = mutatedDoc('bangongting', [153, setCell(4, '6,563.63', '6,536.63')]);
    expect(shown(findingsOf(summaryTotalsBalance, doc))).toEqual([
      {
        severity: 'error',
        lines: [153, 150],
        table: '部门收支总表',
        message: '部门收支总表：支出总计 6,536.63 ≠ 本年支出合计 + 结余分配 + 结转下年 6,563.63，相差 -27.00',
        found: '6,536.63',
        expected: '6,563.63',
        difference: '-27.00',
      },
      {
        severity: 'error',
        lines: [153],
        table: '部门收支总表',
        message: '部门收支总表：收入总计 6,563.63 ≠ 支出总计 6,536.63，相差 +27.00',
        found: '6,563.63',
        expected: '6,536.63',
        difference: '+27.00',
      },
    ]);
  });

  it('counts 结转下年 printed on the continuation page (Beijing line 152)', () => {
    const doc = mutatedDoc('beijing', [152, setCell(4, '', '5.00')]);
    expect(shown(findingsOf(summaryTotalsBalance, doc))).toEqual([
      {
        severity: 'error',
        lines: [153, 141, 152],
        table: '部门收支总表',
        message: '部门收支总表：支出总计 1,561.09 ≠ 本年支出合计 + 结余分配 + 结转下年 1,566.09，相差 -5.00',
        found: '1,561.09',
        expected: '1,566.09',
        difference: '-5.00',
      },
    ]);
  });
});
