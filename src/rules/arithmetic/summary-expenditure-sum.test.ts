import { describe, expect, it } from 'vitest';
import { department, findingsOf, mutated, setCell, shown } from '../../test-support/table-fixtures.js';
import { summaryExpenditureSum } from './summary-expenditure-sum.js';

describe('summary-expenditure-sum', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds nothing in the %s document, whose figures agree',
    (name) => {
      expect(findingsOf(summaryExpenditureSum, department(name))).toEqual([]);
    },
  );

  it('reports 本年支出合计 when 项目支出 is changed', () => {
    const doc = mutated('bangongting', [145, setCell(4, '1,161.75', '1,161.72')]);
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
