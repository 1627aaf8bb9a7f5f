import { describe, expect, it } from 'vitest';
import { corpusDoc, deleteLine, findingsOf, mutatedDoc, shown } from '../../test-support/fixtures.js';
import { sectionsPresent } from './sections-present.js';

describe('narrative-sections-present', () => {
  it.each(['bangongting', 'beijing'] as const)('finds the seven sections of %s', (name) => {
    expect(findingsOf(sectionsPresent, corpusDoc(name))).toEqual([]);
  });

  it('reports a deleted heading at the next section (bangongting line 106 deleted: 六 moves up to line 109)', () => {
    const doc = mutatedDoc('bangongting', [106, deleteLine]);
    expect(shown(findingsOf(sectionsPresent, doc))).toEqual([
      {
        severity: 'warning',
        lines: [109],
        message: '部门预算说明缺少第五部分“政府性基金预算支出”',
        found: '（无）',
        expected: '五、政府性基金预算支出',
      },
    ]);
  });
});
