import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { moneyUnit } from './money-unit.js';

describe('text-money-unit', () => {
  itFindsNothingIn(['bangongting', 'beijing'], moneyUnit);

  it('reports 万元 written as 元 for an amount of the tables (line 112: 585.91元)', () => {
    const doc = mutatedDoc('bangongting', [112, replace('585.91万元', '585.91元')]);
    expect(shown(findingsOf(moneyUnit, doc))).toEqual([
      {
        severity: 'error',
        lines: [112],
        message:
          '说明“…政事业单位的机关运行经费585.91元，比上年预算增加4.50…”写作 585.91 元，报表中有 585.91 万元：单位应为万元',
        found: '585.91元',
        expected: '585.91万元',
      },
    ]);
  });

  it('leaves amounts in 元 that are no amount of the tables', () => {
    const doc = mutatedDoc('bangongting', [118, replace('人数约 2050 人', '人数约 2050 人，人均 120 元')]);
    expect(findingsOf(moneyUnit, doc)).toEqual([]);
  });

  it('warns of a table in another unit than the others (line 140)', () => {
    const doc = mutatedDoc('bangongting', [140, replace('单位：万元', '单位：元')]);
    expect(shown(findingsOf(moneyUnit, doc))).toEqual([
      {
        severity: 'warning',
        lines: [136],
        message: '部门收支总表的金额单位为“元”，其余各表为“万元”',
        table: '部门收支总表',
        found: '元',
        expected: '万元',
      },
    ]);
  });
});
