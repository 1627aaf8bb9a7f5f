// Writes docs/rules.md from the rule catalogue. Run after adding or changing a rule:
//   npx tsx scripts/rules-doc.ts
// (src/rules/docs.test.ts fails while the file is out of date.)

import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../src/rules/catalogue.js';
import { renderRulesDoc } from '../src/rules/docs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, 'docs/rules.md');
writeFileSync(target, renderRulesDoc(CATALOGUE));
process.stdout.write(`wrote ${target} (${CATALOGUE.length} rules)\n`);
