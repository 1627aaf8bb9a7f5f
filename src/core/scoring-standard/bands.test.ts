import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal.js';
import { stretchText } from './coverage.js';
import { parseStandard } from './parse.js';
import type { BandsRule, Points } from './types.js';
import { standardInputOf as input } from '../../test-support/standard.js';
import type { InputOverrides } from '../../test-support/standard.js';

const pts = (p: Points): string =>
  p.kind === 'points'
    ? `${p.value.toString()}分`
    : p.kind === 'full-less'
      ? `满分-${p.value.toString()}`
      : p.numerator.eq(p.denominator)
        ? '满分'
        : `${p.numerator.toString()}/${p.denominator.toString()}`;

/** Bands as the reader takes them ("[lo,hi)=points"), and what is left out or claimed twice. */
function read(text: string, over: InputOverrides = {}) {
  const std = parseStandard(input(text, over));
  if (std.rule.kind !== 'bands') return { kind: std.rule.kind, reason: std.unparsedReason };
  const rule: BandsRule = std.rule;
  const end = (d: Decimal | null, open: string): string => (d === null ? open : d.toString());
  return {
    axis: rule.axis,
    regions: rule.regions.map((r) => {
      const b = rule.bands[r.band];
      return `${r.loIncl ? '[' : '('}${end(r.lo, '-∞')},${end(r.hi, '∞')}${r.hiIncl ? ']' : ')'}=${b ? pts(b.points) : '?'}`;
    }),
    gaps: rule.gaps.map((g) => stretchText(g.lo, g.hi, rule.unit)),
    overlaps: rule.overlaps.map((o) => stretchText(o.lo, o.hi, rule.unit)),
  };
}

describe('band standards from the corpus', () => {
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
    [
      'key projects line 90: "等于100%得12分" is the point itself',
      '合规率低于90%不得分，大于等于90%小于100%得8分，等于100%得12分。',
      ['(-∞,90)=0分', '[90,100)=8分', '[100,100]=12分'],
      [],
      [],
    ],
    [
      'key projects line 93: "90%-60%（含）、60%-0%分别得8分、0分" pairs the ranges with the scores',
      '完成90%及以上得满分，90%-60%（含）、60%-0%分别得8分、0分。',
      ['[90,∞)=满分', '[60,90)=8分', '[0,60)=0分'],
      [],
      [],
    ],
  ])('%s', (_what, text, regions, gaps, overlaps) => {
    expect(read(text)).toMatchObject({ regions, gaps, overlaps });
  });

  it('reads bands in other units on the value itself (key projects 121, 58, 178)', () => {
    expect(
      read(
        '超过7600亿元计10分，7400亿元计8分，7200亿元计6分，7000亿元计4分，6800亿元计1分，6600亿元以下不得分',
        {
          value: '7600',
          unit: '亿元',
          comparator: '=',
        },
      ),
    ).toEqual({
      axis: 'value',
      regions: [
        '(7600,∞)=10分',
        '[7400,7600]=8分',
        '[7200,7400)=6分',
        '[7000,7200)=4分',
        '[6800,7000)=1分',
        '(-∞,6600)=0分',
      ],
      gaps: ['6600亿元–6800亿元'],
      overlaps: [],
    });
    expect(
      read(
        '2023年全市光伏发电新增装机规模20兆瓦及以上得满分, 新增15-20兆瓦得16分, 新增10-15兆瓦得12分, 新增10兆瓦以下不得分。',
        {
          value: '20',
          unit: '兆瓦',
          comparator: '定量',
          weight: '15',
        },
      ).regions,
    ).toEqual(['[20,∞)=满分', '[15,20)=16分', '[10,15)=12分', '(-∞,10)=0分']);
    expect(
      read(
        '全部完成得满分；低于500高于450场计18分；低于450高于400计15分；低于400高于300计10分；低于300不得分',
        {
          value: '500',
          unit: '个',
          weight: '15',
        },
      ),
    ).toMatchObject({
      axis: 'value',
      regions: ['[500,∞)=满分', '(450,500)=18分', '(400,450)=15分', '(300,400)=10分', '(-∞,300)=0分'],
      gaps: ['恰为300场', '恰为400场', '恰为450场'],
    });
  });

  it('scores the completion rate when per-cent bands meet an indicator that is not a percentage (bangongting 574)', () => {
    expect(
      read(
        '按照走访数量；按照接待批次；全部完成得满分，达到90%得18分，达到80%得16分，达到70%得14分，达到60%得10分，低于40%不得分',
        {
          value: '数量；批次；数量',
          unit: '家；批次；批次',
          comparator: '定量',
          weight: '20',
        },
      ),
    ).toEqual({
      axis: 'rate',
      regions: [
        '[100,∞)=满分',
        '[90,100)=18分',
        '[80,90)=16分',
        '[70,80)=14分',
        '[60,70)=10分',
        '(-∞,40)=0分',
      ],
      gaps: ['40%–60%'],
      overlaps: [],
    });
  });

  it('reads deviation bands as thresholds, the stretch below the first one scored as written or by default', () => {
    const cost = { value: '10.34', unit: '万元', comparator: '≤' as const, weight: '20', name: '项目总成本' };
    expect(
      read('以实际预算下达数为准，偏离目标40%不得分；偏离30%得5分；偏离20%得10分；偏离10%得15分', cost),
    ).toEqual({
      axis: 'deviation',
      regions: ['[40,∞)=0分', '[30,40)=5分', '[20,30)=10分', '[10,20)=15分', '[0,10)=满分'],
      gaps: [],
      overlaps: [],
    });
    const std = parseStandard(input('偏离目标40%不得分；偏离30%得5分；偏离20%得10分；偏离10%得15分', cost));
    expect(std.notes).toEqual(['评分标准未写偏离小于10%的得分，按满分计（默认）']);
    expect(std.rule.kind === 'bands' && std.rule.bands.at(-1)?.implicit).toBe(true);
    expect(
      read(
        '偏离目标50%不得分；偏离40%得10分；偏离30%得12分；偏离20%得15分；偏离10%得18分；低于10%得20分',
        cost,
      ).regions,
    ).toEqual(['[50,∞)=0分', '[40,50)=10分', '[30,40)=12分', '[20,30)=15分', '[10,20)=18分', '(-∞,10)=20分']);
    expect(
      read(
        '该指标分值为20分，预算成本控制在5500万元以内计20分，偏离10%以内计16分，偏离10%（含）-20%计12分、偏离20%（含）-30%计8分、偏离30%（含）-40%计4分、偏离40%及以上不得分',
        cost,
      ),
    ).toMatchObject({
      regions: ['(-∞,0]=20分', '(0,10]=16分', '[10,20)=12分', '[20,30)=8分', '[30,40)=4分', '[40,∞)=0分'],
      overlaps: ['恰为10%'],
    });
    const over = parseStandard(
      input('预算成本控制在5500万元以内计20分，偏离10%以内计16分，偏离40%及以上不得分', cost),
    );
    expect(over.rule.kind === 'bands' && over.rule.side).toBe('over');
  });

  it('does not guess: "大于100%或小于50%" is two bands (bangongting line 498), two quantities in one band (346)', () => {
    expect(
      read('>90%计满分，>50%计10分，>60%计15分，>100%或<50%不得分', {
        value: '30',
        unit: '万元',
        comparator: '≤',
        weight: '20',
      }),
    ).toEqual({
      kind: 'default',
      reason: '条件“>100%或<50%”不能读成一个区间',
    });
    expect(read('超过28人次，达到95%即为满分')).toMatchObject({ kind: 'default' });
  });

  it('collects every explicit score, deductions excluded, and the weight the text states (key projects 64, 233)', () => {
    const std = parseStandard(
      input(
        '满意度大于等于90%的得20分, 满意度小于90%且大于等于80%的得16分, 满意度小于80%且大于等于60%的得12分, 满意度小于60%不得分。',
      ),
    );
    expect(std.maxPoints?.toString()).toBe('20');
    expect(
      parseStandard(input('验收合格率100%的得10分，每降低2%扣1分，低于90%的不得分')).maxPoints?.toString(),
    ).toBe('10');
    const stated = parseStandard(
      input(
        '该指标分值为8分，完成率小于60%为不及格，不得分；大于等于60%的，按超过的比重赋分，计算公式为：得分=（实际完成率-60%）/（1-60%）×8。完成率=三级指标实际完成值/三级指标目标值*100%。',
        { value: '以符合条件实际资助人数为准', unit: '人', weight: '4' },
      ),
    );
    expect(stated.statedWeight?.toString()).toBe('8');
    expect(stated.rule).toMatchObject({ kind: 'linear', threshold: Decimal.from('60') });
  });
});
