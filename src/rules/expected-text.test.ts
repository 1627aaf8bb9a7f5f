// The expected findings of the text rules on each corpus document, as "line severity rule". Each was
// confirmed by reading the file:
// - beijing 105: "拟召开召开例行工作调度会" — a doubled word in the published text;
// - beijing 68 … 115: a department budget that calls itself 本单位 (in a department of one unit, the
//   department and its unit coincide: noted, not warned); duties (line 53) quote the mandate, not read;
// - keyProjects 72: "改善效果一般的得5分,,没有效果的不得分" — two commas in a scoring standard;
// - keyProjects 215: 三级指标 "服务服务保障水平" — a doubled word in an indicator's name.
// No document gets an error from these rules: placeholders, years, template leftovers, directions,
// rates, names, contents and table order are all in order in the four documents.
//
// The Shanghai files, read from their PDFs: the three budgets get nothing; the final accounts three
// warnings, all true — its 情况说明 writes "完成预算的0%" for 因公出国（境）费, 公务用车 and 公务接待费,
// whose 预算数 the 三公 table leaves blank (0) and the text never states: a completion rate of a zero
// budget cannot be checked. The two blank templates (the national final-accounts template, the
// department-budget workbook) are templates: every placeholder (XX, x,xxx, ……), every 增加（减少）
// and every empty table without its note is reported, as it must be in a document published unfilled.

import { describe, expect, it } from 'vitest';
import type { CorpusName, ShanghaiName } from '../test-support/corpus.js';
import { shanghaiDoc } from '../test-support/shanghai.js';
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

const SHANGHAI_EXPECTED: Record<ShanghaiName, string[]> = {
  bangongshiDept: [],
  bangongshiUnit: [],
  shangwuwei: [],
  caizhengju: [
    '371 warning text-rate-possible',
    '372 warning text-rate-possible',
    '372 warning text-rate-possible',
  ],
  finalTemplate: [],
  budgetTemplate: [],
};

describe('expected text findings on the Shanghai files', () => {
  it.each(['bangongshiDept', 'bangongshiUnit', 'shangwuwei', 'caizhengju'] as const)('%s', async (name) => {
    const found = review(await shanghaiDoc(name), { rules: TEXT_RULES }).map(
      (f) => `${f.lines[0] ?? 0} ${f.severity} ${f.rule}`,
    );
    expect(found).toEqual(SHANGHAI_EXPECTED[name]);
  });

  it.each([
    [
      'finalTemplate',
      { 'text-empty-table-explained': 7, 'text-placeholder': 185, 'text-template-leftover': 19 },
    ],
    [
      'budgetTemplate',
      { 'text-empty-table-explained': 9, 'text-placeholder': 87, 'text-template-leftover': 12 },
    ],
  ] as const)(
    'reports the blank template %s as unfilled: placeholders, leftovers, empty tables',
    async (name, rules) => {
      const findings = review(await shanghaiDoc(name), { rules: TEXT_RULES });
      const count = (rule: string) => findings.filter((f) => f.rule === rule).length;
      for (const [rule, n] of Object.entries(rules)) expect([rule, count(rule)]).toEqual([rule, n]);
      // Errors come only from the template's blanks, never from the other rules.
      expect([...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.rule))].sort()).toEqual(
        Object.keys(rules).sort(),
      );
    },
  );
});
