import { describe, expect, it } from 'vitest';
import {
  corpusDoc,
  findingsOf,
  lines,
  mutatedDoc,
  replace,
  setCell,
  shown,
} from '../../test-support/fixtures.js';
import { quantitativeValue } from './quantitative-value.js';

describe('target-quantitative-value', () => {
  it.each(['beijing', 'xiangyin'] as const)('finds numbers and units where %s promises them', (name) => {
    expect(findingsOf(quantitativeValue, corpusDoc(name))).toEqual([]);
  });

  it('reports "持续增长" typed 定量 (key projects line 138)', () => {
    const f = findingsOf(quantitativeValue, corpusDoc('keyProjects')).filter((x) => x.lines[0] === 138);
    expect(shown(f)).toEqual([
      {
        severity: 'warning',
        lines: [138, 134],
        message:
          '项目“高新技术企业认定奖励”的指标“培育壮大高新技术企业队伍”：指标值“持续增长”不是数值，指标值类型却为“定量”',
        project: '高新技术企业认定奖励',
        unit: '长沙市科技局',
        indicator: '培育壮大高新技术企业队伍',
        found: '持续增长',
        expected: '数值（或将指标值类型改为定性）',
      },
    ]);
  });

  it('reports a quantity without its unit, and a bare percentage typed 定性 (bangongting)', () => {
    const doc = mutatedDoc('bangongting', [366, setCell(11, '%', '')]);
    expect(lines(findingsOf(quantitativeValue, doc)).filter((l) => /^(366|743) /.test(l))).toEqual([
      '366 warning: 项目“办理提案及议案专项经费”的指标“办理答复率”：定量指标值“98”没有度量单位（度量单位为“”）',
      '743 warning: 单位“长沙市人民政府驻深圳办事处”的指标“工作完成及时性”：指标值“100%”是百分比数值，指标值类型却为“定性”',
    ]);
  });

  it('reports a count replaced by words (bangongting line 365: "800" → "较多")', () => {
    const doc = mutatedDoc('bangongting', [365, replace('\t800\t', '\t较多\t')]);
    expect(lines(findingsOf(quantitativeValue, doc)).filter((l) => l.startsWith('365 '))).toEqual([
      '365 warning: 项目“办理提案及议案专项经费”的指标“办理全国、省、市提案议案”：指标值“较多”不是数值，指标值类型却为“≥”',
    ]);
  });
});
