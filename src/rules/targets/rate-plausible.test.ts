import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace } from '../../test-support/fixtures.js';
import { ratePlausible } from './rate-plausible.js';

describe('target-rate-plausible', () => {
  it.each(['bangongting', 'beijing', 'xiangyin'] as const)('finds plausible rates in %s', (name) => {
    // Xiangyin line 332 "发布、办理及时率 ≥100%" reaches but does not exceed 100%.
    expect(findingsOf(ratePlausible, corpusDoc(name))).toEqual([]);
  });

  it('reports rates typed "≤" in 青年人才租房和生活补贴 (key projects lines 269 and 270)', () => {
    expect(lines(findingsOf(ratePlausible, corpusDoc('keyProjects')))).toEqual([
      '269 warning: 项目“青年人才租房和生活补贴”的指标“资金发放及时率”是越高越好的比率，指标值类型却为“≤”（指标值“资金发放率100%”）',
      '270 warning: 项目“青年人才租房和生活补贴”的指标“人才队伍的稳定率”是越高越好的比率，指标值类型却为“≤”（指标值“本年度吸引储备青年人才能力是否有明显提高。”）',
    ]);
  });

  it('reports a satisfaction target above 100% as an error (key projects line 16: 90 → 120)', () => {
    const doc = mutatedDoc('keyProjects', [16, replace('农民满意度\t90\t', '农民满意度\t120\t')]);
    expect(lines(findingsOf(ratePlausible, doc)).filter((l) => l.startsWith('16 '))).toEqual([
      '16 error: 项目“农村小型农田水利设施建设与维护”的指标“农民满意度”的目标值为 120%，比率不可能超过 100%',
    ]);
  });

  it('reports a completion rate whose target is 0 (bangongting line 347: 98 → 0 with "=")', () => {
    const doc = mutatedDoc(
      'bangongting',
      [347, replace('\t98\t', '\t0\t')],
      [347, replace('\t≥\t', '\t=\t')],
    );
    expect(lines(findingsOf(ratePlausible, doc))).toEqual([
      '347 warning: 项目“110联动经费”的指标“警情及突发事件及时处置率”是越高越好的比率，目标值却为 0',
    ]);
  });

  it('judges the direction by the name: 事故率 ≤ 2% is fine, 合格率 ≤ 2% is not (bangongting line 460)', () => {
    const doc = mutatedDoc('bangongting', [460, replace('\t事故率\t', '\t合格率\t')]);
    expect(lines(findingsOf(ratePlausible, doc))).toEqual([
      '460 warning: 项目“市政府电视电话会议工作专项经费”的指标“合格率”是越高越好的比率，指标值类型却为“≤”（指标值“2”）',
    ]);
  });
});
