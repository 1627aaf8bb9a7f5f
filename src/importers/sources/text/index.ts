// Text files (the text conversions of published documents): decoded (UTF-8, UTF-16, GB18030) and
// split into lines of tab-separated cells, with the conversion's markup undone (../../lines.ts).

import { decode } from '../../decode.js';
import { splitLines } from '../../lines.js';
import type { ReadResult } from '../source-document.js';

export function readText(bytes: Uint8Array): ReadResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, error: { code: decoded.reason, message: decoded.message } };
  return {
    ok: true,
    source: { format: 'text', encoding: decoded.encoding, lines: splitLines(decoded.text) },
  };
}
