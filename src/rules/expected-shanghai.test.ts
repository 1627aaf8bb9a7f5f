// The whole review of each Shanghai file: no false error. The final accounts' two real defects are
// found (财政拨款收入支出总计 written as 0.3万元; 71.73% where 2106.66 of 2940.05 is 71.65%); their
// rounding differences of 0.01–0.02 万元 are information, not errors. (The words' rules, category
// text, have their own expectations.)

import { describe, expect, it } from 'vitest';
import { review } from './engine.js';
import { SHANGHAI } from '../test-support/corpus.js';
import type { ShanghaiName } from '../test-support/corpus.js';
import { shanghaiDoc } from '../test-support/shanghai.js';

const EXPECTED_ERRORS: Record<ShanghaiName, string[]> = {
  bangongshiDept: [],
  bangongshiUnit: [],
  shangwuwei: [],
  caizhengju: ['final-accounts-figures 307', 'final-accounts-shares 318'],
  finalTemplate: [],
  budgetTemplate: [],
};

describe.each(Object.keys(SHANGHAI) as ShanghaiName[])('review of %s', (name) => {
  it('gives the errors it has and no other, and no warning from the table and narrative rules', async () => {
    const findings = review(await shanghaiDoc(name)).filter((f) => f.category !== 'text');
    expect(
      findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.lines[0] ?? ''}`),
    ).toEqual(EXPECTED_ERRORS[name]);
    expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });
});

describe('rounding in the final accounts', () => {
  it('reports the 0.01–0.02 万元 differences of figures rounded from 元 as information', async () => {
    const infos = review(await shanghaiDoc('caizhengju')).filter((f) => f.severity === 'info');
    expect(infos.map((f) => f.rule).sort()).toEqual([
      ...Array<string>(8).fill('classification-subtotals'),
      'final-accounts-procurement',
      'statement-classes',
      'statement-classes',
    ]);
    expect(infos.every((f) => f.message.includes('尾差范围'))).toBe(true);
  });
});
