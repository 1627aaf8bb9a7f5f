// A target's first row repeated at the top of a continuation page is merged even when its amount
// disagrees with the first printing; the disagreement is reported, not turned into a second target.

import { describe, expect, it } from 'vitest';
import { importText } from '../index.js';
import { mutateLine } from '../../test-support/corpus.js';

describe('a repeated first row with a different amount', () => {
  it('stays one unit target and is reported with both figures (2024 line 762 vs 749)', () => {
    const r = importText(
      mutateLine('bangongting', 762, (l) => l.replace('389.63', '389.36')),
      { file: 'x.txt' },
    );
    if (!r.ok || r.document.kind !== 'department-budget') throw new Error('not imported');
    const units = r.document.unitTargets.map((u) => [u.unitCode, u.amount?.text]);
    expect(units).toEqual([
      ['104001', '5,579.00'],
      ['104004', '595.00'],
      ['104006', '389.63'],
    ]);
    const conflict = r.document.diagnostics.find(
      (d) => d.code === 'cell-unreadable' && d.source.line === 762,
    );
    expect(conflict?.severity).toBe('warning');
    expect(conflict?.message).toContain('“389.36”');
    expect(conflict?.message).toContain('第749行');
    expect(conflict?.source.column).toBe(3);
  });

  it('stays one project in the project table (2024 line 358 repeats 110联动经费 of line 341)', () => {
    const r = importText(
      mutateLine('bangongting', 358, (l) => l.replace('33.34', '33.43')),
      { file: 'x.txt' },
    );
    if (!r.ok || r.document.kind !== 'department-budget') throw new Error('not imported');
    expect(r.document.projectTargets.filter((p) => p.name.value === '110联动经费')).toHaveLength(1);
    expect(r.document.diagnostics.some((d) => d.code === 'cell-unreadable' && d.source.line === 358)).toBe(
      true,
    );
  });
});
