// Recall of the review on defects of the words planted in the real documents
// (src/test-support/planted-defects.ts): how many the catalogue finds at the planted line, per rule,
// and how many the catalogue without the text rules would find. Run: npx tsx scripts/planted-recall.ts
// (YUSUAN_CORPUS names the corpus folder when it is not ../shared/corpus).

import { CATALOGUE } from '../src/rules/catalogue.js';
import { review } from '../src/rules/engine.js';
import { TEXT_RULES } from '../src/rules/catalogue-text.js';
import { mutatedDoc } from '../src/test-support/fixtures.js';
import { PLANTED_DEFECTS } from '../src/test-support/planted-defects.js';

const withoutText = CATALOGUE.filter((r) => !TEXT_RULES.includes(r));
let found = 0;
let foundBefore = 0;
const byRule = new Map<string, { planted: number; found: number }>();
for (const p of PLANTED_DEFECTS) {
  const doc = mutatedDoc(p.doc, ...p.edits);
  const hit = review(doc).some((f) => f.rule === p.rule && f.lines[0] === p.line);
  // Without the text rules: any finding at the planted line counts.
  const hitBefore = review(doc, { rules: withoutText }).some(
    (f) => f.lines[0] === p.line && f.severity !== 'info',
  );
  if (hit) found++;
  if (hitBefore) foundBefore++;
  const r = byRule.get(p.rule) ?? { planted: 0, found: 0 };
  r.planted++;
  if (hit) r.found++;
  byRule.set(p.rule, r);
  if (!hit) process.stdout.write(`missed: ${p.defect} (${p.doc} line ${p.line}, ${p.rule})\n`);
}
for (const [rule, r] of byRule) process.stdout.write(`${rule.padEnd(30)} ${r.found}/${r.planted}\n`);
process.stdout.write(`recall: ${found}/${PLANTED_DEFECTS.length}\n`);
process.stdout.write(
  `without the text rules (any finding at the line): ${foundBefore}/${PLANTED_DEFECTS.length}\n`,
);
