import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace } from '../../test-support/fixtures.js';
import { meetingTrainingBasic } from './meeting-training-basic.js';

describe('narrative-meeting-training-basic', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds 会议费 and 培训费 of 基本支出 in the basic table of %s',
    (name) => {
      // bangongting: 4 = 30215 会议费 4.00, 5.42 = 30216 培训费 5.42; Beijing: 0 with no 30215 row.
      expect(findingsOf(meetingTrainingBasic, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports a 培训费 basic part that differs from 30216 (bangongting line 118: 5.42 → 5.24)', () => {
    const doc = mutatedDoc('bangongting', [118, replace('其中基本支出 5.42 万元', '其中基本支出 5.24 万元')]);
    const found = findingsOf(meetingTrainingBasic, doc);
    expect(lines(found)).toEqual([
      '118 error: 部门预算说明培训费“基本支出5.24万元”与一般公共预算基本支出表 30216 培训费 5.42 万元 不一致，相差 -0.18',
    ]);
    expect(found[0]?.lines).toEqual([118, 290]);
  });

  it('reads an absent row as zero (Beijing line 105: 基本支出 0 → 3 万元)', () => {
    const doc = mutatedDoc('beijing', [105, replace('基本支出 0 万元', '基本支出 3 万元')]);
    expect(lines(findingsOf(meetingTrainingBasic, doc))).toEqual([
      '105 error: 部门预算说明会议费“基本支出3万元”与一般公共预算基本支出表 30215 会议费（表中无此科目） 0.00 万元 不一致，相差 +3.00',
    ]);
  });
});
