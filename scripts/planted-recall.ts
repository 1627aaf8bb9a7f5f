// Recall of the review on defects of the words planted in the real documents: the Hunan corpus
// (src/test-support/planted-defects.ts) and the Shanghai PDFs — department and unit budgets, final
// accounts (src/test-support/planted-shanghai.ts): how many the catalogue finds at the planted line,
// per rule, and how many the catalogue without the text rules would find. Run:
// npx tsx scripts/planted-recall.ts (YUSUAN_CORPUS and YUSUAN_CORPUS_SHANGHAI name the folders when
// they are not ../shared/corpus and ../shared/corpus-shanghai).

import { CATALOGUE } from '../src/rules/catalogue.js';
import { review } from '../src/rules/engine.js';
import { TEXT_RULES } from '../src/rules/catalogue-text.js';
import { mutatedDoc } from '../src/test-support/fixtures.js';
import { PLANTED_DEFECTS } from '../src/test-support/planted-defects.js';
import { PLANTED_SHANGHAI } from '../src/test-support/planted-shanghai.js';
import { plantedShanghai } from '../src/test-support/shanghai.js';
import type { BudgetDocument } from '../src/core/model/document.js';

const withoutText = CATALOGUE.filter((r) => !TEXT_RULES.includes(r));

interface Planted {
  defect: string;
  where: string;
  rule: string;
  load: () => Promise<{ doc: BudgetDocument; line: number }>;
}

async function recall(title: string, planted: readonly Planted[]): Promise<void> {
  let found = 0;
  let foundBefore = 0;
  const byRule = new Map<string, { planted: number; found: number }>();
  process.stdout.write(`== ${title}\n`);
  for (const p of planted) {
    const { doc, line } = await p.load();
    const hit = review(doc).some((f) => f.rule === p.rule && f.lines[0] === line);
    // Without the text rules: any finding at the planted line counts.
    const hitBefore = review(doc, { rules: withoutText }).some(
      (f) => f.lines[0] === line && f.severity !== 'info',
    );
    if (hit) found++;
    if (hitBefore) foundBefore++;
    const r = byRule.get(p.rule) ?? { planted: 0, found: 0 };
    r.planted++;
    if (hit) r.found++;
    byRule.set(p.rule, r);
    if (!hit) process.stdout.write(`missed: ${p.defect} (${p.where} line ${line}, ${p.rule})\n`);
  }
  for (const [rule, r] of byRule) process.stdout.write(`${rule.padEnd(30)} ${r.found}/${r.planted}\n`);
  process.stdout.write(`recall: ${found}/${planted.length}\n`);
  process.stdout.write(
    `without the text rules (any finding at the line): ${foundBefore}/${planted.length}\n`,
  );
}

await recall(
  'Hunan corpus (text)',
  PLANTED_DEFECTS.map((p) => ({
    defect: p.defect,
    where: p.doc,
    rule: p.rule,
    load: () => Promise.resolve({ doc: mutatedDoc(p.doc, ...p.edits), line: p.line }),
  })),
);
await recall(
  'Shanghai PDFs (department and unit budgets, final accounts)',
  PLANTED_SHANGHAI.map((p) => ({
    defect: p.defect,
    where: p.doc,
    rule: p.rule,
    load: async () => {
      const { doc, lines } = await plantedShanghai(p.doc, p.edit);
      return { doc, line: lines[0]?.line ?? 0 };
    },
  })),
);
