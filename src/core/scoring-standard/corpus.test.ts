// Every 评（扣）分标准 of the four Hunan corpus documents through the one parser: how many are read as
// a rule (the quality bar is 95%), which patterns they are, and which cannot be applied — each of those
// is a real defect of its target (the review reports them: target-score-standard-applicable).

import { describe, expect, it } from 'vitest';
import { targetViews } from '../model/target-views.js';
import { isPlaceholder } from '../text.js';
import { corpusDoc } from '../../test-support/fixtures.js';
import type { CorpusName } from '../../test-support/corpus.js';
import { standardOf } from './memo.js';

const NAMES: readonly CorpusName[] = ['bangongting', 'beijing', 'keyProjects', 'xiangyin'];

function standards() {
  return NAMES.flatMap((name) =>
    targetViews(corpusDoc(name)).flatMap((v) =>
      v.indicators
        .filter((i) => !i.placeholder && !isPlaceholder(i.scoring))
        .map((i) => ({ name, line: i.source.line, std: standardOf(i) })),
    ),
  );
}

describe('the corpus standards', () => {
  const all = standards();
  const parsed = all.filter((s) => s.std.status === 'parsed');

  it('reads 441 of the 461 standards as rules (95.7%)', () => {
    expect([parsed.length, all.length]).toEqual([441, 461]);
    expect(parsed.length / all.length).toBeGreaterThanOrEqual(0.95);
  });

  it('covers every pattern', () => {
    const kinds: Record<string, number> = {};
    for (const s of parsed) kinds[s.std.rule.kind] = (kinds[s.std.rule.kind] ?? 0) + 1;
    expect(kinds).toEqual({
      binary: 122,
      bands: 121,
      deduction: 79,
      linear: 57,
      grades: 51,
      composite: 9,
      proportional: 2,
    });
    const axes: Record<string, number> = {};
    for (const s of parsed)
      if (s.std.rule.kind === 'bands') axes[s.std.rule.axis] = (axes[s.std.rule.axis] ?? 0) + 1;
    expect(axes).toEqual({ value: 74, deviation: 42, rate: 5 });
  });

  it('leaves unread only texts that cannot be applied, each with its reason', () => {
    expect(
      all
        .filter((s) => s.std.status === 'unparsed')
        .map((s) => `${s.name} ${s.line}: ${s.std.unparsedReason ?? ''}`),
    ).toEqual([
      'bangongting 346: 条件“>28人次,达到95%”不能读成一个区间',
      'bangongting 498: 条件“>100%或<50%”不能读成一个区间',
      'bangongting 535: “达到指标值加分、未达到扣分、与上一年持平不得分”的加分、扣分没有写明分数',
      'bangongting 536: “达到指标值加分、未达到扣分、与上一年持平不得分”的加分、扣分没有写明分数',
      'bangongting 586: 扣分以指标值为基准，但指标值不是数值',
      'bangongting 606: 扣分以指标值为基准，但指标值不是数值',
      'beijing 379: “完成80%以上得18分”与计分公式对同一完成率给出不同得分',
      'keyProjects 33: 条件“完成时间超过一个月扣5分,>1个月以上”不能读成一个区间',
      'keyProjects 47: 条件“完成时间超过一个月扣5分,>1个月以上”不能读成一个区间',
      'keyProjects 117: “完成任务数N计15分”不是分档条件',
      'keyProjects 118: “依次类推”的档次没有全部写出',
      'keyProjects 177: 扣分以指标值为基准，但指标值不是数值',
      'keyProjects 182: 评分标准没有可执行的得分或扣分规定',
      'keyProjects 197: 第1部分没有写明分值',
      'keyProjects 239: 评分标准没有可执行的得分或扣分规定',
      'keyProjects 253: 评分标准没有可执行的得分或扣分规定',
      'keyProjects 291: 满分条件以上年数值为基准，文中没有该数值',
      'keyProjects 297: 评分标准有多个扣分步长',
      'keyProjects 300: 扣分以指标值为基准，但指标值不是数值',
      'keyProjects 335: 满分条件以上年数值为基准，文中没有该数值',
    ]);
  });
});
