import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { classificationSubtotals } from './classification-subtotals.js';

describe('classification-subtotals', () => {
  itFindsNothingIn(['bangongting', 'beijing'], classificationSubtotals);

  it('reports a 类 that is not the sum of its 款, and the 合计 that is not the sum of the 类', () => {
    const doc = mutatedDoc('bangongting', [184, setCell(6, '5,401.88', '5,401.80')]);
    expect(shown(findingsOf(classificationSubtotals, doc))).toEqual([
      {
        severity: 'error',
        lines: [183, 184],
        table: '部门支出总表',
        message: '部门支出总表：合计（基本支出） 5,401.88 ≠ 其下各类之和 5,401.80，相差 +0.08',
        found: '5,401.88',
        expected: '5,401.80',
        difference: '+0.08',
      },
      {
        severity: 'error',
        lines: [184, 185],
        table: '部门支出总表',
        message:
          '部门支出总表：类 201 一般公共服务支出（基本支出） 5,401.80 ≠ 其下各款之和 5,401.88，相差 -0.08',
        found: '5,401.80',
        expected: '5,401.88',
        difference: '-0.08',
      },
    ]);
  });

  it('checks economic classes across the three pages of the Beijing 基本支出表', () => {
    const doc = mutatedDoc('beijing', [275, setCell(3, '78.49', '78.94')]);
    expect(shown(findingsOf(classificationSubtotals, doc))).toEqual([
      {
        severity: 'error',
        lines: [263, 264, 275, 301],
        table: '一般公共预算基本支出表',
        message: '一般公共预算基本支出表：合计（总计） 656.38 ≠ 其下各类之和 656.83，相差 -0.45',
        found: '656.38',
        expected: '656.83',
        difference: '-0.45',
      },
      {
        severity: 'error',
        lines: [275, 276, 277, 278, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300],
        table: '一般公共预算基本支出表',
        message:
          '一般公共预算基本支出表：类 302 商品和服务支出（总计） 78.94 ≠ 其下各款之和 78.49，相差 +0.45',
        found: '78.94',
        expected: '78.49',
        difference: '+0.45',
      },
    ]);
  });

  it('reports the 款 and 类 above a deleted 项 row (收入总表 line 170 blanked)', () => {
    const doc = mutatedDoc('bangongting', [170, () => '']);
    expect(shown(findingsOf(classificationSubtotals, doc)).map((f) => [f.lines, f.message])).toEqual([
      [
        [168, 169],
        '部门收入总表：款 20103 政府办公厅（室）及相关机构事务（合计） 6,563.63 ≠ 其下各项之和 5,401.88，相差 +1,161.75',
      ],
      [
        [168, 169],
        '部门收入总表：款 20103 政府办公厅（室）及相关机构事务（金额） 6,563.63 ≠ 其下各项之和 5,401.88，相差 +1,161.75',
      ],
      [
        [168, 169],
        '部门收入总表：款 20103 政府办公厅（室）及相关机构事务（其中：经费拨款） 6,563.63 ≠ 其下各项之和 5,401.88，相差 +1,161.75',
      ],
    ]);
  });
});
