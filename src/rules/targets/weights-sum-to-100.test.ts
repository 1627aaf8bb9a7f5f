import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { weightsSumTo100 } from './weights-sum-to-100.js';

describe('target-weights-sum-to-100', () => {
  it('notes 110联动经费 at 90 points (10 + 10 + 20 + 10 + 10 + 20 + 10) as the 预算执行率 convention', () => {
    const f = findingsOf(weightsSumTo100, corpusDoc('bangongting')).find((x) => x.project === '110联动经费');
    expect(shown(f ? [f] : [])).toEqual([
      {
        severity: 'info',
        lines: [341, 342, 345, 346, 347, 358, 361],
        message:
          '项目“110联动经费”的指标分值合计 90 分，应为 100 分，相差 -10（若预算执行率10分另计，合计90分属正常）',
        project: '110联动经费',
        unit: '104001',
        table: '项目支出绩效目标表',
        found: '90',
        expected: '100',
        difference: '-10',
      },
    ]);
  });

  it('warns of Beijing’s 对外联络、协调、交流合作经费 at 80 points', () => {
    expect(
      lines(findingsOf(weightsSumTo100, corpusDoc('beijing'))).filter((l) => l.startsWith('353 ')),
    ).toEqual(['353 warning: 项目“对外联络、协调、交流合作经费”的指标分值合计 80 分，应为 100 分，相差 -20']);
  });

  it('accepts 100 points (110联动经费 with 全年值班在岗率 at 30, line 345)', () => {
    const doc = mutatedDoc('bangongting', [345, setCell(14, '20', '30')]);
    expect(findingsOf(weightsSumTo100, doc).filter((f) => f.project === '110联动经费')).toEqual([]);
  });

  it('warns when a changed weight leaves 95 points (line 345: 20 → 25)', () => {
    const doc = mutatedDoc('bangongting', [345, setCell(14, '20', '25')]);
    expect(lines(findingsOf(weightsSumTo100, doc).filter((f) => f.project === '110联动经费'))).toEqual([
      '341 warning: 项目“110联动经费”的指标分值合计 95 分，应为 100 分，相差 -5',
    ]);
  });

  it('does not judge declaration forms, which have no weights', () => {
    expect(findingsOf(weightsSumTo100, corpusDoc('xiangyin'))).toEqual([]);
  });
});
