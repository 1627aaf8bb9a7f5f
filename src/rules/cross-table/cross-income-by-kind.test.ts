import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { crossIncomeByKind } from './cross-income-by-kind.js';

describe('cross-income-by-kind', () => {
  itFindsNothingIn(['bangongting', 'beijing'], crossIncomeByKind);

  it("reports 收入总表's 本级财政拨款 that differs from 收支总表", () => {
    const doc = mutatedDoc('bangongting', [166, setCell(6, '6,563.63', '6,563.36')]);
    expect(shown(findingsOf(crossIncomeByKind, doc))).toEqual([
      {
        severity: 'error',
        lines: [166, 144],
        table: '部门收入总表',
        message:
          '部门收入总表 合计 本级财政拨款 6,563.36 ≠ 部门收支总表 本级财政拨款收入 6,563.63，相差 -0.27',
        found: '6,563.36',
        expected: '6,563.63',
        difference: '-0.27',
      },
    ]);
  });

  it("reports 财政拨款收支总表's 本年收入 that differs from 本级财政拨款收入", () => {
    const doc = mutatedDoc('bangongting', [199, setCell(2, '6,563.63', '6,563.36')]);
    expect(shown(findingsOf(crossIncomeByKind, doc))).toEqual([
      {
        severity: 'error',
        lines: [199, 144],
        table: '财政拨款收支总表',
        message: '财政拨款收支总表 本年收入 6,563.36 ≠ 部门收支总表 本级财政拨款收入 6,563.63，相差 -0.27',
        found: '6,563.36',
        expected: '6,563.63',
        difference: '-0.27',
      },
    ]);
  });
});
