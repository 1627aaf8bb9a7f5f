import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/decimal.js';
import { importDepartment } from './corpus.js';
import { cloneModel, modelDifferences } from './model-equal.js';

const doc = importDepartment('bangongting');

describe('modelDifferences', () => {
  it('finds none between a document and its copy', () => {
    expect(modelDifferences(doc, cloneModel(doc))).toEqual([]);
  });

  it('ignores provenance: source lines, columns, pages, spans, file and diagnostics', () => {
    const b = cloneModel(doc);
    b.source = { ...b.source, file: 'other.xlsx', lineCount: 1, flavour: 'markdown' };
    b.diagnostics = [];
    const p = b.projectTargets[0];
    if (!p) throw new Error('no project');
    p.name.source = { line: 999, column: 9 };
    p.spans = [{ first: 1, last: 2 }];
    for (const t of Object.values(b.tables)) if (t) t.pages = [];
    expect(modelDifferences(doc, b)).toEqual([]);
  });

  it('reports a changed figure, its precision, and a changed indicator name, with their paths', () => {
    const b = cloneModel(doc);
    const p = b.projectTargets[0];
    const ind = p?.indicators[0];
    if (!p?.amount || !ind) throw new Error('no project');
    p.amount.value = Decimal.from('33.35');
    ind.name = '保障办公经费';
    const c = cloneModel(doc);
    const q = c.projectTargets[0];
    if (!q?.amount) throw new Error('no project');
    q.amount.value = Decimal.from('33.340');
    expect(modelDifferences(doc, b)).toEqual([
      'doc.projectTargets[0].amount.value: "D:33.34" ≠ "D:33.35"',
      'doc.projectTargets[0].indicators[0].name: "保障办公值班经费" ≠ "保障办公经费"',
    ]);
    expect(modelDifferences(doc, c)).toEqual(['doc.projectTargets[0].amount.value: "D:33.34" ≠ "D:33.340"']);
  });

  it('reports a missing project by the lengths of the lists', () => {
    const b = cloneModel(doc);
    b.projectTargets.pop();
    expect(modelDifferences(doc, b)[0]).toBe('doc.projectTargets: length 15 ≠ 14');
  });
});
