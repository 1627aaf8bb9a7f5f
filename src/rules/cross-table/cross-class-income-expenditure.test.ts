import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { crossClassIncomeExpenditure } from './cross-class-income-expenditure.js';

describe('cross-class-income-expenditure', () => {
  itFindsNothingIn(['bangongting', 'beijing'], crossClassIncomeExpenditure);

  it('reports a functional row whose expenditure differs from its income', () => {
    const doc = mutatedDoc('bangongting', [187, setCell(5, '1,161.75', '1,161.57')]);
    expect(shown(findingsOf(crossClassIncomeExpenditure, doc))).toEqual([
      {
        severity: 'error',
        lines: [187, 170],
        table: '部门支出总表',
        message:
          '部门支出总表 2010302 一般行政管理事务 总计 1,161.57 ≠ 部门收入总表 同科目 合计 1,161.75，相差 -0.18',
        found: '1,161.57',
        expected: '1,161.75',
        difference: '-0.18',
      },
    ]);
  });
});
