import { describe, expect, it } from 'vitest';
import {
  findingsOf,
  itFindsNothingIn,
  lines,
  mutatedDoc,
  replace,
  shown,
} from '../../test-support/fixtures.js';
import { templateLeftover } from './template-leftover.js';

describe('text-template-leftover', () => {
  itFindsNothingIn(['bangongting', 'beijing', 'keyProjects', 'xiangyin'], templateLeftover);

  it('reports both directions of the template printed (line 81: 增加（减少）)', () => {
    const doc = mutatedDoc('bangongting', [81, replace('收入较去年增加', '收入较去年增加（减少）')]);
    expect(shown(findingsOf(templateLeftover, doc))).toEqual([
      {
        severity: 'error',
        lines: [81],
        message:
          '说明“…6563.63万元。收入较去年增加（减少）154.46万元，上升2.41%…”中“增加（减少）”同时写了两个方向，模板选项未作选择',
        found: '增加（减少）',
        expected: '增加或减少（按实际）',
      },
    ]);
  });

  it('reports a reason announced and not given (line 81: 主要原因是。)', () => {
    const doc = mutatedDoc('bangongting', [81, replace('主要是人员经费增加。', '主要原因是。')]);
    expect(lines(findingsOf(templateLeftover, doc))).toEqual([
      '81 error: 说明“…154.46万元，上升2.41%。主要原因是。”中“主要原因是”之后没有写明内容',
    ]);
  });

  it('reports 增加持平 and a zero change worded as an increase', () => {
    const doc = mutatedDoc(
      'bangongting',
      [90, replace('支出较去年增加', '支出较去年增加持平')],
      [112, replace('增加4.50万元', '增加0万元')],
    );
    expect(lines(findingsOf(templateLeftover, doc))).toEqual([
      '90 error: 说明“…6563.63万元。支出较去年增加持平154.46万元，上升2.41%…”中“增加持平”把增减和持平写在一起',
      '112 warning: 说明“…585.91万元，比上年预算增加0万元，上升0.77%。主要是…”中“增加0万元”：增减额为零时应写“持平”',
    ]);
  });

  it('reports empty brackets and level marks without names', () => {
    const doc = mutatedDoc(
      'bangongting',
      [118, replace('会议费预算 27.8 万元', '会议费预算（）万元')],
      [104, replace('其中：一般公共服务支出', '其中：（类）（款）行政运行（项）')],
    );
    expect(
      findingsOf(templateLeftover, doc).map((f) => `${f.lines.join(',')} ${f.severity} ${f.found ?? ''}`),
    ).toEqual(['104 error （类）', '104 error （款）', '118 warning （）']);
  });
});
