import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace } from '../../test-support/fixtures.js';
import { threePublicMatchTable } from './three-public-match-table.js';

describe('narrative-three-public-match-table', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds the “三公” figures of %s equal to the table',
    (name) => {
      // Beijing states 因公出国（境）费0.00 against a blank cell, which reads as zero.
      expect(findingsOf(threePublicMatchTable, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports a changed 公务接待费 (bangongting line 114: 40.90 → 40.09)', () => {
    const doc = mutatedDoc('bangongting', [114, replace('公务接待费40.90万元', '公务接待费40.09万元')]);
    expect(lines(findingsOf(threePublicMatchTable, doc))).toEqual([
      '114 error: 部门预算说明“公务接待费40.09万元”与一般公共预算“三公”经费支出表“合计”公务接待费 40.90 万元 不一致，相差 -0.81',
    ]);
    expect(findingsOf(threePublicMatchTable, doc)[0]?.lines).toEqual([114, 313]);
  });
});
