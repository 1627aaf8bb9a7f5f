import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { threePublicSum } from './three-public-sum.js';

describe('form-three-public-sum', () => {
  it('reports Xiangyin’s 三公 合计 13 against 0 + 0 + 13.18 (line 110)', () => {
    expect(shown(findingsOf(threePublicSum, corpusDoc('xiangyin')))).toEqual([
      {
        severity: 'error',
        lines: [110],
        message:
          '整体支出申报表（湘阴县政府办）三公经费预算：合计 13.00 ≠ 公务用车运行和购置费 0.00 + 因公出国（境）费 0.00 + 公务接待费 13.18 = 13.18，相差 -0.18',
        unit: '湘阴县政府办',
        found: '13.00',
        expected: '13.18',
        difference: '-0.18',
      },
    ]);
  });

  it('is satisfied when the 合计 is 13.18', () => {
    const doc = mutatedDoc('xiangyin', [110, setCell(2, '13', '13.18')]);
    expect(findingsOf(threePublicSum, doc)).toEqual([]);
  });
});
