import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, setCell } from '../../test-support/fixtures.js';
import { spendingItemsSum } from './spending-items-sum.js';

describe('form-spending-items-sum', () => {
  it('finds the items with amounts adding up, and leaves items without amounts alone (Xiangyin)', () => {
    // 各战线 120 = 120, 争资 65 = 65, 重点工作 20 = 20; 驻京联络's four items have no amounts.
    expect(findingsOf(spendingItemsSum, corpusDoc('xiangyin'))).toEqual([]);
  });

  it('reports an item that no longer makes the 合计 (line 147: 120万元 → 100万元)', () => {
    const doc = mutatedDoc('xiangyin', [147, setCell(5, '120万元', '100万元')]);
    const found = findingsOf(spendingItemsSum, doc);
    expect(lines(found)).toEqual([
      '146 error: 项目“各战线调研协调工作经费”支出明细预算 本年度申请资金：合计 120.00 ≠ 1、各战线协调工作 100.00 = 100.00，相差 +20.00',
    ]);
    expect(found[0]?.lines).toEqual([146, 147]);
  });
});
