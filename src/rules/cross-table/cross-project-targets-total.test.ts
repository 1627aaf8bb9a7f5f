import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { crossProjectTargetsTotal } from './cross-project-targets-total.js';

describe('cross-project-targets-total', () => {
  itFindsNothingIn(['bangongting', 'beijing'], crossProjectTargetsTotal);

  it("reports a project target table whose 合计 is not the department's 项目支出", () => {
    const doc = mutatedDoc('bangongting', [339, setCell(3, '1,161.75', '1,116.75')]);
    expect(shown(findingsOf(crossProjectTargetsTotal, doc))).toEqual([
      {
        severity: 'error',
        lines: [339, 145],
        table: '项目支出绩效目标表',
        message: '项目支出绩效目标表 合计 1,116.75 ≠ 部门收支总表 项目支出 1,161.75，相差 -45.00',
        found: '1,116.75',
        expected: '1,161.75',
        difference: '-45.00',
      },
    ]);
  });
});
