import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { comparatorValid } from './comparator-valid.js';

describe('target-value-type-valid', () => {
  it('finds only valid types in the Beijing document', () => {
    expect(findingsOf(comparatorValid, corpusDoc('beijing'))).toEqual([]);
  });

  it('reports every "2.00", "4.00" and "5.00" printed as 指标值类型 (bangongting, 104004)', () => {
    const found = findingsOf(comparatorValid, corpusDoc('bangongting'));
    expect(found.map((f) => `${f.lines[0] ?? 0} ${f.found ?? ''}`)).toEqual([
      '571 4.00',
      '590 2.00',
      '591 4.00',
      '610 2.00',
      '611 4.00',
      '614 5.00',
      '624 2.00',
      '625 2.00',
      '630 2.00',
    ]);
    expect(shown(found.slice(1, 2))).toEqual([
      {
        severity: 'warning',
        lines: [590, 571],
        message:
          '项目“对外联络、协调、交流合作专项”的指标“优化服务接待”：指标值类型“2.00”不是有效类型（应为 ≥ ≤ = > < 定性 定量）',
        project: '对外联络、协调、交流合作专项',
        unit: '104004',
        table: '项目支出绩效目标表',
        indicator: '优化服务接待',
        found: '2.00',
        expected: '≥ ≤ = > < 定性 定量',
      },
    ]);
  });

  it('reports the key projects whose rows are cut before the type (lines 304 and 339)', () => {
    expect(lines(findingsOf(comparatorValid, corpusDoc('keyProjects')))).toEqual([
      '304 warning: 项目“困难残疾人生活补贴和重度残疾人护理补贴”的指标“发放标准合规率”未填写指标值类型（应为 ≥ ≤ = > < 定性 定量）',
      '339 warning: 项目“烟花爆竹传统文化保护和创新发展”的指标“补助标准”未填写指标值类型（应为 ≥ ≤ = > < 定性 定量）',
    ]);
  });

  it('accepts ">=" and reports a figure typed into the column (Beijing line 377)', () => {
    const ok = mutatedDoc('beijing', [377, replace('\t=\t10', '\t>=\t10')]);
    expect(findingsOf(comparatorValid, ok)).toEqual([]);
    const bad = mutatedDoc('beijing', [377, replace('\t=\t10', '\t1.00\t10')]);
    expect(lines(findingsOf(comparatorValid, bad))).toEqual([
      '377 warning: 项目“驻京维稳”的指标“拨付20名抽调干部全年生活补助”：指标值类型“1.00”不是有效类型（应为 ≥ ≤ = > < 定性 定量）',
    ]);
  });
});
