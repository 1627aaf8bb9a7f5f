import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, mutatedDoc, setCell, shown } from '../../test-support/fixtures.js';
import { staffWithinQuota } from './staff-within-quota.js';

describe('form-staff-within-quota', () => {
  it('warns of 80 people on an establishment of 70 (Xiangyin line 100)', () => {
    expect(shown(findingsOf(staffWithinQuota, corpusDoc('xiangyin')))).toEqual([
      {
        severity: 'warning',
        lines: [100],
        message: '整体支出申报表（湘阴县政府办）：实有人数 80 人超过人员编制数 70 人，超出 10 人',
        unit: '湘阴县政府办',
        found: '80',
        expected: '≤ 70',
        difference: '+10',
      },
    ]);
  });

  it('is satisfied with 70 people on 70 posts', () => {
    const doc = mutatedDoc('xiangyin', [100, setCell(5, '80人', '70人')]);
    expect(findingsOf(staffWithinQuota, doc)).toEqual([]);
  });
});
