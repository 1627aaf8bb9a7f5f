import { describe, expect, it } from 'vitest';
import { department, findingsOf, itFindsNothingIn, mutatedDoc, shown } from '../../test-support/fixtures.js';
import type { LineEdit } from '../../test-support/fixtures.js';
import { tablesPresent } from './tables-present.js';

const blank = (): string => '';

describe('tables-present', () => {
  itFindsNothingIn(['bangongting', 'beijing'], tablesPresent);

  it('reports the fund table when its page is removed', () => {
    const doc = mutatedDoc(
      'bangongting',
      ...Array.from({ length: 12 }, (_, i): LineEdit => [318 + i, blank]),
    );
    expect(shown(findingsOf(tablesPresent, doc))).toEqual([
      {
        severity: 'error',
        lines: [770],
        table: '政府性基金预算支出表',
        message: '缺少第8张表“政府性基金预算支出表”（无数据也应以空表列示）',
      },
    ]);
  });

  it('accepts a table printed empty: present and marked empty is not missing', () => {
    const doc = department('bangongting');
    expect(doc.tables['fund-expenditure']?.empty).toBe(true);
    expect(findingsOf(tablesPresent, doc)).toEqual([]);
  });
});
