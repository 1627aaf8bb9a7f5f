import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { level2Valid } from './level2-valid.js';

describe('target-levels-valid', () => {
  it.each(['bangongting', 'beijing', 'keyProjects', 'xiangyin'] as const)(
    'finds valid levels throughout %s',
    (name) => {
      // Xiangyin's department form lists 服务对象满意度 under 效益指标, as the form itself prescribes.
      expect(findingsOf(level2Valid, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports a level 2 under the wrong level 1 (key projects line 10: 生态效益指标 under 产出指标)', () => {
    const doc = mutatedDoc('keyProjects', [10, replace('时效指标', '生态效益指标')]);
    expect(shown(findingsOf(level2Valid, doc))).toEqual([
      {
        severity: 'warning',
        lines: [10, 9],
        message: '项目“农村小型农田水利设施建设与维护”：二级指标“生态效益指标”不属于一级指标“产出指标”',
        project: '农村小型农田水利设施建设与维护',
        unit: '长沙市农业农村局',
        indicator: '按进度计划实施情况',
        found: '产出指标/生态效益指标',
        expected: '数量指标、质量指标、时效指标、成本指标',
      },
    ]);
  });
});
