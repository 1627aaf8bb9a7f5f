import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { crossGeneralExpenditure } from './cross-general-expenditure.js';

describe('cross-general-expenditure', () => {
  itFindsNothingIn(['bangongting', 'beijing'], crossGeneralExpenditure);

  it("reports 一般公共预算支出表's 合计 that differs from the fiscal summary's 一般公共预算 column", () => {
    const doc = mutatedDoc('bangongting', [245, setCell(5, '6,563.63', '6,563.36')]);
    expect(shown(findingsOf(crossGeneralExpenditure, doc))).toEqual([
      {
        severity: 'error',
        lines: [245, 199],
        table: '一般公共预算支出表',
        message:
          '一般公共预算支出表 合计 总计 6,563.36 ≠ 财政拨款收支总表 本年支出（一般公共预算） 6,563.63，相差 -0.27',
        found: '6,563.36',
        expected: '6,563.63',
        difference: '-0.27',
      },
    ]);
  });

  it('matches functional classes by name', () => {
    const doc = mutatedDoc('bangongting', [246, setCell(5, '6,563.63', '6,563.36')]);
    expect(shown(findingsOf(crossGeneralExpenditure, doc))).toEqual([
      {
        severity: 'error',
        lines: [246, 200],
        table: '一般公共预算支出表',
        message:
          '一般公共预算支出表 201 一般公共服务支出 总计 6,563.36 ≠ 财政拨款收支总表 一般公共服务支出（一般公共预算） 6,563.63，相差 -0.27',
        found: '6,563.36',
        expected: '6,563.63',
        difference: '-0.27',
      },
    ]);
  });
});
