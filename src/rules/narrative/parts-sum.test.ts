import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace } from '../../test-support/fixtures.js';
import { partsSum } from './parts-sum.js';

describe('narrative-parts-sum', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds every total of %s equal to its stated parts',
    (name) => {
      // bangongting: 252.08 = 40.90 + 180.18 + 31.00; 27.8 = 4 + 23.8; 14.87 = 5.42 + 9.45; 22 = 16 + 6 cars.
      expect(findingsOf(partsSum, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports a 会议费 whose parts no longer add up (bangongting line 118: 项目支出 23.8 → 22.8)', () => {
    const doc = mutatedDoc('bangongting', [118, replace('项目支出 23.8 万元', '项目支出 22.8 万元')]);
    expect(lines(findingsOf(partsSum, doc))).toEqual([
      '118 error: 部门预算说明“会议费预算27.8万元”与会议费的基本支出 + 项目支出 26.80 万元 不一致，相差 +1.00',
    ]);
  });

  it('reports a count of cars that does not add up (bangongting line 122: 其他 6 → 5 辆)', () => {
    const doc = mutatedDoc('bangongting', [
      122,
      replace('其他按照规定配备的公务用车 6 辆', '其他按照规定配备的公务用车 5 辆'),
    ]);
    expect(lines(findingsOf(partsSum, doc))).toEqual([
      '122 error: 部门预算说明“公务用车22辆”与各类公务用车之和 21 辆 不一致，相差 +1',
    ]);
  });
});
