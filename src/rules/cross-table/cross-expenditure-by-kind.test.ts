import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { crossExpenditureByKind } from './cross-expenditure-by-kind.js';

describe('cross-expenditure-by-kind', () => {
  itFindsNothingIn(['bangongting', 'beijing'], crossExpenditureByKind);

  it("reports 支出总表's 基本支出 that differs from 收支总表", () => {
    const doc = mutatedDoc('bangongting', [183, setCell(6, '5,401.88', '5,401.80')]);
    expect(shown(findingsOf(crossExpenditureByKind, doc))).toEqual([
      {
        severity: 'error',
        lines: [183, 144],
        table: '部门支出总表',
        message: '部门支出总表 合计 基本支出 5,401.80 ≠ 部门收支总表 基本支出 5,401.88，相差 -0.08',
        found: '5,401.80',
        expected: '5,401.88',
        difference: '-0.08',
      },
    ]);
  });
});
