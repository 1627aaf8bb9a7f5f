import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { unitTargetsFunding } from './unit-targets-funding.js';

describe('unit-targets-funding', () => {
  itFindsNothingIn(['bangongting', 'beijing'], unitTargetsFunding);

  it('reports a unit whose 基本支出 + 项目支出 is not its 资金总额', () => {
    const doc = mutatedDoc('bangongting', [725, setCell(9, '234.44', '243.44')]);
    expect(shown(findingsOf(unitTargetsFunding, doc))).toEqual([
      {
        severity: 'error',
        lines: [725],
        table: '部门整体支出绩效目标表',
        unit: '104004',
        message:
          '部门整体支出绩效目标表：104004 长沙市人民政府驻深圳办事处 资金总额 595.00 ≠ 基本支出 + 项目支出 604.00，相差 -9.00',
        found: '595.00',
        expected: '604.00',
        difference: '-9.00',
      },
    ]);
  });
});
