import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace } from '../../test-support/fixtures.js';
import { performanceAmounts } from './performance-amounts.js';

describe('narrative-performance-amounts', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds the amounts under targets equal to the budget in %s',
    (name) => {
      // bangongting: 6563.63 = 本年支出合计 = 5,579.00 + 595.00 + 389.63 of the 部门整体支出绩效目标表.
      expect(findingsOf(performanceAmounts, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports a different amount against the budget and against the units’ targets (line 126)', () => {
    const doc = mutatedDoc('bangongting', [126, replace('金额为 6563.63 万元', '金额为 6536.63 万元')]);
    const found = findingsOf(performanceAmounts, doc);
    expect(lines(found)).toEqual([
      '126 error: 部门预算说明“金额为6536.63万元”与部门收支总表“本年支出合计” 6,563.63 万元 不一致，相差 -27.00',
      '126 error: 部门预算说明“金额为6536.63万元”与部门整体支出绩效目标表各单位资金总额之和（3个单位） 6,563.63 万元 不一致，相差 -27.00',
    ]);
    expect(found.map((f) => f.lines)).toEqual([
      [126, 150],
      [126, 683, 725, 749],
    ]);
  });
});
