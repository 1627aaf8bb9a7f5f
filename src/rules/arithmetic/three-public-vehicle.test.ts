import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { threePublicVehicle } from './three-public-vehicle.js';

describe('three-public-vehicle', () => {
  itFindsNothingIn(['bangongting', 'beijing'], threePublicVehicle);

  it('reports 公务用车购置及运行费 that is not 购置 + 运行', () => {
    const doc = mutatedDoc('bangongting', [313, setCell(7, '125.58', '125.85')]);
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
