// 二、部门预算单位构成: the budget units the department lists, as printed. Units come as a numbered
// list ("1. 长沙市人民政府办公厅"), or in one sentence ("预算单位包括：A、B"), or the section says the
// department has only its own level ("…只有本级，没有其他二级预算单位…"), in which case that is its unit.

import type { Located } from '../../../core/source.js';
import { compact } from '../../../core/text.js';
import type { SourceLine } from '../../lines.js';
import { lineAt, matchForm } from './located-text.js';
import type { Paragraph } from './paragraphs.js';

export interface UnitsReading {
  unitsListed: Located<string>[];
  onlyOwnLevel: boolean;
}

const LIST_ITEM = /^(?:\d+[.、]|\(\d+\))(?!\d)/;
const SENTENCE_PUNCT = /[。,;:!?]/;
const ONLY_OWN_LEVEL = /(?:只有|仅有|仅含|只含)本级|(?:没有|无)(?:其他|其它)?(?:二级|下属|所属)(?:预算)?单位/;
/** The own level named in the sentence: "…范围的只有长沙市人民政府驻北京联络处本级". */
const OWN_NAME_AFTER = /(?:只有|仅有|仅含|只含|仅)(?<name>[^,;。:]{2,40}?)本级/d;
/** …or before it: "长沙市人民政府驻北京联络处部门只有本级". */
const OWN_NAME_BEFORE =
  /^(?:\([一二三四五六七八九十\d]+\))?(?<name>[^,;。:]{2,40}?)(?:部门|单位)?(?:只有|仅有|仅含|只含)本级/d;
const LISTED_IN_SENTENCE = /预算单位(?:包括|有|为)[:]?(?<list>[^。\n]+)/d;

function located(p: Paragraph, start: number, end: number): Located<string> {
  return { value: p.body.text.slice(start, end), source: { line: lineAt(p.body, start) } };
}

export function readUnits(paragraphs: readonly Paragraph[]): UnitsReading {
  const listed: Located<string>[] = [];
  for (const p of paragraphs) {
    const f = matchForm(p.body);
    const mark = LIST_ITEM.exec(f);
    if (!mark) continue;
    const name = f.slice(mark[0].length);
    if (name.length >= 2 && name.length <= 40 && !SENTENCE_PUNCT.test(name)) {
      listed.push(located(p, mark[0].length, f.length));
    }
  }
  if (listed.length === 0) listed.push(...listedInSentence(paragraphs));
  const own = paragraphs.find((p) => ONLY_OWN_LEVEL.test(matchForm(p.body)));
  if (!own) return { unitsListed: listed, onlyOwnLevel: false };
  if (listed.length === 0) {
    const f = matchForm(own.body);
    const span =
      OWN_NAME_AFTER.exec(f)?.indices?.groups?.['name'] ?? OWN_NAME_BEFORE.exec(f)?.indices?.groups?.['name'];
    if (span) listed.push(located(own, span[0], span[1]));
  }
  return { unitsListed: listed, onlyOwnLevel: true };
}

/** "预算单位包括：A、B、C。" → A, B, C. */
function listedInSentence(paragraphs: readonly Paragraph[]): Located<string>[] {
  for (const p of paragraphs) {
    const f = matchForm(p.body);
    const m = LISTED_IN_SENTENCE.exec(f);
    const span = m?.indices?.groups?.['list'];
    if (!span) continue;
    const out: Located<string>[] = [];
    const re = /[^、,;]+/g;
    const list = f.slice(span[0], span[1]);
    for (let n = re.exec(list); n; n = re.exec(list)) {
      const name = n[0].replace(/等?(?:\d+个)?(?:单位)?$/, '');
      if (name.length >= 2) out.push(located(p, span[0] + n.index, span[0] + n.index + name.length));
    }
    if (out.length > 0) return out;
  }
  return [];
}

/**
 * The units a section lists as a table ("序号 | 单位名称 | 备注", as the final accounts print
 * 部门决算单位构成): the cells of the 单位名称 column, in order.
 */
export function readUnitsTable(lines: readonly SourceLine[]): Located<string>[] {
  const out: Located<string>[] = [];
  let column = -1;
  for (const line of lines) {
    if (!line.tabular) continue;
    const names = line.cells.map((c) => compact(c.text));
    const header = names.findIndex((n) => n === '单位名称' || n === '单位' || n === '预算单位');
    if (header >= 0) {
      column = header;
      continue;
    }
    const cell = column >= 0 ? line.cells[column] : undefined;
    if (cell && cell.text !== '' && /[\u4e00-\u9fff]/.test(cell.text))
      out.push({ value: cell.text, source: { line: line.no, column: cell.column } });
  }
  return out;
}
