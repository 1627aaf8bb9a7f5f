import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { scoreBandsContiguous } from './score-bands-contiguous.js';

describe('target-score-bands', () => {
  it('finds contiguous bands in every declaration form', () => {
    expect(findingsOf(scoreBandsContiguous, corpusDoc('xiangyin'))).toEqual([]);
  });

  it('reports the gap 80%–85% of 人大政协对办理组织满意度 (bangongting line 381)', () => {
    const f = findingsOf(scoreBandsContiguous, corpusDoc('bangongting')).filter((x) => x.lines[0] === 381);
    expect(shown(f)).toEqual([
      {
        severity: 'warning',
        lines: [381, 362],
        message:
          '项目“办理提案及议案专项经费”的指标“人大政协对办理组织满意度”评分标准：80%–85%之间没有对应档次',
        project: '办理提案及议案专项经费',
        unit: '104001',
        table: '项目支出绩效目标表',
        indicator: '人大政协对办理组织满意度',
        found: '服务对象满意度95%以上计10分；90%-95%的计8分；85%-90%的计4分；75%-80%的计2分；75%以下不计分。',
        expected: '连续、不重叠的分档',
      },
    ]);
  });

  it('reports the impossible band "75%以上的不计分" (bangongting line 549) and Beijing’s overlap (line 359)', () => {
    expect(
      lines(findingsOf(scoreBandsContiguous, corpusDoc('bangongting'))).filter((l) => l.startsWith('549 ')),
    ).toEqual([
      '549 warning: 项目“政策出台前期工作经费”的指标“服务对象满意度”评分标准：档次“75%以上的不计分”与较高档次矛盾：75%–80%已按“75%-80%的计2分”评分',
    ]);
    expect(
      lines(findingsOf(scoreBandsContiguous, corpusDoc('beijing'))).filter((l) => l.startsWith('359 ')),
    ).toEqual([
      '359 warning: 项目“对外联络、协调、交流合作经费”的指标“联络协调服务对象满意度”评分标准：70%–75%同时属于“70%-75%的计1分”和“75%以下的不得分”两个得分不同的档次',
    ]);
  });

  it('notes boundaries left out by "小于…且大于…" at lower severity (key projects line 42)', () => {
    expect(
      lines(findingsOf(scoreBandsContiguous, corpusDoc('keyProjects'))).filter((l) => l.startsWith('42 ')),
    ).toEqual([
      '42 info: 项目“林长制专项工作”的指标“服务对象满意度”评分标准：恰为60%不属于任何档次；恰为80%不属于任何档次',
    ]);
  });

  it('is satisfied once the missing band is added (line 381: 80%-85%的计6分)', () => {
    const doc = mutatedDoc('bangongting', [
      381,
      replace('85%-90%的计4分；', '85%-90%的计4分；80%-85%的计3分；'),
    ]);
    expect(findingsOf(scoreBandsContiguous, doc).filter((f) => f.lines[0] === 381)).toEqual([]);
  });

  it('does not judge deviation standards (偏离目标40%不得分…)', () => {
    expect(
      findingsOf(scoreBandsContiguous, corpusDoc('keyProjects')).filter((f) => f.lines[0] === 9),
    ).toEqual([]);
  });
});
