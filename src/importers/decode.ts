// Bytes to text: detects the encoding (UTF-8 with or without BOM, UTF-16 with or without BOM,
// GB18030/GBK) and refuses what is not text, saying why in Chinese: a UTF-8 file cut inside a
// character or broken at a byte (with the byte offset), text that looks like Big5 (traditional
// Chinese, which the templates do not read), binary data. Pure: takes bytes, returns text or a reason.

import iconv from 'iconv-lite';

export type DecodeFailure = 'empty-file' | 'binary-data' | 'encoding-invalid';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded =
  | { ok: true; text: string; encoding: TextEncodingName }
  | {
      ok: false;
      reason: DecodeFailure;
      /** Chinese, one line: what is wrong with the bytes. */
      message: string;
      /** The byte offset (0-based) of the first invalid byte, when that is the reason. */
      offset?: number;
    };

export const DECODE_MESSAGES: Record<DecodeFailure, string> = {
  'empty-file': '文件为空，没有可导入的内容',
  'binary-data': '文件不是文本（含二进制数据），无法作为预算公开文本导入',
  'encoding-invalid': '文本编码无效',
};

const fail = (reason: DecodeFailure, message = DECODE_MESSAGES[reason], offset?: number): Decoded =>
  offset === undefined ? { ok: false, reason, message } : { ok: false, reason, message, offset };

/** Where UTF-8 stops being valid: the offset of the first bad byte, whether the input ends inside a
 * character (truncated), and how many multi-byte characters came before (evidence that it is UTF-8). */
export function utf8Check(
  bytes: Uint8Array,
): { offset: number; truncated: boolean; multibyte: number } | null {
  let multibyte = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return { offset: i, truncated: false, multibyte };
    if (i + need >= n) {
      // Fewer bytes left than the character needs: valid so far means the file was cut here.
      for (let k = i + 1; k < n; k++)
        if (((bytes[k] as number) & 0xc0) !== 0x80) return { offset: k, truncated: false, multibyte };
      return { offset: i, truncated: true, multibyte };
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return { offset: i + k, truncated: false, multibyte };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      return { offset: i, truncated: false, multibyte };
    multibyte++;
    i += need + 1;
  }
  return null;
}

/** UTF-16 without a BOM: text whose every other byte is NUL for ASCII, in one byte order. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  const le = zeroOdd > pairs * 0.1 && zeroEven < pairs * 0.01;
  const be = zeroEven > pairs * 0.1 && zeroOdd < pairs * 0.01;
  if (!le && !be) return null;
  const encoding = le ? 'utf-16le' : 'utf-16be';
  // The decoded sample must read as text: letters, digits, CJK, punctuation and white space.
  const sample = iconv.decode(Buffer.from(bytes.subarray(0, n)), encoding);
  let plausible = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (
      c === 9 ||
      c === 10 ||
      c === 13 ||
      (c >= 0x20 && c < 0x7f) ||
      (c >= 0x3000 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef)
    )
      plausible++;
  }
  return plausible >= sample.length * 0.9 ? encoding : null;
}

/** Characters of budget documents in simplified (GB) and traditional (Big5) form. */
const SIMPLIFIED = /[预算部门项目单位经费绩效财政预总计说明单务际开发]/g;
const TRADITIONAL = /[預算部門項目單位經費績效財政預總計說明單務際開發]/g;

/** True when bytes that decode as GB18030 read better as Big5 (traditional Chinese). */
function looksBig5(bytes: Uint8Array, gbText: string): boolean {
  const sample = bytes.subarray(0, 65536);
  const big5 = iconv.decode(Buffer.from(sample), 'big5');
  const gb = gbText.slice(0, big5.length);
  const score = (t: string, re: RegExp) => t.match(re)?.length ?? 0;
  const traditional = score(big5, TRADITIONAL);
  return traditional >= 5 && traditional > 3 * score(gb, SIMPLIFIED);
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return fail('empty-file');
  let text: string;
  let encoding: TextEncodingName;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  } else if (looksBinary(bytes)) {
    const utf16 = utf16WithoutBom(bytes);
    if (!utf16) return fail('binary-data');
    encoding = utf16;
    text = iconv.decode(Buffer.from(bytes), utf16);
  } else {
    const utf8 = strictUtf8(bytes);
    const bad = utf8 === null ? utf8Check(bytes) : null;
    if (utf8 !== null || !bad) {
      text = utf8 ?? new TextDecoder('utf-8').decode(bytes);
      encoding = 'utf-8';
    } else if (bad.truncated && bad.multibyte > 0) {
      return fail(
        'encoding-invalid',
        `UTF-8 文本在第 ${bad.offset} 字节处被截断（文件末尾的字符不完整），文件可能未完整下载或复制`,
        bad.offset,
      );
    } else if (bad.multibyte >= 16) {
      return fail(
        'encoding-invalid',
        `UTF-8 文本在第 ${bad.offset} 字节处含无效字节（前面的 ${bad.multibyte} 个中文字符均为有效 UTF-8），文件可能已损坏`,
        bad.offset,
      );
    } else {
      text = iconv.decode(Buffer.from(bytes), 'gb18030');
      encoding = 'gb18030';
      if (looksBig5(bytes, text)) {
        return fail(
          'encoding-invalid',
          '文件看起来是 Big5 编码的繁体中文文本：请转换为 UTF-8 或 GB18030（简体）后再导入',
        );
      }
    }
  }
  if (text.trim() === '') return fail('empty-file');
  if (controlRatio(text) > 0.02) return fail('binary-data');
  return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, encoding };
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text when the bytes are valid UTF-8 (the native decoder, fast), else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
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
