import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { crossUnitTargetsTotals } from './cross-unit-targets-totals.js';

describe('cross-unit-targets-totals', () => {
  itFindsNothingIn(['bangongting', 'beijing'], crossUnitTargetsTotals);

  it("reports units' 资金总额 that do not add up to the department's 本年支出合计 (both printings of the unit changed)", () => {
    const doc = mutatedDoc(
      'bangongting',
      [749, setCell(3, '389.63', '389.36')],
      [762, setCell(3, '389.63', '389.36')],
    );
    expect(shown(findingsOf(crossUnitTargetsTotals, doc))).toEqual([
      {
        severity: 'error',
        lines: [150, 683, 725, 749],
        table: '部门整体支出绩效目标表',
        message:
          '部门整体支出绩效目标表：部门收支总表 本年支出合计 6,563.63 ≠ 各单位资金总额之和 6,563.36，相差 +0.27',
        found: '6,563.63',
        expected: '6,563.36',
        difference: '+0.27',
      },
    ]);
  });
});
