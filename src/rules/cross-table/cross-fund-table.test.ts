import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { crossFundTable } from './cross-fund-table.js';

describe('cross-fund-table', () => {
  itFindsNothingIn(['bangongting', 'beijing'], crossFundTable);

  it('reports an empty fund table when the fiscal summary has fund income', () => {
    const doc = mutatedDoc('bangongting', [201, setCell(2, '', '120.00')]);
    expect(shown(findingsOf(crossFundTable, doc))).toEqual([
      {
        severity: 'error',
        lines: [318, 201, 199],
        table: '政府性基金预算支出表',
        message: '政府性基金预算支出表为空表，但财政拨款收支总表列有政府性基金预算 120.00',
        found: '空表',
        expected: '120.00',
      },
    ]);
  });

  it('reports fund spending when the fiscal summary has none', () => {
    const doc = mutatedDoc('bangongting', [327, () => '208\t\t\t社会保障和就业支出\t10.00\t\t10.00']);
    expect(shown(findingsOf(crossFundTable, doc))).toEqual([
      {
        severity: 'error',
        lines: [327, 201],
        table: '政府性基金预算支出表',
        message: '政府性基金预算支出表列有支出，但财政拨款收支总表没有政府性基金预算拨款收入和支出',
        expected: '空表',
      },
    ]);
  });
});
