import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { crossUnitProjectSubtotals } from './cross-unit-project-subtotals.js';

describe('cross-unit-project-subtotals', () => {
  itFindsNothingIn(['bangongting', 'beijing'], crossUnitProjectSubtotals);

  it("reports a unit's 项目支出 that differs from its subtotal in the project target table", () => {
    const doc = mutatedDoc('bangongting', [725, setCell(9, '234.44', '243.44')]);
    expect(shown(findingsOf(crossUnitProjectSubtotals, doc))).toEqual([
      {
        severity: 'error',
        lines: [725, 570],
        table: '部门整体支出绩效目标表',
        unit: '104004',
        message:
          '部门整体支出绩效目标表 104004 长沙市人民政府驻深圳办事处 项目支出 243.44 ≠ 项目支出绩效目标表 该单位小计 234.44，相差 +9.00',
        found: '243.44',
        expected: '234.44',
        difference: '+9.00',
      },
    ]);
  });
});
