import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compact, isPlaceholder, joinBrokenWords, labelKey, toHalfWidth } from './text.js';

// The functions return text that needs no change as it is (the importer calls them for every cell);
// these tests hold them to their plain definitions, on text with and without what they change.

const halfWidthByDefinition = (text: string): string =>
  text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );

/** Cell-like text: CJK, full-width punctuation and digits, spaces of every kind, emphasis marks. */
const cellText = fc
  .array(
    fc.oneof(
      fc.constantFrom('产出', '指标', '万元', '≥', '%', '％', '（', '）', '：', '１', '5', '.', ','),
      fc.constantFrom(' ', '\u00a0', '\u3000', '\u2003', '\ufeff', '\t', '*', '**', '＊'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('text normalisation', () => {
  it.each([
    ['产出 指标', '产出指标'],
    ['（万元）', '(万元)'],
    ['**合计**', '合计'],
    ['服务对象满意度指标', '服务对象满意度指标'],
    ['１２３４５６', '123456'],
  ])('labelKey(%j) is %j', (text, key) => {
    expect(labelKey(text)).toBe(key);
  });

  it('compact, toHalfWidth and labelKey agree with their definitions (property)', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(compact(text)).toBe(text.replace(/\s+/g, ''));
        expect(toHalfWidth(text)).toBe(halfWidthByDefinition(text));
        expect(labelKey(text)).toBe(halfWidthByDefinition(text).replace(/\s+/g, '').replace(/\*+/g, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('joinBrokenWords only trims text without spaces', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        if (!/[ \u00a0\u3000]/.test(text)) expect(joinBrokenWords(text)).toBe(text.trim());
      }),
      { numRuns: 2000 },
    );
    expect(joinBrokenWords('产出 指标 ')).toBe('产出指标');
    expect(joinBrokenWords('95 %')).toBe('95%');
  });

  it.each([
    ['无', true],
    [' — ', true],
    ['／', true],
    ['0', false],
    ['无线', false],
  ])('isPlaceholder(%j) is %s', (text, expected) => {
    expect(isPlaceholder(text)).toBe(expected);
  });
});
