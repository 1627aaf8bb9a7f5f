import { describe, expect, it } from 'vitest';
import { importXiangyin } from '../../test-support/corpus.js';
import { corpusDoc, findingsOf, mutatedDoc, setCell } from '../../test-support/fixtures.js';
import { review } from '../engine.js';
import { importUnreadable } from './import-unreadable.js';
import { summaryExpenditureSum } from '../arithmetic/summary-expenditure-sum.js';

describe('import-unreadable', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds nothing in the %s document, whose cells all read',
    (name) => {
      expect(findingsOf(importUnreadable, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports an amount cell that is not a number, at its line, with the importer’s severity', () => {
    const doc = mutatedDoc('bangongting', [187, setCell(6, '', '一千一百')]);
    const [f, ...rest] = findingsOf(importUnreadable, doc);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'import-unreadable',
      category: 'import',
      severity: 'warning',
      lines: [187],
    });
    expect(f?.table).toBe('部门支出总表');
    expect(f?.message).toContain('一千一百');
  });

  it('keeps sums over an unreadable cell from being judged a second time', () => {
    const doc = mutatedDoc('bangongting', [145, setCell(4, '1,161.75', '一千一百')]);
    expect(findingsOf(importUnreadable, doc).map((f) => f.lines)).toEqual([[145]]);
    expect(findingsOf(summaryExpenditureSum, doc)).toEqual([]);
  });

  it('applies to declaration forms too (xiangyin line 84: 一级指标 written as a level-2 name)', () => {
    const found = review(importXiangyin(), { rules: [importUnreadable] });
    expect(found.map((f) => [f.severity, f.lines])).toEqual([['warning', [84]]]);
  });
});
