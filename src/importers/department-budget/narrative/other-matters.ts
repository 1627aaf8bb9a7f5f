// The items of 六、其他重要事项的情况说明: 机关运行经费, “三公”经费, 一般性支出, 政府采购, 国有资产,
// 预算绩效目标. An item is recognised by its title words after a numbering mark ("（二）“三公”经费预算："),
// not by its number, since documents renumber or omit items. Each item keeps the paragraphs up to the next.

import type { OtherMatterKey } from '../../../core/model/narrative.js';
import { concatTexts, lineAt, matchForm } from './located-text.js';
import type { LocatedText } from './located-text.js';
import type { Paragraph } from './paragraphs.js';

export interface OtherMatterItem {
  key: OtherMatterKey;
  /** The line the item's title is printed on. */
  line: number;
  /** The item's paragraphs as one text (paragraphs separated by a newline). */
  body: LocatedText;
}

const ITEM_MARK = /^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d+[.、](?!\d))/;

/** Title words per item, tried in order on the words right after the numbering mark. */
const TITLE_WORDS: readonly { key: OtherMatterKey; re: RegExp }[] = [
  { key: 'operating', re: /机关运行经费/ },
  { key: 'threePublic', re: /三公["”]?经费/ },
  { key: 'generalSpending', re: /一般性支出/ },
  { key: 'procurement', re: /政府采购/ },
  { key: 'assets', re: /国有资产|资产占用|资产配置/ },
  { key: 'performance', re: /绩效目标/ },
];

function itemKey(p: Paragraph): OtherMatterKey | null {
  const f = matchForm(p.body);
  const mark = ITEM_MARK.exec(f);
  if (!mark) return null;
  // The title ends at the first colon; a title line without one is short.
  const rest = f.slice(mark[0].length);
  const colon = rest.search(/[:]/);
  const title = colon >= 0 ? rest.slice(0, colon) : rest.slice(0, 24);
  return TITLE_WORDS.find((w) => w.re.test(title))?.key ?? null;
}

/** Cuts the paragraphs of section 六 into its items; paragraphs before the first item are ignored. */
export function splitOtherMatters(paragraphs: readonly Paragraph[]): OtherMatterItem[] {
  const items: { key: OtherMatterKey; line: number; parts: LocatedText[] }[] = [];
  for (const p of paragraphs) {
    if (p.kind === 'caption') continue;
    const key = itemKey(p);
    if (key && !items.some((i) => i.key === key)) {
      items.push({ key, line: lineAt(p.body, 0), parts: [p.body] });
      continue;
    }
    items[items.length - 1]?.parts.push(p.body);
  }
  return items.map((i) => ({ key: i.key, line: i.line, body: concatTexts(i.parts) }));
}
