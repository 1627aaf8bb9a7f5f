import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { incomeFundingWithinFiscal } from './income-funding-within-fiscal.js';

describe('income-funding-within-fiscal', () => {
  itFindsNothingIn(['bangongting', 'beijing'], incomeFundingWithinFiscal);

  it('reports 其中：经费拨款 larger than 本级财政拨款', () => {
    const doc = mutatedDoc('bangongting', [167, setCell(7, '6,563.63', '6,653.63')]);
    expect(shown(findingsOf(incomeFundingWithinFiscal, doc))).toEqual([
      {
        severity: 'error',
        lines: [167],
        table: '部门收入总表',
        message:
          '部门收入总表：201 一般公共服务支出 其中：经费拨款 6,653.63 大于 本级财政拨款金额 6,563.63，超出 +90.00',
        found: '6,653.63',
        expected: '≤ 6,563.63',
        difference: '+90.00',
      },
    ]);
  });
});
