import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { valueMissingRule } from './value-missing.js';

describe('target-value-missing', () => {
  it('finds a value for every counted indicator of the key projects', () => {
    expect(findingsOf(valueMissingRule, corpusDoc('keyProjects'))).toEqual([]);
  });

  it('notes a scored qualitative indicator whose value is "无" (110联动经费 line 358)', () => {
    const f = findingsOf(valueMissingRule, corpusDoc('bangongting')).filter((x) => x.lines[0] === 358);
    expect(shown(f)).toEqual([
      {
        severity: 'info',
        lines: [358, 341],
        message: '项目“110联动经费”的指标“维护社会安全稳定”有分值（20分）但指标值为“无”',
        project: '110联动经费',
        unit: '104001',
        table: '项目支出绩效目标表',
        indicator: '维护社会安全稳定',
        found: '无',
        expected: '目标值',
      },
    ]);
  });

  it('warns when a quantitative value becomes "无" (办理答复率 line 366: "98" → "无")', () => {
    const doc = mutatedDoc('bangongting', [366, replace('\t98\t', '\t无\t')]);
    expect(lines(findingsOf(valueMissingRule, doc)).filter((l) => l.startsWith('366 '))).toEqual([
      '366 warning: 项目“办理提案及议案专项经费”的指标“办理答复率”的指标值类型为“≥”，指标值却为“无”',
    ]);
  });
});
