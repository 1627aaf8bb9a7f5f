import { describe, expect, it } from 'vitest';
import { importKeyProjectsCorpus } from '../../test-support/corpus.js';
import { corpusDoc, findingsOf } from '../../test-support/fixtures.js';
import { review } from '../engine.js';
import { importIncomplete } from './import-incomplete.js';

describe('import-incomplete', () => {
  it('finds nothing in the 2024 办公厅 document, which is complete', () => {
    expect(findingsOf(importIncomplete, corpusDoc('bangongting'))).toEqual([]);
  });

  it('reports the Beijing project whose indicator rows were lost and the row cut at the page edge', () => {
    const found = findingsOf(importIncomplete, corpusDoc('beijing'));
    expect(found.map((f) => ({ severity: f.severity, lines: f.lines, table: f.table }))).toEqual([
      { severity: 'warning', lines: [374], table: '项目支出绩效目标表' },
      { severity: 'warning', lines: [383], table: '项目支出绩效目标表' },
    ]);
    expect(found[0]?.message).toContain('信访维稳工作经费');
    expect(found[1]?.message).toContain('劝返上访人员满意度');
  });

  it('applies to the key-projects list (rows cut at the page edge)', () => {
    const found = review(importKeyProjectsCorpus(), { rules: [importIncomplete] });
    expect(found.map((f) => f.lines[0])).toEqual([215, 217, 304, 325, 339]);
  });
});
