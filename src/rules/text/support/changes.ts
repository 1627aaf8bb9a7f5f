// Every year-on-year change a text states, read the same way for every template: "收入较去年增加
// 154.46万元，上升2.41%", "比上年预算增加4.50万元", "与2023年度相比，收入支出总计减少56.95万元，下降
// 1.87%", "比2024年预算持平". With it, the figure the change is relative to when the text states it:
// the amount just before ("585.91万元，比上年…") or the last amount stated for the same subject
// ("2024年本部门收入预算6563.63万元 … 收入较去年增加").

import { Decimal } from '../../../core/decimal.js';
import { convertMoney } from '../../../core/money.js';
import { toHalfWidth } from '../../../core/text.js';
import type { MoneyUnit } from '../../../core/vocabulary.js';
import type { TextPiece } from './pieces.js';
import { perObject } from '../../support/memo.js';

export type Direction = 'up' | 'down' | 'flat';

const UP_WORDS = ['增加', '增长', '上升', '提高', '增幅'];
const DOWN_WORDS = ['减少', '下降', '降低', '降幅', '减幅'];

export function directionOf(word: string): Direction {
  if (UP_WORDS.some((w) => word.startsWith(w))) return 'up';
  if (DOWN_WORDS.some((w) => word.startsWith(w))) return 'down';
  return 'flat';
}

/** A figure as printed in a text, with its offset in the piece. */
export interface StatedFigure {
  value: Decimal;
  /** As printed, e.g. "6563.63", "2,389.52". */
  text: string;
  start: number;
  end: number;
}

export interface StatedAmount extends StatedFigure {
  unit: MoneyUnit;
}

export interface StatedChange {
  piece: TextPiece;
  /** The whole phrase, from the comparison word (较/比/与) to the percentage. */
  start: number;
  end: number;
  /** The direction word before the amount, as printed (增加, 减少, 持平 …). */
  word: string;
  direction: Direction;
  amount: StatedAmount | null;
  /** The percentage after it ("上升2.41%"): its own word and direction. */
  percent: (StatedFigure & { word: string; direction: Direction }) | null;
  /** Where the sentence part naming what changed starts ("收入较去年…", "机关运行经费585.91万元，比…"). */
  clauseStart: number;
  /** What changed, as printed before the comparison or after 相比 ("收入", "收入支出总计"); may be ''. */
  subject: string;
  /** This year's figure the change is relative to, when the text states it. */
  current: (StatedAmount & { subject: string }) | null;
}

const N = String.raw`\d[\d,]*(?:\.\d+)?`;
const UNIT = '万元|元|亿元';
const WORD = '增加|增长|上升|提高|减少|下降|降低|基本持平|持平';
const PCT_WORD = '上升|增长|增加|提高|下降|减少|降低|增幅为?|降幅为?|减幅为?';
const PERIOD = String.raw`(?:上年度?|去年|上一年度?|20\d{2}年度?)(?:同期)?(?:预算|决算)?数?(?:相比|比较)?`;
const CHANGE = new RegExp(
  String.raw`(?<cmp>(?:较|比|与|同|相对于)${PERIOD}),?(?<subj>[^,。;:!?\d]{0,24}?)` +
    String.raw`(?<word>${WORD})了?(?:(?<amt>${N})(?<unit>${UNIT}|%)?)?` +
    String.raw`(?:,?(?<pword>${PCT_WORD})了?(?<pct>${N})%)?`,
  'dg',
);
/** The clause before the comparison ends with an amount: "585.91万元，比上年…". */
const ATTACHED = new RegExp(String.raw`(?<amt>${N})(?<unit>${UNIT}),?$`);
/** Words that are not part of a subject: years, 本部门, 预算 and the like around it. */
const SUBJECT_NOISE = /^(?:20\d{2}年度?)?(?:本部门|本单位|我部门|我单位)?|(?:预算|决算)?数?(?:为|是)?$/g;

function moneyUnit(text: string | undefined): MoneyUnit {
  return text === '元' ? '元' : text === '亿元' ? '亿元' : '万元';
}

function figure(text: string, start: number): StatedFigure | null {
  const value = Decimal.parse(text);
  return value ? { value, text, start, end: start + text.length } : null;
}

/** The subject's core words: year, 本部门 and trailing 预算/数 removed. */
export function subjectKey(subject: string): string {
  return subject.replace(SUBJECT_NOISE, '');
}

/**
 * The first "subject … N万元" before `before` in the text (N within a few words of the subject): the
 * headline figure a paragraph opens with ("2024年本部门支出预算6563.63万元，其中：一般公共服务支出…").
 */
function amountOfSubject(
  form: string,
  subject: string,
  before: number,
): (StatedAmount & { subject: string }) | null {
  const key = subjectKey(subject);
  if (key.length < 2) return null;
  // Quotes are optional: “三公”经费 is also printed 三公经费.
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/["“”]/g, '["“”]?');
  const re = new RegExp(String.raw`${escaped}[^,。;:\d较比与增减持上下]{0,8}?(${N})(${UNIT})`, 'dg');
  for (const m of form.slice(0, before).matchAll(re)) {
    const [s] = m.indices?.[1] ?? [];
    const f = s === undefined ? null : figure(m[1] ?? '', s);
    if (f) return { ...f, unit: moneyUnit(m[2]), subject: key };
  }
  return null;
}

/** The noun an amount is stated for: the words of its clause before it, after the last 的 or 其中. */
function clauseSubject(form: string, amountStart: number): string {
  const clause =
    form
      .slice(0, amountStart)
      .split(/[,。;:]/)
      .pop() ?? '';
  return subjectKey(clause.replace(/^.*(?:的|其中)/, '').replace(/(?:为|是|共计|合计)$/, ''));
}

/** The changes stated in a piece of text, in order. */
function statedChangesUncached(piece: TextPiece): StatedChange[] {
  const form = toHalfWidth(piece.text);
  const out: StatedChange[] = [];
  for (const m of form.matchAll(CHANGE)) {
    const g = m.groups ?? {};
    const idx = m.indices?.groups ?? {};
    const word = g['word'] ?? '';
    let amount: StatedAmount | null = null;
    let percent: StatedChange['percent'] = null;
    const amtAt = idx['amt']?.[0];
    if (g['amt'] && amtAt !== undefined) {
      const f = figure(g['amt'], amtAt);
      // "增长5%" with no amount: the figure is the percentage.
      if (f && g['unit'] === '%') percent = { ...f, word, direction: directionOf(word) };
      else if (f && g['unit']) amount = { ...f, unit: moneyUnit(g['unit']) };
    }
    const pctAt = idx['pct']?.[0];
    if (g['pct'] && pctAt !== undefined && g['pword']) {
      const f = figure(g['pct'], pctAt);
      if (f) percent = { ...f, word: g['pword'], direction: directionOf(g['pword']) };
    }
    // The subject: after 相比 when named there, else the words of the clause before the comparison.
    const clauseStart =
      Math.max(form.lastIndexOf(',', m.index - 1), form.lastIndexOf('。', m.index - 1), -1) + 1;
    const before = form.slice(clauseStart, m.index);
    let subject = (g['subj'] ?? '').trim() || before;
    const sliceStart = Math.max(0, m.index - 24);
    const attached = form.charAt(m.index - 1) === ',' ? ATTACHED.exec(form.slice(sliceStart, m.index)) : null;
    let current: StatedChange['current'] = null;
    let quoteStart = clauseStart;
    if (attached?.groups?.['amt']) {
      const f = figure(attached.groups['amt'], sliceStart + attached.index);
      if (f) {
        subject = clauseSubject(form, f.start);
        quoteStart = Math.max(form.slice(0, f.start).search(/[^,。;:]*$/), f.start - subject.length);
        current = { ...f, unit: moneyUnit(attached.groups['unit']), subject };
      }
    } else {
      current = amountOfSubject(form, subject, clauseStart);
    }
    out.push({
      piece,
      start: m.index,
      end: m.index + m[0].length,
      clauseStart: quoteStart,
      word,
      direction: directionOf(word),
      amount,
      percent,
      subject,
      current,
    });
  }
  return out;
}

/** The previous figure a change implies (this year's figure less the signed change), in the change's unit. */
export function previousFigure(c: StatedChange): Decimal | null {
  if (!c.current || !c.amount) return null;
  const current = convertMoney(c.current.value, c.current.unit, c.amount.unit);
  const signed = c.direction === 'down' ? c.amount.value.neg() : c.amount.value;
  return current.sub(signed);
}

/** statedChanges, computed once per document and shared by the rules that read it. */
export const statedChanges = perObject(statedChangesUncached);
