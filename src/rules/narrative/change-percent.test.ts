import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { changePercent } from './change-percent.js';

describe('narrative-change-percent', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds every percentage of %s following from its change',
    (name) => {
      // 154.46 ÷ 6409.17 = 2.41%; 4.50 ÷ 581.41 = 0.77%; Beijing 162.77 ÷ 1398.32 = 11.64%, 8.07 ÷ 70.42 = 11.46%.
      expect(findingsOf(changePercent, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports a percentage that does not follow (bangongting line 81: 2.41% → 2.35%)', () => {
    const doc = mutatedDoc('bangongting', [81, replace('上升2.41%', '上升2.35%')]);
    expect(shown(findingsOf(changePercent, doc))).toEqual([
      {
        severity: 'error',
        lines: [81],
        message:
          '部门预算说明“收入较去年增加154.46万元，上升2.35%”：收入增减 154.46 ÷ (6,563.63 − 154.46) = 2.41%，所印百分比 2.35% 相差 -0.06',
        found: '2.35%',
        expected: '2.41%',
        difference: '-0.06',
      },
    ]);
  });

  it('reports a change that does not fit the percentage (Beijing line 101: 8.07 → 7.08)', () => {
    const doc = mutatedDoc('beijing', [101, replace('增加 8.07 万元', '增加 7.08 万元')]);
    expect(findingsOf(changePercent, doc).map((f) => `${f.found ?? ''} ${f.expected ?? ''}`)).toEqual([
      '11.46% 9.91%',
    ]);
  });
});
