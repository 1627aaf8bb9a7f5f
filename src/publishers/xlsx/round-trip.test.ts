// import → renderXlsx → importBytes is the identity on the model, for every corpus document: the
// numbers stored as doubles come back as the same two-decimal values through their number formats.

import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../core/model/document.js';
import { importBytes } from '../../importers/index.js';
import { CORPUS, importCorpus } from '../../test-support/corpus.js';
import type { CorpusName } from '../../test-support/corpus.js';
import { modelDifferences } from '../../test-support/model-equal.js';
import { renderXlsx } from './index.js';

async function reimport(bytes: Uint8Array): Promise<BudgetDocument> {
  const r = await importBytes(bytes, { fileName: 'rendered.xlsx' });
  if (!r.ok) throw new Error(`re-import failed: ${r.error.message}`);
  return r.document;
}

/** A figure of each document that must survive the trip through a binary double. */
const FIGURE: Record<CorpusName, (d: BudgetDocument) => string | undefined> = {
  bangongting: (d) => (d.kind === 'department-budget' ? d.projectTargetUnits[1]?.amount?.text : undefined),
  beijing: (d) => (d.kind === 'department-budget' ? d.unitTargets[0]?.funding['basic']?.text : undefined),
  keyProjects: (d) => (d.kind === 'key-projects' ? d.projects.at(-1)?.amount?.text : undefined),
  xiangyin: (d) =>
    d.kind === 'declaration-forms' ? d.projectForms[2]?.funding[0]?.current?.text : undefined,
};
const EXPECTED: Record<CorpusName, string> = {
  bangongting: '234.44',
  beijing: '656.38',
  keyProjects: '1,940.21',
  xiangyin: '120万元',
};

describe.each(Object.keys(CORPUS) as CorpusName[])('XLSX round trip: %s', (name) => {
  const doc = importCorpus(name);

  it('re-imports the workbook as the same model', async () => {
    const again = await reimport(await renderXlsx(doc));
    expect(FIGURE[name](again)).toBe(EXPECTED[name]);
    expect(modelDifferences(doc, again)).toEqual([]);
  });

  it('ignores the 审核提示 sheet', async () => {
    const again = await reimport(await renderXlsx(doc, { unresolvedErrors: 1 }));
    expect(modelDifferences(doc, again)).toEqual([]);
  });
});
