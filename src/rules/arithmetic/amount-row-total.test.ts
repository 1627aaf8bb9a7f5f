import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { amountRowTotal } from './amount-row-total.js';

describe('amount-row-total', () => {
  itFindsNothingIn(['bangongting', 'beijing'], amountRowTotal);

  it('reports a “三公” row whose 小计 is not the sum of its three parts', () => {
    const doc = mutatedDoc('bangongting', [313, setCell(5, '180.18', '180.81')]);
    expect(shown(findingsOf(amountRowTotal, doc))).toEqual([
      {
        severity: 'error',
        lines: [313],
        table: '一般公共预算“三公”经费支出表',
        message:
          '一般公共预算“三公”经费支出表：合计 小计 252.08 ≠ 公务接待费 + 因公出国（境）费 + 公务用车购置及运行费 252.71，相差 -0.63',
        found: '252.08',
        expected: '252.71',
        difference: '-0.63',
      },
    ]);
  });

  it('reports an economic item whose 总计 is not 人员类 + 公用经费', () => {
    const doc = mutatedDoc('bangongting', [300, setCell(4, '0.16', '0.61')]);
    expect(shown(findingsOf(amountRowTotal, doc))).toEqual([
      {
        severity: 'error',
        lines: [300],
        table: '一般公共预算基本支出表',
        message: '一般公共预算基本支出表：30309 奖励金 总计 0.16 ≠ 人员类 + 公用经费 0.61，相差 -0.45',
        found: '0.16',
        expected: '0.61',
        difference: '-0.45',
      },
    ]);
  });
});
