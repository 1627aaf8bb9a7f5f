import { describe, expect, it } from 'vitest';
import { ImportContext } from '../../context.js';
import { toLine } from '../../lines.js';
import { assembleParagraphs } from './paragraphs.js';
import { readUnits } from './units.js';

function units(raws: string[]) {
  const lines = raws.map((r, i) => toLine(r, i + 1));
  return readUnits(assembleParagraphs(new ImportContext('test.txt', lines), lines));
}

describe('readUnits', () => {
  it('reads units listed in one sentence', () => {
    const r = units([
      '本部门预算为汇总预算，纳入编制范围的',
      '预算单位包括：长沙市人民政府办公厅、长沙市人民政府驻深圳办事处等 2 个单位。',
    ]);
    expect(r.unitsListed).toEqual([
      { value: '长沙市人民政府办公厅', source: { line: 2 } },
      { value: '长沙市人民政府驻深圳办事处', source: { line: 2 } },
    ]);
    expect(r.onlyOwnLevel).toBe(false);
  });

  it('takes the name before "只有本级" when the sentence does not repeat it', () => {
    const r = units(['长沙市财政局部门只有本级，没有其他二级预算单位。']);
    expect(r).toEqual({ unitsListed: [{ value: '长沙市财政局', source: { line: 1 } }], onlyOwnLevel: true });
  });

  it('lists nothing when the section names no unit', () => {
    expect(units(['本部门预算单位构成详见附表。'])).toEqual({ unitsListed: [], onlyOwnLevel: false });
  });
});
