import { describe, expect, it } from 'vitest';
import {
  deleteLine,
  findingsOf,
  itFindsNothingIn,
  mutatedDoc,
  replace,
  shown,
} from '../../test-support/fixtures.js';
import { emptyTableExplained } from './empty-table-explained.js';

const FUND_NOTE =
  '注：长沙市人民政府办公厅没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。';

describe('text-empty-table-explained', () => {
  // Both budgets have the general note under the contents and a note under their empty fund table.
  itFindsNothingIn(['bangongting', 'beijing'], emptyTableExplained);

  it('accepts an empty table explained by its own note alone (contents note, line 32, deleted)', () => {
    expect(findingsOf(emptyTableExplained, mutatedDoc('bangongting', [32, deleteLine]))).toEqual([]);
    const saysNone = mutatedDoc(
      'bangongting',
      [32, deleteLine],
      [329, replace('故本表无数据。', '故本表列示。')],
    );
    expect(findingsOf(emptyTableExplained, saysNone)).toEqual([]);
  });

  it('reports an empty table with neither note (the fund table’s note, line 329, made generic)', () => {
    const doc = mutatedDoc(
      'bangongting',
      [32, deleteLine],
      [329, replace(FUND_NOTE, '注：本表反映部门本年度政府性基金预算支出情况。')],
    );
    expect(shown(findingsOf(emptyTableExplained, doc))).toEqual([
      {
        severity: 'error',
        lines: [328],
        message:
          '政府性基金预算支出表（第317行）是空表，但表下没有说明为空的注，文档也没有“空表表示……”的总说明',
        table: '政府性基金预算支出表',
        found: '注：本表反映部门本年度政府性基金预算支出情况。',
        expected: '注：……无……，故本表为空表',
      },
    ]);
  });
});
