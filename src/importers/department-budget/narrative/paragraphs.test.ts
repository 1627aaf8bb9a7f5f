import { describe, expect, it } from 'vitest';
import { ImportContext } from '../../context.js';
import { toLine } from '../../lines.js';
import { assembleParagraphs } from './paragraphs.js';

/** Lines numbered from 1; '' is a blank line. */
function paragraphs(raws: string[]) {
  const lines = raws.map((r, i) => toLine(r, i + 1));
  const ctx = new ImportContext('test.txt', lines);
  const ps = assembleParagraphs(ctx, lines);
  return {
    ps: ps.map((p) => [p.kind, p.body.text, p.first, p.last]),
    joined: ctx.diagnostics.filter((d) => d.code === 'sentence-joined').map((d) => d.source.line),
  };
}

describe('assembleParagraphs', () => {
  it('joins a sentence broken at a page edge, over blank lines, and reports it', () => {
    const r = paragraphs([
      '（二）项目支出：主要是单位为完成特定行政工作任务而发生的',
      '',
      '',
      '支出，包括有关事业发展专项。',
    ]);
    expect(r.ps).toEqual([
      ['prose', '（二）项目支出：主要是单位为完成特定行政工作任务而发生的支出，包括有关事业发展专项。', 1, 4],
    ]);
    expect(r.joined).toEqual([1]);
  });

  it('does not join a sentence that ends, or a line that starts a numbered item', () => {
    const r = paragraphs([
      '收入较去年增加154.46万元。',
      '主要是人员经费增加',
      '（二）支出预算：2024年本部门支出预算6563.63万元。',
    ]);
    expect(r.ps.map((p) => p[2])).toEqual([1, 2, 3]);
    expect(r.joined).toEqual([]);
  });

  it('treats a sentence ending in a closing quote or bracket as ended', () => {
    const r = paragraphs(['编辑《长沙市人民政府公报》。）', '下一段']);
    expect(r.ps).toHaveLength(2);
  });

  it('keeps chart captions and their legends as their own paragraphs', () => {
    const r = paragraphs([
      '支出较去年增加154.46万元，上升2.41%。主要是人员经费增加',
      '',
      '支出预算图',
      '',
      '一般公共服务支出',
      '■ 本级财政拨款收入',
    ]);
    expect(r.ps).toEqual([
      ['prose', '支出较去年增加154.46万元，上升2.41%。主要是人员经费增加', 1, 1],
      ['caption', '支出预算图', 3, 3],
      ['caption', '一般公共服务支出', 5, 5],
      ['caption', '■本级财政拨款收入', 6, 6],
    ]);
    expect(r.joined).toEqual([]);
  });

  it('keeps short numbered headings apart from the prose after them', () => {
    const r = paragraphs([
      '（二）机构设置',
      '长沙市人民政府办公厅属机关行政单位。',
      '## (2) 机构设置',
      '设 4 个内设机构。',
    ]);
    expect(r.ps.map((p) => [p[0], p[1]])).toEqual([
      ['standalone', '（二）机构设置'],
      ['prose', '长沙市人民政府办公厅属机关行政单位。'],
      ['standalone', '(2)机构设置'],
      ['prose', '设4个内设机构。'],
    ]);
  });
});
