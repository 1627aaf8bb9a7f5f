// The HTML of a corpus document compared byte for byte with its golden file. When a change to the
// importer or the publisher changes the page on purpose, run `npx tsx scripts/update-golden.ts` and
// review the diff of src/publishers/html/__golden__/.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCorpus } from '../../test-support/corpus.js';
import { GOLDEN_DOCUMENTS } from '../../test-support/html-golden.js';
import { renderHtml } from './index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

describe('HTML golden files', () => {
  it.each(GOLDEN_DOCUMENTS)('$corpus renders exactly as $file', ({ corpus, file }) => {
    const path = join(dir, file);
    expect(existsSync(path), `${path} is missing: run npx tsx scripts/update-golden.ts`).toBe(true);
    const html = renderHtml(importCorpus(corpus));
    const golden = readFileSync(path, 'utf8');
    if (html !== golden) {
      // Point at the first difference rather than dumping 100 KB of HTML.
      let i = 0;
      while (i < html.length && html[i] === golden[i]) i++;
      expect(html.slice(Math.max(0, i - 120), i + 120), `first difference at character ${i}`).toBe(
        golden.slice(Math.max(0, i - 120), i + 120),
      );
    }
    expect(html.length).toBe(golden.length);
  });
});
