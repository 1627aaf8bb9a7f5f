import { describe, expect, it } from 'vitest';
import { corpusText } from '../../test-support/corpus.js';
import { deleteLine, findingsOf, itFindsNothingIn, mutatedDoc, shown } from '../../test-support/fixtures.js';
import type { LineEdit } from '../../test-support/fixtures.js';
import { tablesInOrder } from './tables-in-order.js';

describe('text-tables-in-order', () => {
  itFindsNothingIn(['bangongting', 'beijing'], tablesInOrder);

  it('warns of 部门支出总表 printed before 部门收入总表 (lines 174–190 moved before 157)', () => {
    const expenditure = corpusText('bangongting').split('\n').slice(173, 190).join('\n');
    const edits: LineEdit[] = [[157, (old) => `${expenditure}\n${old}`]];
    for (let line = 174; line <= 190; line++) edits.push([line, deleteLine]);
    expect(shown(findingsOf(tablesInOrder, mutatedDoc('bangongting', ...edits)))).toEqual([
      {
        severity: 'warning',
        lines: [157, 174],
        message: '第3张表“部门支出总表”（第157行）印在第2张表“部门收入总表”（第174行）之前，模板顺序为先2后3',
        table: '部门支出总表',
        found: '第3张在第2张之前',
        expected: '第2张在第3张之前',
      },
    ]);
  });
});
