// The importer never crashes or hangs: random mutations of the corpus documents (deleted, duplicated,
// shuffled lines, truncated text, random bytes) always give a document or a clean failure.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { importDocument, importText, IMPORT_FAILURES } from './index.js';
import { CORPUS, corpusBytes, corpusText } from '../test-support/corpus.js';
import type { CorpusName } from '../test-support/corpus.js';
import { summarize } from '../app/summary.js';

const NAMES = Object.keys(CORPUS) as CorpusName[];
const texts = Object.fromEntries(NAMES.map((n) => [n, corpusText(n)])) as Record<CorpusName, string>;

type Mutation =
  | { op: 'delete'; at: number; count: number }
  | { op: 'duplicate'; at: number; count: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'truncate'; at: number }
  | { op: 'bytes'; at: number; bytes: number[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('bytes' as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }),
  }),
);

function apply(text: string, muts: readonly Mutation[]): Uint8Array {
  let lines = text.split('\n');
  let bytes: Uint8Array | null = null;
  for (const m of muts) {
    const n = Math.max(lines.length, 1);
    if (m.op === 'delete') lines.splice(m.at % n, m.count);
    else if (m.op === 'duplicate') lines.splice(m.at % n, 0, ...lines.slice(m.at % n, (m.at % n) + m.count));
    else if (m.op === 'swap') {
      const a = m.a % n;
      const b = m.b % n;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
    } else if (m.op === 'truncate')
      lines = lines
        .join('\n')
        .slice(0, m.at % (lines.join('\n').length + 1))
        .split('\n');
    else {
      const buf = Buffer.from(lines.join('\n'), 'utf8');
      const at = m.at % (buf.length + 1);
      bytes = Buffer.concat([buf.subarray(0, at), Buffer.from(m.bytes), buf.subarray(at)]);
      lines = [];
    }
  }
  return bytes ?? Buffer.from(lines.join('\n'), 'utf8');
}

describe('importer robustness', () => {
  it.each(NAMES)('survives random mutations of %s', (name) => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (muts) => {
        const r = importDocument(apply(texts[name], muts), { file: CORPUS[name] });
        if (r.ok) {
          const lineCount = r.document.source.lineCount;
          for (const d of r.document.diagnostics) {
            expect(d.source.line).toBeGreaterThanOrEqual(1);
            expect(d.source.line).toBeLessThanOrEqual(Math.max(lineCount, 1));
          }
          summarize(r.document); // the summary never throws either
        } else {
          expect(IMPORT_FAILURES).toContain(r.error.code);
          expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('refuses empty input, blank text, binary data and unrelated text with stable codes', () => {
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(), 'empty-file'],
      [Buffer.from('\n\n   \n\t\n'), 'empty-file'],
      [
        Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
        'binary-data',
      ],
      [Buffer.from('这是一封普通的信，和预算无关。\n第二行。\n'), 'not-a-budget-document'],
    ];
    for (const [bytes, code] of cases) {
      const r = importDocument(bytes, { file: 'x' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe(code);
    }
  });

  it.each(NAMES)('reads %s the same in UTF-8 with BOM and in GB18030', (name) => {
    const plain = importDocument(corpusBytes(name), { file: 'a' });
    const bom = importDocument(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(corpusBytes(name))]),
      {
        file: 'a',
      },
    );
    const gb = importDocument(iconv.encode(texts[name], 'gb18030'), { file: 'a' });
    expect(plain.ok && bom.ok && gb.ok).toBe(true);
    if (!plain.ok || !bom.ok || !gb.ok) return;
    expect(bom.document.source.encoding).toBe('utf-8-bom');
    expect(gb.document.source.encoding).toBe('gb18030');
    const strip = (d: unknown) => JSON.stringify({ ...(d as object), source: null });
    expect(strip(bom.document)).toBe(strip(plain.document));
    expect(strip(gb.document)).toBe(strip(plain.document));
  });

  it('treats a text cut in half as a document with what it holds', () => {
    const text = texts.bangongting;
    const r = importText(text.slice(0, Math.floor(text.length / 2)), { file: 'half.txt' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.document.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
