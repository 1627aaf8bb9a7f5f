import { describe, expect, it } from 'vitest';
import {
  findingsOf,
  itFindsNothingIn,
  lines,
  mutatedDoc,
  replace,
  shown,
} from '../../test-support/fixtures.js';
import { unitNameConsistent } from './unit-name-consistent.js';

describe('text-unit-name-consistent', () => {
  itFindsNothingIn(['bangongting', 'beijing'], unitNameConsistent);

  it('reports a table header naming another unit (line 138), pointing at the cover too', () => {
    const doc = mutatedDoc('bangongting', [
      138,
      replace('长沙市人民政府办公厅', '长沙市人民政府驻深圳办事处'),
    ]);
    expect(shown(findingsOf(unitNameConsistent, doc))).toEqual([
      {
        severity: 'error',
        lines: [138, 3],
        message: '部门收支总表表头“部门名称：长沙市人民政府驻深圳办事处”与封面“长沙市人民政府办公厅”不一致',
        table: '部门收支总表',
        found: '长沙市人民政府驻深圳办事处',
        expected: '长沙市人民政府办公厅',
      },
    ]);
  });

  it('warns of a shortened name on the second page of a table (line 224)', () => {
    const doc = mutatedDoc('bangongting', [224, replace('长沙市人民政府办公厅', '人民政府办公厅')]);
    expect(lines(findingsOf(unitNameConsistent, doc))).toEqual([
      '224 warning: 财政拨款收支总表表头“部门名称：人民政府办公厅”与封面“长沙市人民政府办公厅”繁简不一（应统一用全称）',
    ]);
  });

  it('warns when the list of budget units lacks the department itself (line 75)', () => {
    const doc = mutatedDoc('bangongting', [75, replace('长沙市人民政府办公厅', '长沙市人民政府秘书处')]);
    expect(lines(findingsOf(unitNameConsistent, doc))).toEqual([
      '75 warning: 预算单位构成（长沙市人民政府秘书处、长沙市人民政府驻深圳办事处、长沙市人民政府驻上海联络处）没有封面所列的“长沙市人民政府办公厅”本级',
    ]);
  });
});
