import { describe, expect, it } from 'vitest';
import { department, findingsOf, mutated, setCell, shown } from '../../test-support/table-fixtures.js';
import { threePublicVehicle } from './three-public-vehicle.js';

describe('three-public-vehicle', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds nothing in the %s document, whose figures agree',
    (name) => {
      expect(findingsOf(threePublicVehicle, department(name))).toEqual([]);
    },
  );

  it('reports 公务用车购置及运行费 that is not 购置 + 运行', () => {
    const doc = mutated('bangongting', [313, setCell(7, '125.58', '125.85')]);
    expect(shown(findingsOf(threePublicVehicle, doc))).toEqual([
      {
        severity: 'error',
        lines: [313],
        table: '一般公共预算“三公”经费支出表',
        message:
          '一般公共预算“三公”经费支出表：合计 公务用车购置及运行费 180.18 ≠ 公务用车购置 + 公务用车运行费 180.45，相差 -0.27',
        found: '180.18',
        expected: '180.45',
        difference: '-0.27',
      },
    ]);
  });
});
