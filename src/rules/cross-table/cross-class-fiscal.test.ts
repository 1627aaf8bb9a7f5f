import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { crossClassFiscal } from './cross-class-fiscal.js';

describe('cross-class-fiscal', () => {
  itFindsNothingIn(['bangongting', 'beijing'], crossClassFiscal);

  it("reports a row's 本级财政拨款 that differs from what the fiscal tables spend on it", () => {
    const doc = mutatedDoc('bangongting', [169, setCell(6, '5,401.88', '5,410.88')]);
    expect(shown(findingsOf(crossClassFiscal, doc))).toEqual([
      {
        severity: 'error',
        lines: [169, 248],
        table: '部门收入总表',
        message:
          '部门收入总表：2010301 行政运行 本级财政拨款 5,410.88 ≠ 一般公共预算支出表与政府性基金预算支出表同科目总计之和 5,401.88，相差 +9.00',
        found: '5,410.88',
        expected: '5,401.88',
        difference: '+9.00',
      },
    ]);
  });

  it("reports a row's 基本支出 in 支出总表 that differs from 一般公共预算支出表", () => {
    const doc = mutatedDoc('bangongting', [186, setCell(6, '5,401.88', '5,401.80')]);
    expect(shown(findingsOf(crossClassFiscal, doc))).toEqual([
      {
        severity: 'error',
        lines: [248, 186],
        table: '一般公共预算支出表',
        message:
          '一般公共预算支出表 2010301 行政运行 基本支出 5,401.88 ≠ 部门支出总表 同科目 基本支出 5,401.80，相差 +0.08',
        found: '5,401.88',
        expected: '5,401.80',
        difference: '+0.08',
      },
    ]);
  });
});
