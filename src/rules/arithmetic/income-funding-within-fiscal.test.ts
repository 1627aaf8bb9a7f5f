import { describe, expect, it } from 'vitest';
import { department, findingsOf, mutated, setCell, shown } from '../../test-support/table-fixtures.js';
import { incomeFundingWithinFiscal } from './income-funding-within-fiscal.js';

describe('income-funding-within-fiscal', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds nothing in the %s document, whose figures agree',
    (name) => {
      expect(findingsOf(incomeFundingWithinFiscal, department(name))).toEqual([]);
    },
  );

  it('reports 其中：经费拨款 larger than 本级财政拨款', () => {
    const doc = mutated('bangongting', [167, setCell(7, '6,563.63', '6,653.63')]);
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
