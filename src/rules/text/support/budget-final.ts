// Final accounts compare what was spent with the budget item by item: "年初预算为135.90万元，支出决算为
// 135.25万元，完成年初预算的99.52%。决算数小于预算数的主要原因：…". This reads each such pair of
// figures, the relation word that follows it (大于/小于/等于/持平) and the completion rate stated with it.

import { Decimal } from '../../../core/decimal.js';
import { toHalfWidth } from '../../../core/text.js';
import type { StatedFigure } from './changes.js';
import type { TextPiece } from './pieces.js';

export type Relation = 'greater' | 'less' | 'equal';

export interface BudgetFinalComparison {
  /** Where the pair's wording starts ("年初预算为…"). */
  start: number;
  budget: StatedFigure;
  final: StatedFigure;
  /** "完成年初预算的98.20%", when stated with the pair. */
  rate: (StatedFigure & { text: string; phraseStart: number }) | null;
  relation: { text: string; meaning: Relation; approximate: boolean; start: number; end: number } | null;
}

const N = String.raw`\d[\d,]*(?:\.\d+)?`;
const PAIR = new RegExp(
  String.raw`(?:年初预算|全年预算|调整预算|预算)数?(?:为|是)?(?<b>${N})(?:万元|元)?[^。;]{0,24}?` +
    String.raw`(?:支出决算|决算支出|决算)数?(?:为|是)?(?<f>${N})(?:万元|元)?`,
  'dg',
);
const RATE = new RegExp(String.raw`^[^。;]{0,6}?完成(?:了)?(?:年初|全年|调整)?预算的(?<r>${N})%`, 'd');
const RELATION =
  /决算数?(?<w>大于|小于|等于|高于|低于|超过)预算数?|决算数?与(?:年初)?预算数?(?<a>基本)?(?<e>持平|相等|一致)/d;

function meaningOf(word: string): Relation {
  if (word === '大于' || word === '高于' || word === '超过') return 'greater';
  if (word === '小于' || word === '低于') return 'less';
  return 'equal';
}

function figure(text: string | undefined, start: number | undefined): StatedFigure | null {
  if (text === undefined || start === undefined) return null;
  const value = Decimal.parse(text);
  return value ? { value, text, start, end: start + text.length } : null;
}

/** Each 年初预算 / 决算 pair of a piece, with the rate and relation stated before the next pair. */
export function budgetFinalComparisons(piece: TextPiece): BudgetFinalComparison[] {
  const form = toHalfWidth(piece.text);
  const pairs = [...form.matchAll(PAIR)];
  const out: BudgetFinalComparison[] = [];
  pairs.forEach((m, i) => {
    const idx = m.indices?.groups ?? {};
    const budget = figure(m.groups?.['b'], idx['b']?.[0]);
    const final = figure(m.groups?.['f'], idx['f']?.[0]);
    if (!budget || !final) return;
    const end = m.index + m[0].length;
    const next = pairs[i + 1]?.index ?? form.length;
    const rest = form.slice(end, next);
    const r = RATE.exec(rest);
    const rStart = r?.indices?.groups?.['r']?.[0];
    const rateFigure = r && rStart !== undefined ? figure(r.groups?.['r'], end + rStart) : null;
    const phraseStart = r ? end + r.index + r[0].indexOf('完') : end;
    const rate =
      rateFigure && r
        ? { ...rateFigure, text: piece.text.slice(phraseStart, rateFigure.end + 1), phraseStart }
        : null;
    const rel = RELATION.exec(rest);
    const relation = rel
      ? {
          text: piece.text.slice(end + rel.index, end + rel.index + rel[0].length),
          meaning: meaningOf(rel.groups?.['w'] ?? '持平'),
          approximate: rel.groups?.['a'] !== undefined,
          start: end + rel.index,
          end: end + rel.index + rel[0].length,
        }
      : null;
    out.push({ start: m.index, budget, final, rate, relation });
  });
  return out;
}
