import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { doubledWords } from './doubled-words.js';

describe('text-doubled-words', () => {
  it('finds nothing in the 2024 budget and the declaration forms', () => {
    expect(findingsOf(doubledWords, corpusDoc('bangongting'))).toEqual([]);
    expect(findingsOf(doubledWords, corpusDoc('xiangyin'))).toEqual([]);
  });

  it('finds the doubled words the published documents print', () => {
    // Beijing line 105 "拟召开召开例行工作调度会"; key projects line 72 "得5分,,没有效果", line 215 "服务服务保障水平".
    expect(lines(findingsOf(doubledWords, corpusDoc('beijing')))).toEqual([
      '105 warning: 说明“…，项目支出35万元），拟召开召开例行工作调度会，处室工作…”中“召开”重复',
    ]);
    expect(shown(findingsOf(doubledWords, corpusDoc('keyProjects')))).toEqual([
      {
        severity: 'warning',
        lines: [72],
        message: '“株树桥水库生态流域补偿”绩效目标“…分,改善效果一般的得5分,,没有效果的不得分”中标点“,,”连用',
        project: '株树桥水库生态流域补偿',
        indicator: '保护区生态环境不断改善',
        unit: '长沙市生态环境局',
        found: ',,',
        expected: ',',
      },
      {
        severity: 'warning',
        lines: [215],
        message: '“市直学校物业管理专项”绩效目标“服务服务保障水平”中“服务”重复',
        project: '市直学校物业管理专项',
        indicator: '服务服务保障水平',
        unit: '长沙市教育局',
        found: '服务服务',
        expected: '服务',
      },
    ]);
  });

  it('reports a doubled word in the explanation (line 104: 用于用于)', () => {
    const doc = mutatedDoc('bangongting', [104, replace('主要用于政策出台', '主要用于用于政策出台')]);
    expect(shown(findingsOf(doubledWords, doc))).toEqual([
      {
        severity: 'warning',
        lines: [104],
        message: '说明“…1161.75万元，主要用于用于政策出台前期调研、考察学…”中“用于”重复',
        found: '用于用于',
        expected: '用于',
      },
    ]);
  });

  it('reports doubled and mixed punctuation and a doubled particle', () => {
    const doc = mutatedDoc(
      'bangongting',
      [81, replace('上升2.41%。', '上升2.41%。。')],
      [100, replace('具体安排情况如下', '具体的的安排情况如下')],
      [120, replace('0 万元；服务类', '0 万元；。服务类')],
    );
    expect(
      findingsOf(doubledWords, doc).map((f) => `${f.lines.join(',')} ${f.found ?? ''}→${f.expected ?? ''}`),
    ).toEqual(['81 。。→。', '100 的的→的', '120 ；。→。']);
  });

  it('reports 增加增加 with its figure, as in the published example', () => {
    const doc = mutatedDoc('bangongting', [112, replace('比上年预算增加', '比上年预算增加增加')]);
    expect(findingsOf(doubledWords, doc).map((f) => `${f.lines.join(',')} ${f.found ?? ''}`)).toEqual([
      '112 增加增加',
    ]);
  });
});
