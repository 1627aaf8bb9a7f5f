import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { projectTargetsSubtotals } from './project-targets-subtotals.js';

describe('project-targets-subtotals', () => {
  itFindsNothingIn(['bangongting', 'beijing'], projectTargetsSubtotals);

  it("reports a unit subtotal that is not the sum of its projects' 资金总额", () => {
    const doc = mutatedDoc('bangongting', [662, setCell(3, '27.85', '27.58')]);
    expect(shown(findingsOf(projectTargetsSubtotals, doc))).toEqual([
      {
        severity: 'error',
        lines: [631, 632, 662],
        table: '项目支出绩效目标表',
        unit: '104006',
        message:
          '项目支出绩效目标表：104006 长沙市人民政府驻上海联络处 小计 131.51 ≠ 该单位各项目资金总额之和 131.24，相差 +0.27',
        found: '131.51',
        expected: '131.24',
        difference: '+0.27',
      },
    ]);
  });

  it('reports a 合计 that is not the sum of the unit subtotals', () => {
    const doc = mutatedDoc('bangongting', [339, setCell(3, '1,161.75', '1,116.75')]);
    expect(shown(findingsOf(projectTargetsSubtotals, doc))).toEqual([
      {
        severity: 'error',
        lines: [339, 340, 570, 631],
        table: '项目支出绩效目标表',
        message: '项目支出绩效目标表：合计 1,116.75 ≠ 各单位小计之和 1,161.75，相差 -45.00',
        found: '1,116.75',
        expected: '1,161.75',
        difference: '-45.00',
      },
    ]);
  });
});
