// Text normalisation shared by the importers and rules. The model keeps text as printed (after the
// repairs the importer reports); these functions give comparable forms of it.

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef“”‘’';
const BROKEN_SPACE = new RegExp(`(?<=[${CJK}${CJK_PUNCT}])[ \\u00a0\\u3000]+(?=[${CJK}${CJK_PUNCT}])`, 'g');
const DIGIT_PERCENT = /(?<=\d)[ \u00a0]+(?=[%％])/g;

/** Removes every kind of white space: for matching words broken by the conversion ("产出 指标"). */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/**
 * Joins words that the conversion broke with spaces: spaces between two CJK characters or CJK
 * punctuation, and between a number and its per-cent sign. Other spaces (between Latin words and
 * numbers, after ASCII punctuation before Latin text) are kept, and runs of spaces fold to one.
 */
export function joinBrokenWords(text: string): string {
  return text.replace(BROKEN_SPACE, '').replace(DIGIT_PERCENT, '').replace(/[ \u00a0]{2,}/g, ' ').trim();
}

const FULL_WIDTH_MAP: Record<string, string> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '，': ',',
  '；': ';',
  '％': '%',
  '＋': '+',
  '－': '-',
  '．': '.',
  '＜': '<',
  '＞': '>',
  '＝': '=',
  '　': ' ',
};

/** Full-width ASCII-range characters to half width (digits, letters, brackets, colon, comma, %). */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) => {
    const mapped = FULL_WIDTH_MAP[ch];
    if (mapped !== undefined) return mapped;
    const code = ch.charCodeAt(0);
    return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
  });
}

/** The form used to compare labels: half width, no white space, no markdown emphasis. */
export function labelKey(text: string): string {
  return compact(toHalfWidth(text)).replace(/\*+/g, '');
}

/** True for cells that mean "nothing here": empty, 无, -, —, /, 0 is not included. */
export function isPlaceholder(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return true;
  const k = labelKey(text);
  return k === '' || k === '无' || k === '-' || k === '—' || k === '--' || k === '/' || k === '／' || k === '——';
}

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
