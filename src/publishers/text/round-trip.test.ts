// import → renderText → importText is the identity on the model, for every corpus document: same
// figures, units, tables, projects, indicators, narrative facts. The checks on the re-imported model
// make sure the comparison is not between two empty models.

import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../core/model/document.js';
import { importText } from '../../importers/index.js';
import { CORPUS, importCorpus } from '../../test-support/corpus.js';
import type { CorpusName } from '../../test-support/corpus.js';
import { modelDifferences } from '../../test-support/model-equal.js';
import { renderText } from './index.js';

function reimport(text: string): BudgetDocument {
  const r = importText(text, { file: 'rendered.txt' });
  if (!r.ok) throw new Error(`re-import failed: ${r.error.message}`);
  return r.document;
}

/** What each re-imported document must hold, from the corpus. */
const SUBSTANCE: Record<CorpusName, (d: BudgetDocument) => void> = {
  bangongting: (d) => {
    if (d.kind !== 'department-budget') throw new Error(d.kind);
    expect(d.projectTargets).toHaveLength(15);
    expect(d.unitTargets.map((u) => u.unitCode)).toEqual(['104001', '104004', '104006']);
    expect(d.narrative.facts.find((f) => f.key === 'income.total')?.value.toString()).toBe('6563.63');
    const basic = d.tables['basic-expenditure'];
    expect(basic?.shape === 'amounts' ? basic.rows.length : 0).toBe(32);
  },
  beijing: (d) => {
    if (d.kind !== 'department-budget') throw new Error(d.kind);
    expect(d.projectTargetUnits.map((u) => [u.code, u.amount?.text])).toEqual([['157001', '904.71']]);
    expect(d.unitTargets[0]?.funding['total']?.value.toString()).toBe('1561.09');
  },
  keyProjects: (d) => {
    if (d.kind !== 'key-projects') throw new Error(d.kind);
    expect(d.projects).toHaveLength(35);
    expect(d.projects.find((p) => p.name.value === '2023年轨道交通大队运行维护经费')?.amount?.text).toBe(
      '1,940.21',
    );
  },
  xiangyin: (d) => {
    if (d.kind !== 'declaration-forms') throw new Error(d.kind);
    expect(d.projectForms).toHaveLength(7);
    expect(d.departmentForms[0]?.threePublic['reception']?.value.toString()).toBe('13.18');
  },
};

describe.each(Object.keys(CORPUS) as CorpusName[])('text round trip: %s', (name) => {
  const doc = importCorpus(name);

  it('re-imports the rendered text as the same model', () => {
    const again = reimport(renderText(doc));
    SUBSTANCE[name](again);
    expect(modelDifferences(doc, again)).toEqual([]);
  });

  it('ignores the unresolved-errors notice on the first line', () => {
    const rendered = renderText(doc, { unresolvedErrors: 4 });
    expect(rendered.startsWith('注：本文件含未解决的审核错误 4 项\n')).toBe(true);
    expect(modelDifferences(doc, reimport(rendered))).toEqual([]);
  });

  it('renders the re-imported model to the same text (render is a fixed point)', () => {
    const once = renderText(doc);
    expect(renderText(reimport(once))).toBe(once);
  });
});
