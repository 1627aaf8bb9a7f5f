// Property: whatever the conversion does to the key-projects text (lines lost, repeated, moved,
// cells shifted, the file cut short), the importer neither throws nor points outside the file.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../core/source.js';
import { CORPUS, corpusText } from '../../test-support/corpus.js';
import { importText } from '../index.js';

const original = corpusText('keyProjects').split('\n');

type Mutation =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'shift'; at: number; by: number }
  | { kind: 'truncate'; keep: number };

const index = fc.nat({ max: original.length - 1 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: index, count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: index }),
  fc.record({ kind: fc.constant('swap' as const), at: index, with: index }),
  fc.record({ kind: fc.constant('shift' as const), at: index, by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), keep: fc.integer({ min: 1, max: original.length }) }),
);

function apply(lines: string[], m: Mutation): string[] {
  const out = [...lines];
  const at = Math.min(m.kind === 'truncate' ? 0 : m.at, Math.max(0, out.length - 1));
  switch (m.kind) {
    case 'delete':
      out.splice(at, m.count);
      return out;
    case 'duplicate':
      out.splice(at, 0, out[at] ?? '');
      return out;
    case 'swap': {
      const j = Math.min(m.with, out.length - 1);
      const a = out[at] ?? '';
      out[at] = out[j] ?? '';
      out[j] = a;
      return out;
    }
    case 'shift': {
      // Cells gained or lost at the start of the row, as the conversion does.
      const line = out[at] ?? '';
      out[at] = m.by >= 0 ? '\t'.repeat(m.by) + line : line.replace(new RegExp(`^\\t{0,${-m.by}}`), '');
      return out;
    }
    case 'truncate':
      return out.slice(0, m.keep);
  }
}

describe('key-projects import under random damage', () => {
  it('never throws and keeps every provenance line inside the file', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const lines = mutations.reduce(apply, original);
        const r = importText(lines.join('\n'), { file: CORPUS.keyProjects });
        if (!r.ok || r.document.kind !== 'key-projects') return;
        const count = r.document.source.lineCount;
        const refs: SourceRef[] = [...r.document.diagnostics.map((d) => d.source)];
        for (const p of r.document.projects) {
          refs.push(p.name.source, ...p.indicators.map((i) => i.source));
          if (p.amount) refs.push(p.amount.source);
          if (p.goal) refs.push(p.goal.source);
          for (const s of p.spans) {
            expect(s.first).toBeLessThanOrEqual(s.last);
            refs.push({ line: s.first }, { line: s.last });
          }
        }
        for (const ref of refs) {
          expect(ref.line).toBeGreaterThanOrEqual(1);
          expect(ref.line).toBeLessThanOrEqual(count);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('loses only the damaged project when one line is deleted', () => {
    // Deleting line 17 (the 标准化山塘 first row) leaves its indicator rows to the project above.
    const lines = original.filter((_, i) => i + 1 !== 17);
    const r = importText(lines.join('\n'), { file: CORPUS.keyProjects });
    if (!r.ok || r.document.kind !== 'key-projects') throw new Error('import failed');
    expect(r.document.projects).toHaveLength(34);
    expect(r.document.projects[0]?.spans).toEqual([{ first: 9, last: 23 }]);
  });
});
