import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { fiscalColumnsSum } from './fiscal-columns-sum.js';

describe('fiscal-columns-sum', () => {
  itFindsNothingIn(['bangongting', 'beijing'], fiscalColumnsSum);

  it('reports a line whose 合计 is not the sum of the three budgets', () => {
    const doc = mutatedDoc('bangongting', [200, setCell(5, '6,563.63', '6,536.63')]);
    expect(shown(findingsOf(fiscalColumnsSum, doc))).toEqual([
      {
        severity: 'error',
        lines: [200],
        table: '财政拨款收支总表',
        message:
          '财政拨款收支总表：一般公共服务支出 合计 6,563.63 ≠ 一般公共预算 + 政府性基金预算 + 国有资本经营预算 6,536.63，相差 +27.00',
        found: '6,563.63',
        expected: '6,536.63',
        difference: '+27.00',
      },
    ]);
  });
});
