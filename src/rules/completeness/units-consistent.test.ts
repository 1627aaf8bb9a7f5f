import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, shown } from '../../test-support/fixtures.js';
import { unitsConsistent } from './units-consistent.js';

const blank = (): string => '';

describe('units-consistent', () => {
  itFindsNothingIn(['bangongting', 'beijing'], unitsConsistent);

  it('reports units in the target tables that 二、部门预算单位构成 does not list', () => {
    const doc = mutatedDoc('bangongting', [77, blank]);
    expect(shown(findingsOf(unitsConsistent, doc))).toEqual([
      {
        severity: 'warning',
        lines: [631, 75, 76],
        table: '项目支出绩效目标表',
        unit: '104006',
        message:
          '项目支出绩效目标表列有单位“104006 长沙市人民政府驻上海联络处”，但“二、部门预算单位构成”未列该单位（列有：长沙市人民政府办公厅、长沙市人民政府驻深圳办事处）',
      },
      {
        severity: 'warning',
        lines: [749, 75, 76],
        table: '部门整体支出绩效目标表',
        unit: '104006',
        message:
          '部门整体支出绩效目标表列有单位“104006 长沙市人民政府驻上海联络处”，但“二、部门预算单位构成”未列该单位（列有：长沙市人民政府办公厅、长沙市人民政府驻深圳办事处）',
      },
    ]);
  });

  it('reports a listed unit that has no whole-unit target', () => {
    const doc = mutatedDoc('bangongting', [78, () => '4. 长沙市人民政府驻广州办事处']);
    expect(shown(findingsOf(unitsConsistent, doc))).toEqual([
      {
        severity: 'warning',
        lines: [78],
        table: '部门整体支出绩效目标表',
        unit: '长沙市人民政府驻广州办事处',
        message:
          '“二、部门预算单位构成”列有单位“长沙市人民政府驻广州办事处”，但部门整体支出绩效目标表没有该单位',
      },
    ]);
  });
});
