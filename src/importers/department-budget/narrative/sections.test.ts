import { describe, expect, it } from 'vitest';
import { ImportContext } from '../../context.js';
import { toLine } from '../../lines.js';
import { findSections } from './sections.js';

const BODY = [
  '一、部门基本概况',
  '（一）职能职责',
  '二、部门预算单位构成',
  '预算单位包括：长沙市人民政府办公厅。',
  '三、部门收支总体情况',
  '收入预算6563.63万元。',
  '四、一般公共预算拨款支出情况',
  '支出6563.63万元。',
  '五、政府性基金预算支出',
  '无。',
  '六、其他重要事项情况说明：',
  '（一）机关运行经费：585.91万元。',
  '七、名词解释',
  '1. 机关运行经费：是指各部门的公用经费。',
  '',
  '第二部分 2024 年部门预算表',
];

function sections(raws: string[]) {
  const lines = raws.map((r, i) => toLine(r, i + 1));
  const ctx = new ImportContext('test.txt', lines);
  const spans = findSections(ctx, lines);
  return {
    spans: spans.map((s) => [s.no, s.heading.value, s.lines[0]?.no, s.lines[s.lines.length - 1]?.no]),
    missing: ctx.diagnostics.filter((d) => d.code === 'section-missing'),
  };
}

describe('findSections', () => {
  it('skips a table of contents printed as bare headings, and accepts small title variants', () => {
    const toc = BODY.filter((l) => /^[一二三四五六七]、/.test(l));
    const r = sections(['目 录', ...toc, '', ...BODY]);
    const offset = 1 + toc.length + 1;
    expect(r.spans).toEqual([
      [1, '一、部门基本概况', offset + 1, offset + 2],
      [2, '二、部门预算单位构成', offset + 3, offset + 4],
      [3, '三、部门收支总体情况', offset + 5, offset + 6],
      [4, '四、一般公共预算拨款支出情况', offset + 7, offset + 8],
      [5, '五、政府性基金预算支出', offset + 9, offset + 10],
      [6, '六、其他重要事项情况说明：', offset + 11, offset + 12],
      // Section 七 ends before the trailing blank line and "第二部分".
      [7, '七、名词解释', offset + 13, offset + 14],
    ]);
    expect(r.missing).toEqual([]);
  });

  it('reports every missing section, naming it and the section it should follow', () => {
    const r = sections(BODY.filter((l) => !l.startsWith('三、') && !l.startsWith('七、')));
    expect(r.missing.map((d) => [d.severity, d.message, d.source.line])).toEqual([
      ['warning', '部门预算说明缺少第3节“部门收支总体情况”（应在“二、部门预算单位构成”之后）', 6],
      ['warning', '部门预算说明缺少第7节“名词解释”（应在“六、其他重要事项情况说明：”之后）', 12],
    ]);
  });

  it('reports all seven sections of a document without Part 1', () => {
    expect(sections(['长沙市人民政府办公厅', '2024 年部门预算公开']).missing).toHaveLength(7);
  });

  it('does not take a prose line starting with a numeral for a heading', () => {
    const r = sections(['一、部门基本概况是本部门对全年预算安排情况所作的一段很长的说明，不是标题。']);
    expect(r.spans).toEqual([]);
  });
});
