import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, setCell } from '../../test-support/fixtures.js';
import { requiredFields } from './required-fields.js';

describe('form-required-fields', () => {
  it('reports the four Xiangyin project forms left without overview, basis or goals, at each form’s name', () => {
    expect(lines(findingsOf(requiredFields, corpusDoc('xiangyin')))).toEqual([
      '131 warning: 项目“各战线调研协调工作经费”的申报表未填写：项目概况、项目立项依据、长期绩效目标、本年度绩效目标',
      '220 warning: 项目“争资争项招商协调经费”的申报表未填写：项目概况、项目立项依据、长期绩效目标、本年度绩效目标',
      '263 warning: 项目“重点工作专题调研、信息综合工作”的申报表未填写：长期绩效目标、本年度绩效目标',
      '305 warning: 项目“政府中心工作经费”的申报表未填写：项目概况、项目立项依据、长期绩效目标、本年度绩效目标',
    ]);
  });

  it('reports a form whose 项目概况 is emptied (line 15, 驻京联络维稳工作组)', () => {
    const doc = mutatedDoc('xiangyin', [15, setCell(3, '维稳、联络、招商三大工作经费', '')]);
    expect(lines(findingsOf(requiredFields, doc))[0]).toBe(
      '9 warning: 项目“驻京联络维稳工作组”的申报表未填写：项目概况',
    );
  });
});
