import { describe, expect, it } from 'vitest';
import {
  findingsOf,
  itFindsNothingIn,
  lines,
  mutatedDoc,
  replace,
  shown,
} from '../../test-support/fixtures.js';
import { changeDirection } from './change-direction.js';

describe('text-change-direction', () => {
  // 2024: 增加…上升 (lines 81, 90, 112), 减少 (114); 2023: 增加…上升 (68, 77, 101), 与 2022 年持平 (103).
  itFindsNothingIn(['bangongting', 'beijing', 'keyProjects', 'xiangyin'], changeDirection);

  it('reports an amount and a percentage that go opposite ways (line 81)', () => {
    const doc = mutatedDoc('bangongting', [81, replace('上升2.41%', '下降2.41%')]);
    expect(shown(findingsOf(changeDirection, doc))).toEqual([
      {
        severity: 'error',
        lines: [81],
        message: '说明“收入较去年增加154.46万元，下降2.41%”：增减额写“增加”，百分比写“下降”，方向矛盾',
        found: '增加…下降',
        expected: '增加…上升',
      },
    ]);
  });

  it('reports 持平 with a change (line 90, and Beijing line 103 with a percentage)', () => {
    const doc = mutatedDoc('bangongting', [90, replace('增加154.46万元', '持平154.46万元')]);
    expect(lines(findingsOf(changeDirection, doc))).toEqual([
      '90 error: 说明“支出较去年持平154.46万元，上升2.41%”：写“持平”却有增减 154.46',
    ]);
    const beijing = mutatedDoc('beijing', [103, replace('与 2022 年持平', '与 2022 年持平，上升5.00%')]);
    expect(findingsOf(changeDirection, beijing).map((f) => `${f.lines.join(',')} ${f.found ?? ''}`)).toEqual([
      '103 持平 5.00',
    ]);
  });

  it('reports an increase larger than this year’s figure (line 112: 0万元, 增加4.50万元)', () => {
    const doc = mutatedDoc('bangongting', [112, replace('585.91万元', '0万元')]);
    expect(shown(findingsOf(changeDirection, doc))).toEqual([
      {
        severity: 'error',
        lines: [112],
        message:
          '说明“机关运行经费0万元，比上年预算增加4.50万元，上升0.77%”：本年数 0.00 小于增加额 4.50，上年数将为 -4.50，不可能',
        found: '4.50',
        expected: '不超过 0.00',
      },
    ]);
  });

  it('reports 决算数大于预算数 against the figures before it; 基本持平 with unequal figures is a warning', () => {
    const pair = '年初预算为 10.00 万元，支出决算为 9.00 万元，';
    const doc = mutatedDoc('bangongting', [
      120,
      replace('服务类采购预算 0 万元。', `服务类采购预算 0 万元。${pair}决算数大于预算数。`),
    ]);
    expect(shown(findingsOf(changeDirection, doc))).toEqual([
      {
        severity: 'error',
        lines: [120],
        message: '说明“决算数大于预算数”与所列数不符：年初预算 10.00，决算 9.00，决算数小于预算数',
        found: '决算数大于预算数',
        expected: '决算数小于预算数',
        difference: '-1.00',
      },
    ]);
    const roughly = mutatedDoc('bangongting', [
      120,
      replace('服务类采购预算 0 万元。', `服务类采购预算 0 万元。${pair}决算数与预算数基本持平。`),
    ]);
    expect(findingsOf(changeDirection, roughly).map((f) => `${f.severity} ${f.found ?? ''}`)).toEqual([
      'warning 决算数与预算数基本持平',
    ]);
    const right = mutatedDoc('bangongting', [
      120,
      replace('服务类采购预算 0 万元。', `服务类采购预算 0 万元。${pair}决算数小于预算数的主要原因是节约。`),
    ]);
    expect(findingsOf(changeDirection, right)).toEqual([]);
  });

  it('warns of a reason worded against the change it explains (line 81)', () => {
    const doc = mutatedDoc('bangongting', [
      81,
      replace('主要是人员经费增加。', '收入减少的主要原因是人员经费调整。'),
    ]);
    expect(lines(findingsOf(changeDirection, doc))).toEqual([
      '81 warning: 说明“收入减少的主要原因”与前文所述“收入较去年增加154.46万元，上升2.41%”的方向不一致',
    ]);
  });
});
