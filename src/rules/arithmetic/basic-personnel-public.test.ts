import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { basicPersonnelPublic } from './basic-personnel-public.js';

describe('basic-personnel-public', () => {
  itFindsNothingIn(['bangongting', 'beijing'], basicPersonnelPublic);

  it('reports 人员类 that is not 301 + 303', () => {
    const doc = mutatedDoc('bangongting', [261, setCell(4, '4,815.97', '4,815.61')]);
    expect(shown(findingsOf(basicPersonnelPublic, doc))).toEqual([
      {
        severity: 'error',
        lines: [261, 262, 298],
        table: '一般公共预算基本支出表',
        message: '一般公共预算基本支出表：合计 人员类 4,815.61 ≠ 301、303 两类总计之和 4,815.97，相差 -0.36',
        found: '4,815.61',
        expected: '4,815.97',
        difference: '-0.36',
      },
    ]);
  });

  it('reports 公用经费 that is not the 302 total', () => {
    const doc = mutatedDoc('beijing', [263, setCell(5, '78.49', '78.40')]);
    expect(shown(findingsOf(basicPersonnelPublic, doc))).toEqual([
      {
        severity: 'error',
        lines: [263, 275],
        table: '一般公共预算基本支出表',
        message: '一般公共预算基本支出表：合计 公用经费 78.40 ≠ 302 类总计之和 78.49，相差 -0.09',
        found: '78.40',
        expected: '78.49',
        difference: '-0.09',
      },
    ]);
  });
});
