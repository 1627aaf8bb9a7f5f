// Property: any amounts, weights and indicator texts put into a model survive render → import, in
// the text form and in XLSX. The models are the corpus documents (as re-imported once, so that the
// starting point is a model the importer itself produces) with random figures and words put in.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/decimal.js';
import type { Amount } from '../core/model/common.js';
import type { BudgetDocument } from '../core/model/document.js';
import type { Indicator } from '../core/model/targets.js';
import { importText } from '../importers/index.js';
import { importBytes } from '../importers/index.js';
import { CORPUS, importCorpus } from '../test-support/corpus.js';
import type { CorpusName } from '../test-support/corpus.js';
import { cloneModel, modelDifferences } from '../test-support/model-equal.js';
import { renderText } from './text/index.js';
import { renderXlsx } from './xlsx/index.js';

function reimportText(doc: BudgetDocument): BudgetDocument {
  const r = importText(renderText(doc), { file: 'rendered.txt' });
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

const isAmount = (x: unknown): x is Amount =>
  typeof x === 'object' &&
  x !== null &&
  (x as Amount).value instanceof Decimal &&
  typeof (x as Amount).text === 'string' &&
  typeof (x as Amount).unit === 'string';
const isIndicator = (x: unknown): x is Indicator =>
  typeof x === 'object' && x !== null && 'level1Text' in x && 'placeholder' in x && 'weight' in x;

/** Every Amount and Indicator of the model outside the narrative (whose facts come from its prose). */
function parts(doc: BudgetDocument): { amounts: Amount[]; indicators: Indicator[] } {
  const amounts: Amount[] = [];
  const indicators: Indicator[] = [];
  const walk = (x: unknown, key: string): void => {
    if (
      key === 'narrative' ||
      key === 'diagnostics' ||
      x === null ||
      typeof x !== 'object' ||
      x instanceof Decimal
    )
      return;
    if (isAmount(x)) amounts.push(x);
    else if (isIndicator(x)) indicators.push(x);
    if (Array.isArray(x)) x.forEach((v) => walk(v, ''));
    else for (const [k, v] of Object.entries(x)) walk(v, k);
  };
  walk(doc, '');
  return { amounts, indicators };
}

const LABEL_WORDS = new Set(['数量', '质量', '时效', '成本', '经济', '社会', '生态', '效益', '满意', '服务']);

/** Words of the indicator vocabulary's register, without characters that make labels, totals or 无. */
const WORD = fc
  .array(
    fc.constantFrom(...'经费保障工作开展完成情况服务质量提升资金管理效率覆盖达到标准城乡居民安全稳定发展'),
    { minLength: 2, maxLength: 14 },
  )
  .map((cs) => cs.join(''))
  // A two-character word can be a 二级 label itself (质量, 成本, 效益): an indicator named exactly so is
  // read as its label, as in a real table (fast-check seed -1616716591 gave 质量).
  .filter((w) => !LABEL_WORDS.has(w));

const mutation = fc.record({
  cents: fc.array(fc.bigInt({ min: 1n, max: 9_999_999_999n }), { minLength: 1, maxLength: 60 }),
  weights: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }),
  words: fc.array(WORD, { minLength: 1, maxLength: 30 }),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** The model with amounts, weights and the texts of real (non-placeholder) indicators replaced. */
function mutate(base: BudgetDocument, m: Mutation): BudgetDocument {
  const doc = cloneModel(base);
  const { amounts, indicators } = parts(doc);
  amounts.forEach((a, i) => {
    const value = Decimal.of(m.cents[i % m.cents.length] ?? 1n, 2);
    const suffix = /[万元亿]+$/.exec(a.text)?.[0] ?? '';
    a.value = value;
    a.text = value.toGrouped(2) + suffix;
  });
  // A unit target's amount is its 资金总额 (the funding's total), read from the same cell.
  if (doc.kind === 'department-budget') {
    for (const u of doc.unitTargets) {
      const total = u.funding['total'];
      if (u.amount && total) u.amount = { ...u.amount, value: total.value, text: total.text };
    }
  }
  indicators
    .filter((ind) => !ind.placeholder)
    .forEach((ind, i) => {
      const w = (k: number) => m.words[(i * 3 + k) % m.words.length] ?? '经费';
      ind.name = w(0);
      ind.content = ind.content === null ? null : w(1);
      ind.scoring = ind.scoring === null ? null : w(2);
      if (ind.weight !== null) ind.weight = Decimal.of(BigInt(m.weights[i % m.weights.length] ?? 1));
    });
  return doc;
}

/** Which rows, projects and indicators to keep: a cyclic pattern of booleans (at least one true). */
const keep = fc
  .array(fc.boolean(), { minLength: 1, maxLength: 12 })
  .map((bs) => (bs.includes(true) ? bs : [...bs, true]));

/** The department model with some classification rows, projects and indicators left out. */
function thin(base: BudgetDocument, pattern: readonly boolean[]): BudgetDocument {
  const doc = cloneModel(base);
  if (doc.kind !== 'department-budget') return doc;
  let n = 0;
  const pick = () => pattern[n++ % pattern.length] ?? true;
  for (const t of Object.values(doc.tables)) {
    if (t?.shape === 'amounts') t.rows = t.rows.filter((r) => r.kind === 'total' || pick());
  }
  doc.projectTargets = doc.projectTargets.filter(pick);
  for (const p of doc.projectTargets) {
    const kept = p.indicators.filter(pick);
    p.indicators = kept.length > 0 ? kept : p.indicators.slice(0, 1);
  }
  return doc;
}

describe.each(['bangongting', 'beijing'] as const)(
  'render → import with rows, projects and indicators left out: %s',
  (name) => {
    const base = reimportText(importCorpus(name));
    it('text: the re-imported model is the thinned model', () => {
      fc.assert(
        fc.property(keep, (pattern) => {
          const doc = thin(base, pattern);
          expect(modelDifferences(doc, reimportText(doc))).toEqual([]);
        }),
        { numRuns: 25 },
      );
    });
  },
);

describe.each(Object.keys(CORPUS) as CorpusName[])(
  'render → import with random figures and words: %s',
  (name) => {
    const base = reimportText(importCorpus(name));

    it('text: the re-imported model is the mutated model', () => {
      fc.assert(
        fc.property(mutation, (m) => {
          const doc = mutate(base, m);
          expect(modelDifferences(doc, reimportText(doc))).toEqual([]);
        }),
        { numRuns: 25 },
      );
    });

    it('XLSX: the re-imported model is the mutated model', async () => {
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const doc = mutate(base, m);
          const r = await importBytes(await renderXlsx(doc), { fileName: 'rendered.xlsx' });
          if (!r.ok) throw new Error(r.error.message);
          expect(modelDifferences(doc, r.document)).toEqual([]);
        }),
        { numRuns: 6 },
      );
    });
  },
);
