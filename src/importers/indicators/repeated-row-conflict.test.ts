// A target's first row repeated at the top of a continuation page is merged even when its amount
// or its name disagrees with the first printing (continuation decided by code, amount and the
// indicator sequence); the disagreement is reported, not turned into a second target.

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

describe('a repeated first row with a different name (a former name of the unit, a shortened project name)', () => {
  const imported = (line: number, edit: (l: string) => string) => {
    const r = importText(mutateLine('bangongting', line, edit), { file: 'x.txt' });
    if (!r.ok || r.document.kind !== 'department-budget') throw new Error('not imported');
    return r.document;
  };

  it('stays one unit when code and amount agree and the indicators go on (2024 line 762 vs 749)', () => {
    const doc = imported(762, (l) => l.replace('长沙市人民政府驻上海联络处', '长沙市驻上海办事处'));
    expect(doc.unitTargets.map((u) => [u.unitCode, u.name.value])).toEqual([
      ['104001', '长沙市人民政府办公厅'],
      ['104004', expect.any(String) as string],
      ['104006', '长沙市人民政府驻上海联络处'],
    ]);
    const unit = doc.unitTargets[2];
    expect(unit?.indicators.map((i) => i.level2)).toContain('数量指标');
    const d = doc.diagnostics.find((x) => x.code === 'cell-unreadable' && x.source.line === 762);
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('“长沙市驻上海办事处”');
    expect(d?.message).toContain('第749行');
    expect(d?.message).toContain('判定为续页');
    expect(d?.source.column).toBe(2);
  });

  it('stays one project (2024 line 358 repeats 110联动经费 of line 341 under another name)', () => {
    const doc = imported(358, (l) => l.replace('110联动经费', '110联动工作经费'));
    expect(doc.projectTargets.filter((p) => p.name.value.startsWith('110联动'))).toHaveLength(1);
    expect(doc.diagnostics.some((d) => d.code === 'cell-unreadable' && d.source.line === 358)).toBe(true);
  });

  it('is a new unit when its indicators start over (a level-2 group the first printing left behind)', () => {
    const doc = imported(762, (l) =>
      l.replace('长沙市人民政府驻上海联络处', '长沙市驻上海办事处').replace('数量指标', '社会成本指标'),
    );
    expect(doc.unitTargets.map((u) => u.name.value)).toContain('长沙市驻上海办事处');
    expect(doc.diagnostics.some((d) => d.code === 'cell-unreadable' && d.source.line === 762)).toBe(false);
  });
});
