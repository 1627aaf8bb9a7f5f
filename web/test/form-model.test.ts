// A form filled in the browser becomes a model the codec accepts (the server's one validator).
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/core/codec/index.js';
import { emptyDraft, formsDocumentJson } from '../src/layout/form-model';

describe('declaration form draft → model JSON', () => {
  it('decodes with the codec, amounts exact and weights as decimals', () => {
    const d = emptyDraft(2025, '湘阴县人民政府办公室');
    d.name = '政务值班经费';
    d.amount = '33.34';
    d.annualGoal = '保障全年值班';
    d.indicators = [
      {
        key: 'a',
        level1: '产出指标',
        level2: '数量指标',
        name: '值班天数',
        value: '365',
        comparator: '≥',
        unit: '天',
        content: '',
        scoring: '完成计满分',
        weight: '50',
      },
      {
        key: 'b',
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '满意度',
        value: '90',
        comparator: '≥',
        unit: '%',
        content: '',
        scoring: '',
        weight: '五十',
      },
    ];
    const r = decodeDocument(formsDocumentJson(d));
    expect(r.ok ? null : r.error).toBeNull();
    if (!r.ok || r.document.kind !== 'declaration-forms') return;
    const f = r.document.projectForms[0];
    expect(f?.funding[0]?.current?.value.toString()).toBe('33.34');
    expect(f?.indicators.map((i) => [i.weight?.toString() ?? null, i.weightText])).toEqual([
      ['50', null],
      [null, '五十'],
    ]);
  });
});
