import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, setCell } from '../../test-support/fixtures.js';
import { departmentBudgetSums } from './department-budget-sums.js';

describe('form-department-budget-sums', () => {
  it('finds 1520.67 = 1520.67 and 1520.67 = 1100.67 + 420 in Xiangyin', () => {
    expect(findingsOf(departmentBudgetSums, corpusDoc('xiangyin'))).toEqual([]);
  });

  it('reports a 支出合计 that is not 基本支出 + 项目支出 (line 107: 基本支出 1100.67 → 1110.67)', () => {
    const doc = mutatedDoc('xiangyin', [107, setCell(3, '1100.67', '1110.67')]);
    expect(lines(findingsOf(departmentBudgetSums, doc))).toEqual([
      '107 error: 整体支出申报表（湘阴县政府办）单位年度支出预算：支出合计 1,520.67 ≠ 基本支出 1,110.67 + 项目支出 420.00 = 1,530.67，相差 -10.00',
    ]);
  });

  it('reports a 收入合计 that is not the sum of its kinds (line 104: 公共财政拨款 1520.67 → 1500.67)', () => {
    const doc = mutatedDoc('xiangyin', [104, setCell(3, '1520.67', '1500.67')]);
    expect(lines(findingsOf(departmentBudgetSums, doc))).toEqual([
      '104 error: 整体支出申报表（湘阴县政府办）单位年度收入预算：收入合计 1,520.67 ≠ 公共财政拨款 1,500.67 = 1,500.67，相差 +20.00',
    ]);
  });
});
