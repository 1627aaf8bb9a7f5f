// The model's JSON codec: every corpus document and any generated model read back identical;
// invalid JSON is refused with the field named; Decimals keep their precision.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal.js';
import { loadBytes } from '../../app/load.js';
import { renderXlsx } from '../../publishers/xlsx/index.js';
import { CORPUS, importCorpus } from '../../test-support/corpus.js';
import type { CorpusName } from '../../test-support/corpus.js';
import { documentArb } from '../../test-support/model-arbitrary.js';
import { modelDifferences } from '../../test-support/model-equal.js';
import { decodeDocument, documentFromJson, documentToJson, encodeDocument } from './index.js';

describe('model codec', () => {
  it.each(Object.keys(CORPUS) as CorpusName[])('reads %s back to the identical model', (name) => {
    const doc = importCorpus(name);
    const back = documentFromJson(documentToJson(doc));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.document).toStrictEqual(doc);
    expect(modelDifferences(back.document, doc)).toEqual([]);
    // z.encode and JSON.stringify agree: the JSON form is one form.
    expect(encodeDocument(doc)).toStrictEqual(JSON.parse(documentToJson(doc)));
  });

  it('reads a workbook import back identical, sheet and cell provenance included', async () => {
    const bytes = await renderXlsx(importCorpus('bangongting'));
    const r = await loadBytes('bangongting.xlsx', bytes);
    if (!r.ok) throw new Error(r.error.message);
    expect(JSON.stringify(r.document)).toMatch(/"sheet":"[^"]+","cell":"[A-Z]+\d+"/);
    const back = documentFromJson(documentToJson(r.document));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.document).toStrictEqual(r.document);
  });

  it('reads any generated model back identical (fast-check)', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const back = documentFromJson(documentToJson(doc));
        if (!back.ok) throw new Error(back.error.message);
        expect(back.document).toStrictEqual(doc);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps each Decimal at its own precision', () => {
    const doc = importCorpus('beijing');
    const json = JSON.parse(documentToJson(doc)) as { tables: Record<string, { rows?: unknown[] }> };
    expect(JSON.stringify(json.tables['income']?.rows?.[0])).toMatch(/"value":"\d+\.\d{2}"/);
    const back = documentFromJson(documentToJson(doc));
    expect(back.ok && back.document.kind === 'department-budget').toBe(true);
    expect(Decimal.from('15').toString()).toBe('15');
  });

  it.each([
    ['not JSON', '{"kind":', /^不是有效的 JSON/],
    ['a newer schema', '{"schemaVersion":2,"kind":"key-projects"}', /模型版本 2 不受支持/],
    ['an unknown kind', '{"schemaVersion":1,"kind":"poem"}', /kind/],
  ])('refuses %s with code validation', (_what, text, message) => {
    const r = documentFromJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('validation');
      expect(r.error.message).toMatch(message);
    }
  });

  it('names the field of a bad amount, an unknown field and a table under the wrong key', () => {
    const json = JSON.parse(documentToJson(importCorpus('beijing'))) as Record<string, unknown>;
    const tables = json['tables'] as Record<string, Record<string, unknown>>;
    const income = tables['income'] as { rows: { amounts: Record<string, { value: string }> }[] };
    const cell = Object.values(income.rows[0]?.amounts ?? {})[0];
    if (cell) cell.value = '6,563.63';
    json['extra'] = true;
    tables['expenditure'] = { ...tables['summary'] };
    const r = decodeDocument(json);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = (r.error.details?.['problems'] as { path: string }[]).map((p) => p.path);
    expect(paths).toContain('tables.expenditure.id');
    expect(paths.some((p) => /^tables\.income\.rows\[0\]\.amounts\.\w+\.value$/.test(p))).toBe(true);
    expect(r.error.message).toMatch(/^模型 JSON 无效：/);
    expect(JSON.stringify(r.error.details)).toContain('extra');
  });

  it('says in Chinese what is wrong where the schema has no words of its own (a comparator, a type)', () => {
    const json = JSON.parse(documentToJson(importCorpus('bangongting'))) as {
      projectTargets: { indicators: Record<string, unknown>[] }[];
    };
    const indicator = json.projectTargets[0]?.indicators[0];
    if (!indicator) throw new Error('no indicator');
    indicator['comparator'] = '约';
    indicator['name'] = 5;
    const r = decodeDocument(json);
    if (r.ok) throw new Error('decoded');
    expect(r.error.details?.['problems']).toEqual([
      {
        path: 'projectTargets[0].indicators[0].name',
        message: '无效输入：期望 string，实际接收 数字',
      },
      {
        path: 'projectTargets[0].indicators[0].comparator',
        message: '无效选项：期望以下之一 "≥"|"≤"|"="|">"|"<"|"定性"|"定量"',
      },
    ]);
  });
});
