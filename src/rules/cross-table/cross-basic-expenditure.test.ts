import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { crossBasicExpenditure } from './cross-basic-expenditure.js';

describe('cross-basic-expenditure', () => {
  itFindsNothingIn(['bangongting', 'beijing'], crossBasicExpenditure);

  it("reports 基本支出表's 合计 that differs from 一般公共预算支出表's 基本支出", () => {
    const doc = mutatedDoc('bangongting', [261, setCell(3, '5,401.88', '5,410.88')]);
    expect(shown(findingsOf(crossBasicExpenditure, doc))).toEqual([
      {
        severity: 'error',
        lines: [261, 245],
        table: '一般公共预算基本支出表',
        message:
          '一般公共预算基本支出表 合计 总计 5,410.88 ≠ 一般公共预算支出表 合计 基本支出 5,401.88，相差 +9.00',
        found: '5,410.88',
        expected: '5,401.88',
        difference: '+9.00',
      },
    ]);
  });

  it('compares 项目支出 with 支出总表 when all income is 一般公共预算拨款', () => {
    const doc = mutatedDoc('bangongting', [245, setCell(7, '1,161.75', '1,161.57')]);
    expect(shown(findingsOf(crossBasicExpenditure, doc))).toEqual([
      {
        severity: 'error',
        lines: [245, 183],
        table: '一般公共预算支出表',
        message:
          '一般公共预算支出表 合计 项目支出 1,161.57 ≠ 部门支出总表 合计 项目支出 1,161.75，相差 -0.18',
        found: '1,161.57',
        expected: '1,161.75',
        difference: '-0.18',
      },
    ]);
  });
});
