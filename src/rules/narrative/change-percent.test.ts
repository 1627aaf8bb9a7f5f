import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
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

  it('checks every stated change, not only income, expenditure and 机关运行经费 (三公, line 114)', () => {
    // 21.89 ÷ (252.08 + 21.89) = 7.99%: this year's 252.08 is stated earlier in the paragraph.
    const right = mutatedDoc('bangongting', [
      114,
      replace('较2023年减少21.89万元，', '较2023年减少21.89万元，下降7.99%，'),
    ]);
    expect(findingsOf(changePercent, right)).toEqual([]);
    const wrong = mutatedDoc('bangongting', [
      114,
      replace('较2023年减少21.89万元，', '较2023年减少21.89万元，下降8.10%，'),
    ]);
    expect(shown(findingsOf(changePercent, wrong))).toEqual([
      {
        severity: 'error',
        lines: [114],
        message:
          '部门预算说明“2024年“三公”经费预算较2023年减少21.89万元，下降8.10%”：“三公”经费增减 21.89 ÷ (252.08 + 21.89) = 7.99%，所印百分比 8.10% 相差 +0.11',
        found: '8.10%',
        expected: '7.99%',
        difference: '+0.11',
      },
    ]);
  });

  it('reads the subject named after 相比, as final accounts write it', () => {
    const doc = mutatedDoc('bangongting', [
      120,
      replace(
        '服务类采购预算 0 万元。',
        '服务类采购预算 0 万元。本部门收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.90%。',
      ),
    ]);
    expect(
      findingsOf(changePercent, doc).map((f) => `${f.lines.join(',')} ${f.found ?? ''} ${f.expected ?? ''}`),
    ).toEqual(['120 1.90% 1.87%']);
  });

  it('reports a percentage of a change from nothing (line 112: this year 4.50, increase 4.50)', () => {
    const doc = mutatedDoc('bangongting', [112, replace('585.91万元', '4.50万元')]);
    expect(lines(findingsOf(changePercent, doc))).toEqual([
      '112 error: 部门预算说明“机关运行经费4.50万元，比上年预算增加4.50万元，上升0.77%”：上年数 4.50 − 4.50 = 0.00，不能作为百分比的基数，所印百分比 0.77% 无从成立',
    ]);
  });
});
