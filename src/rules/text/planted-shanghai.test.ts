// Every defect of the words planted in the Shanghai files (src/test-support/planted-shanghai.ts) is
// found by the review at the printed line it was planted on — department and unit budgets, final
// accounts, read from their PDFs (the line keeps its page, which the CLI quotes).
import { describe, expect, it } from 'vitest';
import { PLANTED_SHANGHAI } from '../../test-support/planted-shanghai.js';
import { plantedShanghai } from '../../test-support/shanghai.js';
import { review } from '../engine.js';

describe('planted defects of the words in the Shanghai files', () => {
  it.each(PLANTED_SHANGHAI.map((p) => [`${p.doc}: ${p.defect}`, p] as const))('finds %s', async (_n, p) => {
    const { doc, lines } = await plantedShanghai(p.doc, p.edit);
    const planted = lines[0];
    expect(planted?.page).toBeGreaterThan(0);
    const hits = review(doc)
      .filter((f) => f.rule === p.rule)
      .map((f) => f.lines[0]);
    expect(hits).toContain(planted?.line);
  });

  it('plants every kind of defect in every kind of Shanghai document', () => {
    expect(new Set(PLANTED_SHANGHAI.map((p) => p.rule)).size).toBe(12);
    expect(PLANTED_SHANGHAI.length).toBe(22);
    expect(new Set(PLANTED_SHANGHAI.map((p) => p.doc))).toEqual(
      new Set(['bangongshiDept', 'bangongshiUnit', 'shangwuwei', 'caizhengju']),
    );
  });
});
