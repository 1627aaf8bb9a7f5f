// The expected findings of the text rules on each corpus document, as "line severity rule". Each was
// confirmed by reading the file:
// - beijing 105: "拟召开召开例行工作调度会" — a doubled word in the published text;
// - beijing 68 … 115: a department budget that calls itself 本单位 (in a department of one unit, the
//   department and its unit coincide: noted, not warned); duties (line 53) quote the mandate, not read;
// - keyProjects 72: "改善效果一般的得5分,,没有效果的不得分" — two commas in a scoring standard;
// - keyProjects 215: 三级指标 "服务服务保障水平" — a doubled word in an indicator's name.
// No document gets an error from these rules: placeholders, years, template leftovers, directions,
// rates, names, contents and table order are all in order in the four documents.

import { describe, expect, it } from 'vitest';
import type { CorpusName } from '../test-support/corpus.js';
import { corpusDoc } from '../test-support/fixtures.js';
import { TEXT_RULES } from './catalogue-text.js';
import { review } from './engine.js';

const EXPECTED: Record<CorpusName, string[]> = {
  bangongting: [],
  beijing: [
    '68 info text-kind-wording',
    '77 info text-kind-wording',
    '87 info text-kind-wording',
    '89 info text-kind-wording',
    '91 info text-kind-wording',
    '97 info text-kind-wording',
    '105 warning text-doubled-words',
    '105 info text-kind-wording',
    '111 info text-kind-wording',
    '113 info text-kind-wording',
    '115 info text-kind-wording',
  ],
  keyProjects: ['72 warning text-doubled-words', '215 warning text-doubled-words'],
  xiangyin: [],
};

describe('expected text findings on the corpus', () => {
  it.each(Object.keys(EXPECTED) as CorpusName[])('%s', (name) => {
    const found = review(corpusDoc(name), { rules: TEXT_RULES }).map(
      (f) => `${f.lines[0] ?? 0} ${f.severity} ${f.rule}`,
    );
    expect(found).toEqual(EXPECTED[name]);
  });
});
