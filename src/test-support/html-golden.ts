// The golden files of the HTML publisher: which corpus documents, and where their expected HTML
// lives. Shared by the golden test and scripts/update-golden.ts, which rewrites them.

import type { CorpusName } from './corpus.js';

export const GOLDEN_DOCUMENTS: readonly { corpus: CorpusName; file: string }[] = [
  { corpus: 'bangongting', file: 'bangongting.html' },
];
