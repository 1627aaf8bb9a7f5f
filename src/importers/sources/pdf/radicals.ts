// Ideographs drawn with a CJK font whose ToUnicode map names the glyph by a radical it shares with the
// ideograph: Chromium's PDFs (and other tools' with Noto or Source Han fonts) give 部⻔ for 部门, ⼀ for 一,
// ⽀出 for 支出. The text is read as the ideographs the radicals stand for: the Kangxi radicals and the
// CJK compatibility ideographs by their compatibility mapping (NFKC), the radicals supplement by the
// standalone (mostly simplified) ideographs Unicode gives as their equivalents. Nothing else changes:
// full-width punctuation and digits stay as printed.

/** CJK radicals supplement (U+2E80–U+2EFF) that are whole ideographs, with the ideograph they equal. */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2ec1': '虎',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ed1': '長',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed8': '青',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee2': '马',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
};

const RADICALS = /[\u2e80-\u2fd5\uf900-\ufaff]/g;
const ANY = /[\u2e80-\u2fd5\uf900-\ufaff]/;

/** The text with radicals standing for whole ideographs replaced by those ideographs. */
export function unifiedIdeographs(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(RADICALS, (ch) => SUPPLEMENT[ch] ?? (ch >= '\u2f00' ? ch.normalize('NFKC') : ch));
}
