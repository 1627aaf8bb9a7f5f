import { describe, expect, it } from 'vitest';
import { gapsOf, overlapsOf, regionsOf, stretchText } from './band-coverage.js';
import { parseScoring, scoreText } from './score-bands.js';

/** Bands as "[lo,hi)=score", regions as the reader takes them, and what is left out or claimed twice. */
function read(text: string) {
  const std = parseScoring(text);
  const regions = regionsOf(std.bands);
  const end = (d: { toString(): string } | null, open: string): string => (d === null ? open : d.toString());
  return {
    regions: regions.map(
      (r) =>
        `${r.loIncl ? '[' : '('}${end(r.lo, '-∞')},${end(r.hi, '∞')}${r.hiIncl ? ']' : ')'}=${scoreText(r.band.score)}`,
    ),
    gaps: gapsOf(regions).map((g) => stretchText(g.lo, g.hi)),
    overlaps: overlapsOf(regions).map((o) => stretchText(o.lo, o.hi)),
    unreadable: std.unreadable,
  };
}

describe('parseScoring and band coverage on the corpus standards', () => {
  it.each([
    [
      'bangongting line 381: a band missing between 80% and 85%',
      '服务对象满意度95%以上计10分；90%-95%的计8分；85%-90%的计4分；75%-80%的计2分；75%以下不计分。',
      ['[95,∞)=10分', '[90,95)=8分', '[85,90)=4分', '[75,80]=2分', '(-∞,75)=0分'],
      ['80%–85%'],
      [],
    ],
    [
      'bangongting line 549: "75%以上的不计分" after the higher bands',
      '满意度95%以上的计10分，90%—95%的计8分，85%—90%的计6分，80%—85%的计4分，75%—80%的计2分，75%以上的不计分',
      ['[95,∞)=10分', '[90,95)=8分', '[85,90)=6分', '[80,85)=4分', '[75,80)=2分', '[75,80)=0分'],
      [],
      ['75%–80%'],
    ],
    [
      'beijing line 359: "70%-75%的计1分" and "75%以下的不得分" claim 70%–75% twice',
      '满意度95%以上的计10分，90%-95%的计8分；85%-90%的计6分；80%-85%的计4分；75%-80%的计2分；70%-75%的计1分，75%以下的不得分',
      [
        '[95,∞)=10分',
        '[90,95)=8分',
        '[85,90)=6分',
        '[80,85)=4分',
        '[75,80)=2分',
        '[70,75)=1分',
        '[70,75)=0分',
      ],
      [],
      ['70%–75%'],
    ],
    [
      'key projects line 139: whole per cents "85-89%" reach the next band',
      '满意度90%以上, 10分; 85-89%, 8分; 80-84%, 6分; 70-79%, 4分; 65-69%, 2分; 65%以下, 不计分。',
      ['[90,∞)=10分', '[85,90)=8分', '[80,85)=6分', '[70,80)=4分', '[65,70)=2分', '(-∞,65)=0分'],
      [],
      [],
    ],
    [
      'key projects line 42: "小于90%且大于80%" and "小于80%且大于60%" leave 80% and 60% themselves out',
      '满意度大于等于90%的得10分，满意度小于90%且大于80%的得8分，满意度小于80%且大于60%的得5分，满意度小于60%不得分',
      ['[90,∞)=10分', '(80,90)=8分', '(60,80)=5分', '(-∞,60)=0分'],
      ['恰为60%', '恰为80%'],
      [],
    ],
    [
      'key projects line 115: "70%≤满意度<90%"',
      '满意度≥90%，得10分；70%≤满意度<90%，得8分；60%≤满意度<70%，得5分；满意度<60%，不得分。',
      ['[90,∞)=10分', '[70,90)=8分', '[60,70)=5分', '(-∞,60)=0分'],
      [],
      [],
    ],
    [
      'key projects line 174: points "80%得8分" read as thresholds',
      '满意度高于90%得10分，80%得8分，60%得5分，低于60%不得分。',
      ['(90,∞)=10分', '[80,90]=8分', '[60,80)=5分', '(-∞,60)=0分'],
      [],
      [],
    ],
    [
      'bangongting line 574: "达到60%得10分，低于40%不得分" leaves 40%–60%',
      '全部完成得满分，达到90%得18分，达到80%得16分，达到70%得14分，达到60%得10分，低于40%不得分',
      ['[90,∞)=18分', '[80,90)=16分', '[70,80)=14分', '[60,70)=10分', '(-∞,40)=0分'],
      ['40%–60%'],
      [],
    ],
    [
      'key projects line 94: nothing between 70% and 80%',
      '满意度90%及以上满分，80%-90%得7分，小于70%不得分。',
      ['[90,∞)=满分', '[80,90)=7分', '(-∞,70)=0分'],
      ['70%–80%'],
      [],
    ],
    [
      'key projects line 218: "小于等于80%" and "大于等于80%" both take 80%',
      '满意度大于等于90%得10分，满意度小于90%且大于等于80%得8分；满意度小于等于80%且大于等于60%得5分，满意度小于60%不得分。',
      ['[90,∞)=10分', '[80,90)=8分', '[60,80]=5分', '(-∞,60)=0分'],
      [],
      ['恰为80%'],
    ],
  ])('%s', (_what, text, regions, gaps, overlaps) => {
    const r = read(text);
    expect(r.regions).toEqual(regions);
    expect(r.gaps).toEqual(gaps);
    expect(r.overlaps).toEqual(overlaps);
  });

  it('leaves formulas and deductions out of the bands (key projects line 233)', () => {
    const std = parseScoring(
      '该指标分值为8分，完成率小于60%为不及格，不得分；大于等于60%的，按超过的比重赋分，计算公式为：得分=（实际完成率-60%）/（1-60%）×8。完成率=三级指标实际完成值/三级指标目标值*100%。',
    );
    expect(std.statedWeight?.toString()).toBe('8');
    expect(std.formula).toBe(true);
    expect(std.bands.map((b) => b.text)).toEqual(['<60%为不及格,不得分']);
    const deduction = parseScoring(
      '满意度在95%及以上计10分,80%及以下不得分,每下降1%扣的分值=满意度满分分值/15,至单项分值扣完',
    );
    expect(deduction.deduction).toBe(true);
    expect(
      read('满意度在95%及以上计10分,80%及以下不得分,每下降1%扣的分值=满意度满分分值/15').regions,
    ).toEqual(['[95,∞)=10分', '(-∞,80]=0分']);
  });

  it.each([
    [
      'several ranges for one score (key projects line 93)',
      '完成90%及以上得满分，90%-60%（含）、60%-0%分别得8分、0分。',
    ],
    [
      '"大于100%或小于50%" is two bands (bangongting line 498)',
      '>90%计满分，>50%计10分，>60%计15分，>100%或<50%不得分',
    ],
  ])('does not guess: %s', (_what, text) => {
    expect(read(text)).toMatchObject({ regions: [], unreadable: true });
  });

  it('collects every explicit score, deductions excluded (key projects line 64)', () => {
    const std = parseScoring(
      '满意度大于等于90%的得20分, 满意度小于90%且大于等于80%的得16分, 满意度小于80%且大于等于60%的得12分, 满意度小于60%不得分。',
    );
    expect(std.scores.map(String)).toEqual(['20', '16', '12', '0']);
    expect(parseScoring('验收合格率100%的得10分，每降低2%扣1分，低于90%的不得分').scores.map(String)).toEqual(
      ['10', '0'],
    );
  });
});
