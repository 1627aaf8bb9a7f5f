import { describe, expect, it } from 'vitest';
import { corpusDoc, deleteLine, findingsOf, lines, mutatedDoc, shown } from '../../test-support/fixtures.js';
import { levelsComplete } from './levels-complete.js';

describe('target-levels-complete', () => {
  it.each(['bangongting', 'xiangyin'] as const)('finds all four kinds in every target of %s', (name) => {
    expect(findingsOf(levelsComplete, corpusDoc(name))).toEqual([]);
  });

  it('reports 城乡医疗救助 (key projects), whose two pages hold no 成本指标', () => {
    expect(shown(findingsOf(levelsComplete, corpusDoc('keyProjects')))).toEqual([
      {
        severity: 'warning',
        lines: [325],
        message: '项目“城乡医疗救助”缺少成本指标（已有产出指标、效益指标、满意度指标）',
        project: '城乡医疗救助',
        unit: '长沙市医保局',
        found: '产出指标、效益指标、满意度指标',
        expected: '成本指标、产出指标、效益指标、满意度指标',
      },
    ]);
  });

  it('reports 信访维稳工作经费 (Beijing), whose rows before the page break are lost', () => {
    expect(lines(findingsOf(levelsComplete, corpusDoc('beijing')))).toEqual([
      '374 warning: 项目“信访维稳工作经费”缺少成本指标、产出指标、满意度指标（已有效益指标）',
    ]);
  });

  it('notices a deleted 满意度 row (110联动经费, line 361)', () => {
    const doc = mutatedDoc('bangongting', [361, deleteLine]);
    expect(lines(findingsOf(levelsComplete, doc))).toEqual([
      '341 warning: 项目“110联动经费”缺少满意度指标（已有成本指标、产出指标、效益指标）',
    ]);
  });

  it('counts a form’s 成本指标 under 产出指标, and misses it once deleted (平安城市, line 82)', () => {
    const doc = mutatedDoc('xiangyin', [82, deleteLine]);
    expect(lines(findingsOf(levelsComplete, doc))).toEqual([
      '55 warning: 项目“湘阴县平安城市及雪亮工程项目工作协调经费”缺少成本指标（已有产出指标、效益指标、满意度指标）',
    ]);
  });
});
