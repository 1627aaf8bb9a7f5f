// Radicals in a PDF's text (Chromium's PDFs name shared glyphs by their radical) are read as the
// ideographs they stand for; everything else is left as printed.
import { describe, expect, it } from 'vitest';
import { IDENTITY } from './geometry.js';
import { textRuns } from './content.js';
import { unifiedIdeographs } from './radicals.js';

describe('unifiedIdeographs', () => {
  it('reads Kangxi radicals, the radicals supplement and compatibility ideographs as ideographs', () => {
    // As Chromium's PDF of a yusuan HTML page gives them (Noto Sans CJK SC).
    expect(unifiedIdeographs('部⻔⼀般公共预算⽀出功能分类预算表')).toBe(
      '部门一般公共预算支出功能分类预算表',
    );
    expect(unifiedIdeographs('⼆、部⻔收⼊预算总表；⻝⽤农产品；⻓效；公务⽤⻋；⺠⽣')).toBe(
      '二、部门收入预算总表；食用农产品；长效；公务用车；民生',
    );
    expect(unifiedIdeographs('\uf90a')).toBe('金');
  });

  it('leaves other text as printed: full-width punctuation and digits, ideographic description marks', () => {
    for (const text of ['收入预算9,101.68万元，其中：', '（一）１２３', '⿰', '⺅']) {
      expect(unifiedIdeographs(text)).toBe(text);
    }
  });

  it('is applied to every text item of a page', () => {
    const runs = textRuns([{ str: '部⻔预算', transform: [10, 0, 0, 10, 0, 0], width: 40 }], IDENTITY);
    expect(runs.map((r) => r.text)).toEqual(['部门预算']);
  });
});

describe('textRuns on damaged transforms', () => {
  it('drops text placed at NaN or infinity and keeps the rest', () => {
    const runs = textRuns(
      [
        { str: '收入', transform: [10, 0, 0, 10, NaN, 700], width: 20 },
        { str: '支出', transform: [10, 0, 0, 10, 72, Infinity], width: 20 },
        { str: '合计', transform: [10, 0, 0, 10, 72, 700], width: 20 },
      ],
      IDENTITY,
    );
    expect(runs.map((r) => [r.text, r.x0, r.y])).toEqual([['合计', 72, 700]]);
  });
});
