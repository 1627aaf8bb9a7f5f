import { describe, expect, it } from 'vitest';
import { findingsOf, itFindsNothingIn, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { classPurpose } from './class-purpose.js';

function stating(words: string) {
  return mutatedDoc('bangongting', [
    104,
    replace('其中：一般公共服务支出1161.75万元，', `其中：${words}1161.75万元，`),
  ]);
}

describe('text-class-purpose', () => {
  itFindsNothingIn(['bangongting', 'beijing', 'xiangyin'], classPurpose);

  it('reports 住房公积金 said to be for medical insurance (the published example)', () => {
    const doc = stating(
      '住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：事业单位医疗保险支出。',
    );
    expect(shown(findingsOf(classPurpose, doc))).toEqual([
      {
        severity: 'error',
        lines: [104],
        message: '说明“住房公积金”的用途写作“事业单位医疗保险支出”，属于医疗保障，不是住房保障的用途',
        found: '事业单位医疗保险支出',
        expected: '住房保障的用途',
      },
    ]);
  });

  it('accepts purposes of the item’s own kind, as the Shanghai documents write them', () => {
    const doc = stating(
      '“卫生健康支出-行政事业单位医疗-行政单位医疗”科目，主要用于财政部门集中安排的行政单位基本医疗保险费缴费经费；社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：退休人员经费支出；',
    );
    expect(findingsOf(classPurpose, doc)).toEqual([]);
  });

  it('reports a pension item said to be for housing', () => {
    const doc = stating(
      '“社会保障和就业支出-行政事业单位养老支出-机关事业单位职业年金缴费支出”科目，主要用于为职工缴纳的住房公积金；',
    );
    expect(findingsOf(classPurpose, doc).map((f) => `${f.lines.join(',')} ${f.found ?? ''}`)).toEqual([
      '104 为职工缴纳的住房公积金',
    ]);
  });
});
