import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { fundingLevelsSum } from './funding-levels-sum.js';

describe('form-funding-levels-sum', () => {
  it('finds every 合计 equal to its levels in Xiangyin (68 = 68, 50 = 50 … 95 = 95, 120万 = 120万)', () => {
    expect(findingsOf(fundingLevelsSum, corpusDoc('xiangyin'))).toEqual([]);
  });

  it('reports a 县级资金 that no longer makes the 合计 (line 22: 本年度 50 → 40)', () => {
    const doc = mutatedDoc('xiangyin', [22, setCell(5, '50', '40')]);
    expect(shown(findingsOf(fundingLevelsSum, doc))).toEqual([
      {
        severity: 'error',
        lines: [18, 22],
        message:
          '项目“驻京联络维稳工作组”项目资金申请 本年度申请资金：合计 50.00 ≠ 县级资金 40.00 = 40.00，相差 +10.00',
        project: '驻京联络维稳工作组',
        found: '50.00',
        expected: '40.00',
        difference: '+10.00',
      },
    ]);
  });

  it('checks the previous year as well (line 68: 上年度 15万 → 12万)', () => {
    const doc = mutatedDoc('xiangyin', [68, setCell(4, '15万', '12万')]);
    expect(findingsOf(fundingLevelsSum, doc).map((f) => f.message)).toEqual([
      '项目“湘阴县平安城市及雪亮工程项目工作协调经费”项目资金申请 上年度安排资金：合计 15.00 ≠ 县级资金 12.00 = 12.00，相差 +3.00',
    ]);
  });
});
