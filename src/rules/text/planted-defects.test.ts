// Every planted defect of the words is found by the review, at the line it was planted on.
import { describe, expect, it } from 'vitest';
import { mutatedDoc } from '../../test-support/fixtures.js';
import { PLANTED_DEFECTS } from '../../test-support/planted-defects.js';
import { review } from '../engine.js';

describe('planted defects of the words', () => {
  it.each(PLANTED_DEFECTS.map((p) => [p.defect, p] as const))('finds %s', (_name, planted) => {
    const findings = review(mutatedDoc(planted.doc, ...planted.edits));
    const hits = findings.filter((f) => f.rule === planted.rule).map((f) => f.lines[0]);
    expect(hits).toContain(planted.line);
  });

  it('plants every kind of defect the text rules check', () => {
    expect(new Set(PLANTED_DEFECTS.map((p) => p.rule)).size).toBe(15);
    expect(PLANTED_DEFECTS.length).toBe(42);
  });
});
