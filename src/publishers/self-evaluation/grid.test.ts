// The summary's notes: the standards that cannot be applied are one note with every case in it, so
// that the numbered list counts notes, not cases.
import { describe, expect, it } from 'vitest';
import { evaluateDocument } from '../../scoring/self-evaluation.js';
import { DEFAULT_SETTINGS } from '../../scoring/settings.js';
import { readActuals } from '../../scoring/sheet/read.js';
import { renderTemplate } from '../../scoring/sheet/template.js';
import { corpusDoc } from '../../test-support/fixtures.js';
import { evaluationForms } from './grid.js';

describe('the self-evaluation summary of bangongting (nothing entered yet)', () => {
  const doc = corpusDoc('bangongting');
  const actuals = readActuals(doc, renderTemplate(doc), DEFAULT_SETTINGS);
  if (!actuals.ok) throw new Error('the template does not read back');
  const [summary] = evaluationForms(evaluateDocument(doc, actuals.actuals, DEFAULT_SETTINGS));

  it('says the six standards that cannot be applied in one note', () => {
    const notes = summary?.grid.notes ?? [];
    const unparsed = notes.filter((n) => n.includes('无法据以计分'));
    expect(unparsed).toHaveLength(1);
    expect(unparsed[0]).toMatch(/^评分标准无法据以计分 6 项/);
    expect(unparsed[0]?.match(/第 \d+ 行/g)).toEqual([346, 498, 535, 536, 586, 606].map((l) => `第 ${l} 行`));
    expect(notes.some((n) => n.startsWith('第 '))).toBe(false);
  });
});
