// How well a cell's text fits a column kind, as a score: positive when the text is what the column
// holds (a level name in 一级指标, a number in 备注), strongly negative when it cannot be (text in 资金总额,
// a level-2 name in 一级指标), near zero for free text columns. The row aligner maximises the sum.

import { Decimal } from '../../core/decimal.js';
import { parseAmount } from '../../core/money.js';
import { compact, isPlaceholderKey, labelKey, toHalfWidth } from '../../core/text.js';
import type { ColumnKind } from './layouts.js';
import { LONGEST_WORD, comparatorOfKey, level1OfKey, level2OfKey } from './vocabulary-reading.js';

/** Units of measure seen in 度量单位 / 计量单位 cells. */
const KNOWN_UNIT =
  /^(%|％|百分比|万元|元|亿元|次|个|件|场|场次|期|期次|期数|篇|家|批次|月|年|日|天|小时|分钟|人|人次|口|千米|公里|万方|兆瓦|名次|笔|笔数|所|例|起|项|元\/.+)$/;

/** A cell's features, computed once per cell and shared by every column it is tried in. */
export interface CellFeatures {
  text: string;
  level1: boolean;
  level2: boolean;
  levelWord: boolean;
  number: boolean;
  amount: boolean;
  comparator: boolean;
  placeholder: boolean;
  code: boolean;
  length: number;
}

/** Digits, half or full width: numbers and amounts hold one, and most cells do not. */
const DIGIT = /[0-9\uff10-\uff19]/;
/** What numbers and amounts are made of: digits, signs, separators, money units, white space. */
const NUMBER_CHARS = /^[\s0-9\uff10-\uff19,.+\-\uff0c\uff0e\uff0b\uff0d万元亿]*$/;
/** What labelKey removes (white space, emphasis marks, ＊ as *): without any, a key is as long as its text. */
const KEY_SHORTENS = /[\s*\uff0a]/;
const CODE = /^\d{6}$/;

export function cellFeatures(text: string): CellFeatures {
  // Most cells are prose: longer than any vocabulary word (placeholders are shorter still) and made
  // of more than digits. For them the label key and the number parses are skipped, as they could
  // only say no; for other cells one key serves every vocabulary test.
  const key = text.length > LONGEST_WORD && !KEY_SHORTENS.test(text) ? null : labelKey(text);
  const level1 = key !== null && level1OfKey(key) !== null;
  const level2 = key !== null && level2OfKey(key) !== null;
  // Numbers (readNumber) and amounts (parseAmount) are read from the text in half width without
  // white space: that form is made once, and only for text that can be one.
  const plain = DIGIT.test(text) && NUMBER_CHARS.test(text) ? compact(toHalfWidth(text)) : '';
  const compacted = compact(text);
  return {
    text,
    level1,
    level2,
    levelWord: level1 || level2,
    number: plain !== '' && Decimal.parse(plain) !== null,
    amount: plain !== '' && parseAmount(plain) !== null,
    comparator: key !== null && comparatorOfKey(key) !== null,
    placeholder: key !== null && isPlaceholderKey(key),
    code: compacted.length === 6 && CODE.test(compacted),
    length: compacted.length,
  };
}

/**
 * The score of putting a cell with features `f` into a column of `kind`. Scores are multiples of
 * 0.05 (so are the aligner's penalties): align-row.ts relies on it to tell equal scores apart.
 */
export function fit(kind: ColumnKind, f: CellFeatures): number {
  switch (kind) {
    case 'code':
      return f.code ? 3 : -8;
    case 'department':
    case 'targetName':
      if (f.levelWord || f.number || f.comparator) return -6;
      return f.placeholder ? -3 : 0.5;
    case 'amount':
      return f.amount ? 2 : -6;
    case 'goal':
      if (f.levelWord || f.comparator) return -6;
      if (f.number) return -4;
      return f.placeholder ? -1 : 0.3;
    case 'level1':
      return f.level1 ? 4 : -6;
    case 'level2':
      return f.level2 ? 4 : -6;
    case 'name':
      if (f.levelWord) return -2;
      if (f.comparator) return -4;
      return f.number ? -1 : 0.3;
    case 'value':
      if (f.levelWord) return -1;
      return /^[\d≥≤><=]/.test(f.text) ? 0.5 : 0;
    case 'content':
      return f.levelWord ? -1 : 0;
    case 'scoring':
      if (f.levelWord) return -1;
      return f.text.includes('分') ? 0.5 : 0;
    case 'unit':
      if (f.levelWord) return -3;
      if (f.comparator || f.number || /^\d/.test(f.text)) return -1;
      if (KNOWN_UNIT.test(f.text)) return 1;
      return f.length <= 4 ? 0.2 : f.length <= 8 ? -0.5 : -2;
    case 'valueType':
      if (f.comparator) return 3;
      if (f.number) return 1;
      return f.placeholder ? 0 : -3;
    case 'weight':
      return f.number ? 3 : -4;
  }
}
