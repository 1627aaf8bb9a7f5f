import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { operatingFunds } from './operating-funds.js';

describe('narrative-operating-funds', () => {
  it.each(['bangongting', 'beijing'] as const)('finds 机关运行经费 equal to 公用经费 in %s', (name) => {
    // bangongting: "3家行政事业单位的机关运行经费585.91万元" = 公用经费 合计 585.91 (line 261).
    expect(findingsOf(operatingFunds, corpusDoc(name))).toEqual([]);
  });

  it('reports a different figure (bangongting line 112: 585.91 → 558.91)', () => {
    const doc = mutatedDoc('bangongting', [112, replace('585.91', '558.91')]);
    expect(shown(findingsOf(operatingFunds, doc))).toEqual([
      {
        severity: 'error',
        lines: [112, 261],
        message:
          '部门预算说明“机关运行经费558.91万元”与一般公共预算基本支出表“合计”公用经费 585.91 万元 不一致，相差 -27.00',
        table: '一般公共预算基本支出表',
        found: '558.91',
        expected: '585.91',
        difference: '-27.00',
      },
    ]);
  });

  it('only warns when the sentence counts 行政单位 alone', () => {
    const doc = mutatedDoc(
      'bangongting',
      [112, replace('585.91', '558.91')],
      [112, replace('3家行政事业单位', '3家行政单位')],
    );
    expect(lines(findingsOf(operatingFunds, doc))).toEqual([
      '112 warning: 部门预算说明“机关运行经费558.91万元”与一般公共预算基本支出表“合计”公用经费 585.91 万元 不一致，相差 -27.00（说明只计行政单位，差额可能是事业单位的公用经费）',
    ]);
  });
});
