import { describe, expect, it } from 'vitest';
import { importCorpus } from '../../test-support/corpus.js';
import { diffDocuments } from './diff.js';
import { applyEdits, parsePath } from './edits.js';

const beijing = importCorpus('beijing');
const xiangyin = importCorpus('xiangyin');

describe('paths', () => {
  it('reads keys, indices and member selectors', () => {
    expect(parsePath('tables.income.rows[3].amounts.total')).toEqual([
      { key: 'tables' },
      { key: 'income' },
      { key: 'rows' },
      { index: 3 },
      { key: 'amounts' },
      { key: 'total' },
    ]);
    expect(parsePath('narrative.facts[key=income.total].value')).toEqual([
      { key: 'narrative' },
      { key: 'facts' },
      { match: ['key', 'income.total'] },
      { key: 'value' },
    ]);
    expect(parsePath('a..b')).toBeNull();
    expect(parsePath('')).toBeNull();
  });
});

describe('edits and diffs', () => {
  it('the same document has no changes', () => {
    expect(diffDocuments(beijing, beijing)).toEqual([]);
  });

  it('sets a table cell by row code and reports that one figure with its difference', () => {
    if (beijing.kind !== 'department-budget') throw new Error('kind');
    const row = (beijing.tables['general-expenditure'] as { rows: { code: string | null }[] }).rows.find(
      (r) => r.code !== null,
    )!;
    const path = `tables.general-expenditure.rows[code=${row.code}].amounts.total`;
    const r = applyEdits(beijing, [{ op: 'set', path, value: '999.99' }]);
    if (!r.ok) throw new Error(r.error.message);
    const changes = diffDocuments(beijing, r.document);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'changed', figure: true, after: '999.99' });
    expect(changes[0]?.path).toContain(`code=${row.code}`);
    expect(changes[0]?.difference).not.toBeNull();
  });

  it('edits a form field, adds and removes an indicator, figure by figure', () => {
    const r = applyEdits(xiangyin, [
      { op: 'set', path: 'projectForms[0].annualGoal', value: '保障驻京工作经费' },
      { op: 'set', path: 'projectForms[0].funding[0].current', value: '55' },
      { op: 'remove', path: 'projectForms[0].indicators[0]' },
    ]);
    if (!r.ok) throw new Error(r.error.message);
    if (r.document.kind !== 'declaration-forms') throw new Error('kind');
    expect(r.document.projectForms[0]?.annualGoal?.value).toBe('保障驻京工作经费');
    expect(r.document.projectForms[0]?.funding[0]?.current?.value.toString()).toBe('55');
    const changes = diffDocuments(xiangyin, r.document);
    expect(changes.find((c) => c.path.endsWith('annualGoal'))).toMatchObject({
      kind: 'changed',
      figure: false,
    });
    expect(changes.find((c) => c.path.includes('funding') && c.figure)).toMatchObject({
      before: '50',
      after: '55',
      difference: '5',
    });
    expect(changes.some((c) => c.kind === 'removed' && c.path.includes('indicators'))).toBe(true);
    // the other forms did not change
    expect(
      changes.every((c) => c.path.startsWith('projectForms[') && !c.path.includes('name=湘阴县平安城市')),
    ).toBe(true);
  });

  it('refuses bad edits naming the field, and leaves the original untouched', () => {
    const before = JSON.stringify(xiangyin);
    const cases = [
      { op: 'set', path: 'projectForms[0].funding[0].current', value: '五十' },
      { op: 'set', path: 'projectForms[0].noSuchField', value: 'x' },
      { op: 'set', path: 'projectForms[99].annualGoal', value: 'x' },
      { op: 'set', path: 'projectForms[0].__proto__', value: 'x' },
      { op: 'insert', path: 'projectForms[0].annualGoal', value: 'x' },
      { op: 'set', path: 'projectForms[0].attribute', value: '改建项目' },
    ] as const;
    for (const edit of cases) {
      const r = applyEdits(xiangyin, [edit]);
      expect(r.ok, edit.path).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('validation');
    }
    expect(JSON.stringify(xiangyin)).toBe(before);
  });
});
