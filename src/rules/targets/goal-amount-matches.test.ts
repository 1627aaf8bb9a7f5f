import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { fundsInText, goalAmountMatches } from './goal-amount-matches.js';

describe('target-goal-amount-matches', () => {
  it('reads only amounts introduced as funds', () => {
    expect(fundsInText('对外联络协调、合作交流 经费83.66万元').map((f) => f.value.toString())).toEqual([
      '83.66',
    ]);
    // 青年人才租房和生活补贴 (key projects line 264): per-person standards, not the project's money.
    expect(
      fundsInText('分别给予3万元、2万元、1.2万元租房和生活补贴。……租房和生活补贴提高至10万元。'),
    ).toEqual([]);
  });

  it.each(['beijing', 'keyProjects', 'xiangyin'] as const)(
    'finds no goal text contradicting its amount in %s',
    (name) => {
      expect(findingsOf(goalAmountMatches, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports 对外联络协调、合作交流经费: 103.66 with a goal of 经费83.66万元 (bangongting line 632)', () => {
    expect(shown(findingsOf(goalAmountMatches, corpusDoc('bangongting')))).toEqual([
      {
        severity: 'error',
        lines: [632],
        message:
          '项目“对外联络协调、合作交流经费”的绩效目标写明“经费83.66万元”，资金总额为 103.66 万元，相差 -20.00',
        project: '对外联络协调、合作交流经费',
        unit: '104006',
        table: '项目支出绩效目标表',
        found: '83.66',
        expected: '103.66',
        difference: '-20.00',
      },
    ]);
  });

  it('is satisfied when the goal states the amount (lines 632 and 643: 83.66 → 103.66)', () => {
    const doc = mutatedDoc(
      'bangongting',
      [632, replace('经费83.66万元', '经费103.66万元')],
      [643, replace('经费83.66万元', '经费103.66万元')],
    );
    expect(findingsOf(goalAmountMatches, doc)).toEqual([]);
  });
});
