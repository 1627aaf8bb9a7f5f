import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { projectsSumDepartment } from './projects-sum-department.js';

describe('form-projects-sum-department', () => {
  it('finds 50 + 15 + 120 + 30 + 65 + 20 + 120 = 420 = 项目支出 in Xiangyin', () => {
    expect(findingsOf(projectsSumDepartment, corpusDoc('xiangyin'))).toEqual([]);
  });

  it('reports a 项目支出 that differs from the project forms (line 107: 420 → 400)', () => {
    const doc = mutatedDoc('xiangyin', [107, setCell(5, '420', '400')]);
    expect(shown(findingsOf(projectsSumDepartment, doc))).toEqual([
      {
        severity: 'error',
        lines: [107, 18, 64, 140, 185, 229, 272, 314],
        message:
          '整体支出申报表项目支出 400.00 ≠ 各项目申请资金之和 50.00 + 15.00 + 120.00 + 30.00 + 65.00 + 20.00 + 120.00 = 420.00，相差 -20.00',
        unit: '湘阴县政府办',
        found: '400.00',
        expected: '420.00',
        difference: '-20.00',
      },
    ]);
  });
});
