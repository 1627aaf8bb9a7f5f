import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmount } from '../../core/money.js';
import { compact, isPlaceholder } from '../../core/text.js';
import { CORPUS, corpusText } from '../../test-support/corpus.js';
import type { CorpusName } from '../../test-support/corpus.js';
import { cellFeatures, fit } from './cell-fit.js';
import { COLUMN_KINDS } from './layouts.js';
import { readComparator, readLevel1, readLevel2, readNumber } from './vocabulary-reading.js';

// cellFeatures skips the vocabulary and number readers where they could only say no (prose cells);
// whatever it skips, its features must be what the readers say.

function byReaders(text: string) {
  const level1 = readLevel1(text) !== null;
  const level2 = readLevel2(text) !== null;
  return {
    text,
    level1,
    level2,
    levelWord: level1 || level2,
    number: readNumber(text) !== null,
    amount: parseAmount(text) !== null,
    comparator: readComparator(text) !== null,
    placeholder: isPlaceholder(text),
    code: /^\d{6}$/.test(compact(text)),
    length: compact(text).length,
  };
}

const corpusCells = [
  ...new Set((Object.keys(CORPUS) as CorpusName[]).flatMap((name) => corpusText(name).split(/[\t\n]/))),
];

describe('cellFeatures', () => {
  it('gives the readers’ answers for every cell of the corpus', () => {
    expect(corpusCells.length).toBeGreaterThan(2000);
    for (const text of corpusCells) expect(cellFeatures(text), text).toEqual(byReaders(text));
  });

  it('gives the readers’ answers for corpus cells with spaces, marks and full-width digits added (property)', () => {
    const inserts = ['　', ' ', '*', '＊', '１', '，', '．', '－', '万', '元', '%', '指标', '0', '.'];
    const mutated = fc
      .tuple(fc.constantFrom(...corpusCells), fc.array(fc.tuple(fc.nat(300), fc.constantFrom(...inserts))))
      .map(([text, edits]) =>
        edits.reduce(
          (t, [at, insert]) => t.slice(0, at % (t.length + 1)) + insert + t.slice(at % (t.length + 1)),
          text,
        ),
      );
    fc.assert(
      fc.property(mutated, (text) => {
        expect(cellFeatures(text)).toEqual(byReaders(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['产出 指标', 'level1'],
    ['服务对象满意度', 'level2'],
    ['1,940.21万元', 'amount'],
    ['大于等于', 'comparator'],
    ['104001', 'code'],
  ] as const)('reads %j as %s', (text, feature) => {
    expect(cellFeatures(text)[feature]).toBe(true);
  });

  it('scores every corpus cell in every column kind at a multiple of 0.05 (the aligner relies on it)', () => {
    for (const text of corpusCells) {
      const f = cellFeatures(text);
      for (const kind of COLUMN_KINDS) {
        const twentieths = fit(kind, f) * 20;
        expect(Math.abs(twentieths - Math.round(twentieths)), `${kind} ${text}`).toBeLessThan(1e-9);
      }
    }
  });

  it('does not take names objects inherit for indicator words', () => {
    expect(readLevel2('constructor')).toBeNull();
    expect(readComparator('toString')).toBeNull();
    expect(cellFeatures('constructor').levelWord).toBe(false);
  });
});
