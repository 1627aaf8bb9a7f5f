import { describe, expect, it } from 'vitest';
import { department, findingsOf, mutated, setCell, shown } from '../../test-support/table-fixtures.js';
import { fiscalExpenditureSum } from './fiscal-expenditure-sum.js';

describe('fiscal-expenditure-sum', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds nothing in the %s document, whose figures agree',
    (name) => {
      expect(findingsOf(fiscalExpenditureSum, department(name))).toEqual([]);
    },
  );

  it('reports the 一般公共预算 column of 本年支出 when a class line differs', () => {
    const doc = mutated('bangongting', [200, setCell(5, '6,563.63', '6,536.63')]);
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
