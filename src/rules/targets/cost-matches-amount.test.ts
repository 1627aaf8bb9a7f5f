import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { costMatchesAmount } from './cost-matches-amount.js';

describe('target-cost-matches-amount', () => {
  it.each(['beijing', 'keyProjects', 'xiangyin'] as const)(
    'finds every total cost equal to its amount in %s (per-unit standards and parts left aside)',
    (name) => {
      // Beijing compares 基本支出 656.38 and 项目支出 904.71 of its whole-unit target; the key projects
      // compare 33 totals and leave 补助标准 50万元 and 8000元 standards alone; Xiangyin ≤15万元 … ≤120万元.
      expect(findingsOf(costMatchesAmount, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports the two contradictions of the 2024 bangongting document (10.34 of 10.31, 7.85 of 27.85)', () => {
    expect(shown(findingsOf(costMatchesAmount, corpusDoc('bangongting')))).toEqual([
      {
        severity: 'error',
        lines: [362],
        message:
          '项目“办理提案及议案专项经费”的成本指标“项目总成本”为 10.34 万元，资金总额为 10.31 万元，相差 +0.03',
        project: '办理提案及议案专项经费',
        unit: '104001',
        table: '项目支出绩效目标表',
        indicator: '项目总成本',
        found: '10.34',
        expected: '10.31',
        difference: '+0.03',
      },
      {
        severity: 'error',
        lines: [662],
        message:
          '项目“水电气和物业管理费专项”的成本指标“招商引资用房物业管理费”为 7.85 万元，资金总额为 27.85 万元，相差 -20.00',
        project: '水电气和物业管理费专项',
        unit: '104006',
        table: '项目支出绩效目标表',
        indicator: '招商引资用房物业管理费',
        found: '7.85',
        expected: '27.85',
        difference: '-20.00',
      },
    ]);
  });

  it('is satisfied once the cost target is corrected (line 362: 10.34 → 10.31)', () => {
    const doc = mutatedDoc('bangongting', [362, replace('\t10.34\t', '\t10.31\t')]);
    expect(findingsOf(costMatchesAmount, doc).map((f) => f.lines[0])).toEqual([662]);
  });

  it('reports a form whose cost ceiling exceeds the money applied for (平安城市 line 82: ≤18万元 of 15)', () => {
    const doc = mutatedDoc('xiangyin', [82, replace('≤15万元', '≤18万元')]);
    expect(lines(findingsOf(costMatchesAmount, doc))).toEqual([
      '82 error: 项目“湘阴县平安城市及雪亮工程项目工作协调经费”的成本指标“控制在预算内”为 18.00 万元，本年度申请资金合计为 15.00 万元，相差 +3.00',
    ]);
  });

  it('compares a whole unit’s 基本支出 indicator with its 基本支出 (Beijing line 415: 665.38 of 656.38)', () => {
    const doc = mutatedDoc('beijing', [415, replace('656.38', '665.38')]);
    expect(lines(findingsOf(costMatchesAmount, doc))).toEqual([
      '415 error: 单位“长沙市人民政府驻北京联络处”的成本指标“基本支出”为 665.38 万元，基本支出为 656.38 万元，相差 +9.00',
    ]);
  });
});
