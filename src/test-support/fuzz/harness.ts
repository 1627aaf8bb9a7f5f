// One fuzz input through the whole pipeline (import through the one entry, the codec round trip of
// what was imported, the summary and the review), classified: a document, a refusal with a coded
// Chinese error, or a finding (a throw, an unknown code, a message that is not Chinese, a model the
// codec refuses). Hangs and memory blow-ups are caught by the pool around it (run.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBytes } from '../../app/load.js';
import { summarize } from '../../app/summary.js';
import { documentFromJson, documentToJson } from '../../core/codec/index.js';
import { isErrorCode } from '../../core/errors.js';
import { renderXlsx } from '../../publishers/xlsx/index.js';
import { review } from '../../rules/engine.js';
import { CORPUS, CORPUS_DIR, importCorpus, SHANGHAI_DIR } from '../corpus.js';
import type { CorpusName } from '../corpus.js';
import { fuzzInput, readZip } from './inputs.js';
import type { FuzzBase } from './inputs.js';

export interface FuzzOutcome {
  index: number;
  kind: string;
  bytes: number;
  ms: number;
  /** 'document' or 'refused' are expected; anything else is a finding. */
  outcome: 'document' | 'refused' | 'crash' | 'bad-error' | 'codec' | 'time-limit' | 'memory-limit';
  code?: string;
  detail?: string;
}

export async function loadFuzzBase(withPdf = true): Promise<FuzzBase> {
  const names = Object.keys(CORPUS) as CorpusName[];
  const texts = names.map((n) => readFileSync(join(CORPUS_DIR, CORPUS[n]), 'utf8'));
  const workbooks = [];
  for (const n of ['beijing', 'keyProjects'] as const)
    workbooks.push(readZip(await renderXlsx(importCorpus(n))));
  let pdfs: Uint8Array[] = [];
  if (withPdf) {
    try {
      pdfs = readdirSync(SHANGHAI_DIR)
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => new Uint8Array(readFileSync(join(SHANGHAI_DIR, f))))
        .filter((b) => b.length < 1_000_000);
    } catch {
      pdfs = [];
    }
  }
  return { texts, workbooks, pdfs };
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * Runs input `index`; the review (the costliest step on a good document) runs on every input, or on
 * one in `reviewEvery` when a long campaign trades it for more inputs.
 */
export async function fuzzOne(
  base: FuzzBase,
  seed: number,
  index: number,
  reviewEvery = 1,
): Promise<FuzzOutcome> {
  const input = fuzzInput(base, seed, index);
  const start = performance.now();
  const out = (o: Omit<FuzzOutcome, 'index' | 'kind' | 'bytes' | 'ms'>): FuzzOutcome => ({
    index,
    kind: input.kind,
    bytes: input.bytes.length,
    ms: Math.round(performance.now() - start),
    ...o,
  });
  try {
    const r = await loadBytes(input.name, input.bytes);
    if (!r.ok) {
      if (!isErrorCode(r.error.code) || !CJK.test(r.error.message))
        return out({ outcome: 'bad-error', code: r.error.code, detail: r.error.message });
      return out({ outcome: 'refused', code: r.error.code });
    }
    const back = documentFromJson(documentToJson(r.document));
    if (!back.ok) return out({ outcome: 'codec', detail: back.error.message });
    summarize(r.document);
    if (index % reviewEvery === 0) review(r.document);
    return out({ outcome: 'document' });
  } catch (e) {
    const detail = e instanceof Error ? `${e.message} ${e.stack?.split('\n')[1]?.trim() ?? ''}` : String(e);
    return out({ outcome: 'crash', detail });
  }
}
