import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, setCell } from '../../test-support/fixtures.js';
import { scoreMatchesWeight } from './score-matches-weight.js';

describe('target-score-matches-weight', () => {
  it('finds every standard within its weight in the Beijing project table', () => {
    expect(
      findingsOf(scoreMatchesWeight, corpusDoc('beijing')).filter((f) => f.table === '项目支出绩效目标表'),
    ).toEqual([]);
  });

  it('reports the key projects whose standards exceed or contradict the weight', () => {
    expect(lines(findingsOf(scoreMatchesWeight, corpusDoc('keyProjects')))).toEqual([
      '58 warning: 项目“分布式能源专项”的指标“光伏发电项目新增装机规模”：评分标准最高给16分，超过该指标分值15分',
      '62 warning: 项目“分布式能源专项”的指标“促进光伏产业发展效果”：评分标准最高给10分，超过该指标分值5分',
      '64 warning: 项目“分布式能源专项”的指标“服务对象满意度”：评分标准最高给20分，超过该指标分值10分',
      '178 warning: 项目“送戏下乡进社区”的指标“组织市属院团进行送戏下乡进社区演”：评分标准最高给18分，超过该指标分值15分',
      '233 warning: 项目“高中学生助学金和免学费经费”的指标“资助学生人数”：评分标准写明分值为8分，备注栏分值为4分',
      '246 warning: 项目“高校国家助学金”的指标“资助学生人数”：评分标准写明分值为8分，备注栏分值为4分',
    ]);
  });

  it('is satisfied when the weight matches the top band (line 64: weight 10 → 20)', () => {
    const doc = mutatedDoc('keyProjects', [64, setCell(13, '10', '20')]);
    expect(findingsOf(scoreMatchesWeight, doc).filter((f) => f.lines[0] === 64)).toEqual([]);
  });

  it('reports a top band below the weight when no band gives 满分 (line 16: weight 10 → 12)', () => {
    const doc = mutatedDoc('keyProjects', [16, setCell(13, '10', '12')]);
    expect(lines(findingsOf(scoreMatchesWeight, doc)).filter((l) => l.startsWith('16 '))).toEqual([
      '16 warning: 项目“农村小型农田水利设施建设与维护”的指标“农民满意度”：最高档“90%以上得10分”只得10分，低于该指标分值12分',
    ]);
  });
});
