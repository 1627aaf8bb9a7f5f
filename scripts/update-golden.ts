// Rewrites the HTML publisher's golden files from the current importer and publisher:
//   npx tsx scripts/update-golden.ts
// Review the diff of src/publishers/html/__golden__/ before committing it.

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCorpus } from '../src/test-support/corpus.js';
import { GOLDEN_DOCUMENTS } from '../src/test-support/html-golden.js';
import { renderHtml } from '../src/publishers/html/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../src/publishers/html/__golden__');
mkdirSync(dir, { recursive: true });
for (const { corpus, file } of GOLDEN_DOCUMENTS) {
  const path = join(dir, file);
  const html = renderHtml(importCorpus(corpus));
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  writeFileSync(path, html);
  console.log(
    `${before === html ? 'unchanged' : before === null ? 'created' : 'updated'}: ${path} (${html.length} characters)`,
  );
}
