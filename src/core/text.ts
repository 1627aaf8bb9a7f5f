// Text normalisation shared by the importers and rules. The model keeps text as printed (after the
// repairs the importer reports); these functions give comparable forms of it.

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef“”‘’';
const BROKEN_SPACE = new RegExp(`(?<=[${CJK}${CJK_PUNCT}])[ \\u00a0\\u3000]+(?=[${CJK}${CJK_PUNCT}])`, 'g');
const DIGIT_PERCENT = /(?<=\d)[ \u00a0]+(?=[%％])/g;
const SPACE = /[ \u00a0\u3000]/;

const WHITE_SPACE = /[\s\u00a0\u3000]/;

/** Removes every kind of white space: for matching words broken by the conversion ("产出 指标"). */
export function compact(text: string): string {
  // Most cells hold no white space at all; testing first avoids building a copy of them.
  return WHITE_SPACE.test(text) ? text.replace(/[\s\u00a0\u3000]+/g, '') : text;
}

/**
 * Joins words that the conversion broke with spaces: spaces between two CJK characters or CJK
 * punctuation, and between a number and its per-cent sign. Other spaces (between Latin words and
 * numbers, after ASCII punctuation before Latin text) are kept, and runs of spaces fold to one.
 */
export function joinBrokenWords(text: string): string {
  // Without any of the spaces the patterns look at, only the trim applies (the common case).
  if (!SPACE.test(text)) return text.trim();
  return text
    .replace(BROKEN_SPACE, '')
    .replace(DIGIT_PERCENT, '')
    .replace(/[ \u00a0]{2,}/g, ' ')
    .trim();
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII-range characters to half width (digits, letters, brackets, colon, comma, %). */
export function toHalfWidth(text: string): string {
  // Most text holds no full-width character: return it as is rather than copying it.
  if (!FULL_WIDTH.test(text)) return text;
  // One pass that copies the runs between full-width characters (long cells hold many: ，（）：).
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xff01 && code <= 0xff5e) || code === 0x3000) {
      out += text.slice(run, i) + (code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0));
      run = i + 1;
    }
  }
  return out + text.slice(run);
}

/** Characters labelKey changes: full width, white space, markdown emphasis. */
const NOT_A_KEY = /[\uff01-\uff5e\s\u00a0\u3000*]/;

/** The form used to compare labels: half width, no white space, no markdown emphasis. */
export function labelKey(text: string): string {
  // Called for nearly every cell, most of which are already in key form: one test instead of three copies.
  if (!NOT_A_KEY.test(text)) return text;
  const key = compact(toHalfWidth(text));
  return key.includes('*') ? key.replace(/\*+/g, '') : key;
}

/** The label keys of cells that mean "nothing here" (an ellipsis: rows a blank template leaves out). */
const PLACEHOLDER_KEYS: ReadonlySet<string> = new Set([
  '',
  '无',
  '-',
  '—',
  '--',
  '/',
  '／',
  '——',
  '…',
  '……',
  '...',
  '。。。',
]);

/** Dots only: an ellipsis of any length ("………", "。。。"). */
const ELLIPSIS = /^[.…。·]{2,}$/;

/** True for cells that mean "nothing here": empty, 无, -, —, /, 0 is not included. */
export function isPlaceholder(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return true;
  return isPlaceholderKey(labelKey(text));
}

/** isPlaceholder for text already in labelKey form (readers that test many words on one key). */
export function isPlaceholderKey(key: string): boolean {
  return PLACEHOLDER_KEYS.has(key) || ELLIPSIS.test(key);
}

/**
 * The number a heading or list entry starts with: "一、", "（一）", "(1)", "1、", "1." (not "1.5"), with
 * the space after it. Over half-width text.
 */
export const HEADING_NUMBER =
  /^(?:[(（]?[一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d))\s*/;

/** Chinese numerals 一..十 for section numbering, and back. */
const CN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
export function chineseNumeral(n: number): string {
  if (n >= 1 && n <= 10) return CN_NUMERALS[n - 1] ?? String(n);
  if (n > 10 && n < 20) return '十' + (CN_NUMERALS[n - 11] ?? '');
  return String(n);
}
export function parseChineseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const i = (CN_NUMERALS as readonly string[]).indexOf(text);
  if (i >= 0) return i + 1;
  const m = /^十([一二三四五六七八九])$/.exec(text);
  if (m?.[1]) return 10 + (CN_NUMERALS as readonly string[]).indexOf(m[1]) + 1;
  return null;
}
