// Bytes to text: detects the encoding (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK) and
// refuses what is not text. Pure: takes bytes, returns text or a reason.

import iconv from 'iconv-lite';

export type DecodeFailure = 'empty-file' | 'binary-data';

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; reason: DecodeFailure };

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty-file' };
  let text: string;
  let encoding: Extract<Decoded, { ok: true }>['encoding'];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  } else {
    if (looksBinary(bytes)) return { ok: false, reason: 'binary-data' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = iconv.decode(Buffer.from(bytes), 'gb18030');
      encoding = 'gb18030';
    }
  }
  if (text.trim() === '') return { ok: false, reason: 'empty-file' };
  if (controlRatio(text) > 0.02) return { ok: false, reason: 'binary-data' };
  return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, encoding };
}

/** NUL bytes never occur in UTF-8 or GB18030 text. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 65536).includes(0);
}

/** The characters controlRatio counts (matching control characters is the point here). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/;

/** Share of control characters (other than tab, newline, carriage return, form feed) and U+FFFD. */
function controlRatio(text: string): number {
  // Text normally holds none: one regular-expression scan settles that faster than counting.
  if (!CONTROL.test(text)) return 0;
  let bad = 0;
  const n = Math.min(text.length, 200_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 0x7f) bad++;
  }
  return n === 0 ? 0 : bad / n;
}
