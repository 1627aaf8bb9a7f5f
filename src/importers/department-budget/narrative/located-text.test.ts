import { describe, expect, it } from 'vitest';
import { assembleText, concatTexts, lineAt, matchForm, sliceText } from './located-text.js';

describe('assembleText', () => {
  it('removes the spaces the conversion put between figures and CJK text, keeping each line', () => {
    const t = assembleText([
      { text: '新增配备单位价值 50', line: 122 },
      { text: '万元以上通用设备 0 台', line: 124 },
    ]);
    expect(t.text).toBe('新增配备单位价值50万元以上通用设备0台');
    expect(lineAt(t, t.text.indexOf('50'))).toBe(122);
    expect(lineAt(t, t.text.indexOf('万元'))).toBe(124);
    expect(lineAt(t, t.text.indexOf('0台'))).toBe(124);
  });

  it('keeps one space between Latin words or numbers, also across lines', () => {
    expect(assembleText([{ text: 'GB  2312 与 110   120', line: 1 }]).text).toBe('GB 2312与110 120');
    expect(
      assembleText([
        { text: 'ISO', line: 1 },
        { text: '9001', line: 2 },
      ]).text,
    ).toBe('ISO 9001');
  });

  it('drops no-break, ideographic and zero-width spaces', () => {
    expect(assembleText([{ text: '\u00a0人数约\u3000 2050\u200b 人 ', line: 7 }]).text).toBe('人数约2050人');
  });
});

describe('provenance through slicing and joining', () => {
  it('keeps lines when texts are concatenated and sliced', () => {
    const a = assembleText([{ text: '会议费预算 27.8 万元', line: 118 }]);
    const b = assembleText([{ text: '培训费预算 14.87 万元', line: 119 }]);
    const both = concatTexts([a, b]);
    expect(both.text).toBe('会议费预算27.8万元\n培训费预算14.87万元');
    const training = sliceText(both, both.text.indexOf('培训'));
    expect(lineAt(training, 0)).toBe(119);
    expect(lineAt(both, both.text.indexOf('\n'))).toBe(118);
  });

  it('matches on a half-width form of the same length', () => {
    const t = assembleText([{ text: '（一）收入预算：增加１５４．４６万元，上升２．４１％', line: 81 }]);
    const f = matchForm(t);
    expect(f).toBe('(一)收入预算:增加154.46万元,上升2.41%');
    expect(f).toHaveLength(t.text.length);
  });
});
