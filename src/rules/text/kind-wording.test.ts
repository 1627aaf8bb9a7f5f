import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { kindWording } from './kind-wording.js';

describe('text-kind-wording', () => {
  it('finds nothing in the 2024 budget, which says 本部门 throughout', () => {
    expect(findingsOf(kindWording, corpusDoc('bangongting'))).toEqual([]);
  });

  it('notes 本单位 in the Beijing office’s budget, a department of one unit (info, not warning)', () => {
    const found = findingsOf(kindWording, corpusDoc('beijing'));
    expect(found.map((f) => `${f.lines.join(',')} ${f.severity}`)).toEqual(
      [68, 77, 87, 89, 91, 97, 105, 111, 113, 115].map((l) => `${l} info`),
    );
    expect(found[0]?.message).toBe(
      '部门预算说明“…入等单位资金。2023年本单位收入预算1561.09万…”自称“本单位”，部门预算应称“本部门”',
    );
  });

  it('warns of 本单位 in the budget of a department of three units (line 81)', () => {
    const doc = mutatedDoc('bangongting', [81, replace('本部门收入预算', '本单位收入预算')]);
    expect(shown(findingsOf(kindWording, doc))).toEqual([
      {
        severity: 'warning',
        lines: [81],
        message:
          '部门预算说明“…入等单位资金。2024年本单位收入预算6563.63万…”自称“本单位”，部门预算应称“本部门”',
        found: '本单位',
        expected: '本部门',
      },
    ]);
  });

  it('warns of a unit budget’s header and title in a department budget', () => {
    const doc = mutatedDoc(
      'bangongting',
      [9, replace('部门预算说明', '单位预算说明')],
      [138, replace('部门名称', '单位名称')],
    );
    expect(lines(findingsOf(kindWording, doc))).toEqual([
      '9 warning: 部门预算的目录“第一部分 2024 年单位预算说明”写作“单位预算”',
      '138 warning: 部门收支总表表头写“单位名称”，部门预算应写“部门名称”或“编制部门”',
    ]);
  });
});
