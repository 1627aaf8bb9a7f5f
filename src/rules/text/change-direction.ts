// The direction words of every stated change agree with each other and with the figures: the
// amount's word and the percentage's (增加…上升, not 减少…上升), 持平 only with no change, an increase
// no larger than this year's figure (a budget of 0 cannot have grown by 5万元), and a comparison of
// 决算 with 预算 ("决算数小于预算数") that follows from the two figures stated before it.

import type { BudgetDocument } from '../../core/model/document.js';
import { toHalfWidth } from '../../core/text.js';
import { money } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { budgetFinalComparisons } from './support/budget-final.js';
import { previousFigure, statedChanges } from './support/changes.js';
import type { StatedChange } from './support/changes.js';
import { textPieces } from './support/pieces.js';
import type { TextPiece, TextRole } from './support/pieces.js';
import { phraseFinding, placeOf } from './support/text-finding.js';

const ROLES: readonly TextRole[] = ['paragraph', 'target', 'form', 'table-note'];

function quote(c: StatedChange): string {
  return c.piece.text.slice(c.clauseStart, c.end);
}

function changeFindings(c: StatedChange): FindingDraft[] {
  const out: FindingDraft[] = [];
  const at = (fields: Omit<FindingDraft, 'lines'>): FindingDraft =>
    phraseFinding(c.piece, c.start, c.end, fields);
  const where = `${placeOf(c.piece)}“${quote(c)}”`;
  const pct = c.percent;
  if (c.direction !== 'flat' && pct && pct.direction !== 'flat' && pct.direction !== c.direction) {
    // Pointed at the direction word: the phrase may start on the line before (a wrapped PDF line).
    const word = c.piece.text.indexOf(c.word, c.start);
    out.push(
      phraseFinding(c.piece, word >= c.start && word < c.end ? word : c.start, c.end, {
        message: `${where}：增减额写“${c.word}”，百分比写“${pct.word}”，方向矛盾`,
        found: `${c.word}…${pct.word}`,
        expected: c.direction === 'up' ? `${c.word}…上升` : `${c.word}…下降`,
      }),
    );
  }
  if (c.direction === 'flat') {
    const moved = [c.amount, pct].find((f) => f && !f.value.isZero());
    if (moved)
      out.push(
        at({
          message: `${where}：写“${c.word}”却有增减 ${moved.text}${moved === pct ? '%' : ''}`,
          found: `${c.word} ${moved.text}`,
          expected: '持平时增减为零',
        }),
      );
  }
  const previous = previousFigure(c);
  if (c.direction === 'up' && c.amount && c.current && previous?.isNegative()) {
    out.push({
      ...at({
        message: `${where}：本年数 ${money(c.current.value)} 小于增加额 ${money(c.amount.value)}，上年数将为 ${money(previous)}，不可能`,
        found: money(c.amount.value),
        expected: `不超过 ${money(c.current.value)}`,
      }),
      lines: [...new Set([...at({ message: '' }).lines, lineOfCurrent(c)])],
    });
  }
  return out;
}

function lineOfCurrent(c: StatedChange): number {
  return (
    phraseFinding(c.piece, c.current?.start ?? c.start, c.current?.end ?? c.end, { message: '' }).lines[0] ??
    0
  );
}

function budgetFinalFindings(piece: TextPiece): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const b of budgetFinalComparisons(piece)) {
    if (!b.relation) continue;
    const diff = b.final.value.sub(b.budget.value);
    const actual = diff.isZero() ? 'equal' : diff.isNegative() ? 'less' : 'greater';
    if (actual === b.relation.meaning) continue;
    const word = actual === 'equal' ? '等于' : actual === 'less' ? '小于' : '大于';
    const f = phraseFinding(piece, b.relation.start, b.relation.end, {
      message: `${placeOf(piece)}“${b.relation.text}”与所列数不符：年初预算 ${money(b.budget.value)}，决算 ${money(b.final.value)}，决算数${word}预算数`,
      lines: phraseFinding(piece, b.budget.start, b.final.end, { message: '' }).lines,
      found: b.relation.text,
      expected: `决算数${word}预算数`,
      difference: money(diff),
    });
    // 基本持平 admits a small difference in words; it is not an equality.
    if (b.relation.approximate) f.severity = 'warning';
    out.push(f);
  }
  return out;
}

/** "财政拨款收入支出减少的主要原因": the direction of the reason agrees with the changes of the subject. */
const REASON = /([\u4e00-\u9fff“”]{2,20}?)(增加|增长|上升|减少|下降)的主要原因/g;

function reasonFindings(piece: TextPiece, changes: readonly StatedChange[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  const form = toHalfWidth(piece.text);
  for (const m of form.matchAll(REASON)) {
    const subject = (m[1] ?? '').replace(/^.*(?:的|是|,)/, '');
    const word = m[2] ?? '';
    const subjects = subject.endsWith('收入支出')
      ? [subject.replace(/收入支出$/, '收入'), subject.replace(/收入支出$/, '支出')]
      : [subject];
    const stated = changes.filter(
      (c) => c.direction !== 'flat' && subjects.some((s) => c.subject.startsWith(s) || s === c.subject),
    );
    const wrong = stated.filter((c) => (c.direction === 'up') !== ['增加', '增长', '上升'].includes(word));
    if (wrong.length === 0) continue;
    out.push(
      phraseFinding(piece, m.index, m.index + m[0].length, {
        message: `${placeOf(piece)}“${piece.text.slice(m.index, m.index + m[0].length)}”与前文所述“${wrong.map(quote).join('”“')}”的方向不一致`,
        lines: wrong.map((c) => phraseFinding(c.piece, c.start, c.end, { message: '' }).lines[0] ?? 0),
        found: word,
        expected: wrong[0]?.word ?? '',
        severity: 'warning',
      }),
    );
  }
  return out;
}

export const changeDirection = defineRule({
  id: 'text-change-direction',
  title: '文字：增减方向用词应与所列数字一致（增加/减少、上升/下降、持平、大于/小于）',
  category: 'text',
  severity: 'error',
  rationale:
    '每一处同比增减都要自洽：增减额的“增加/减少”与百分比的“上升/下降”方向相同；“持平”时增减额和百分比为零；增加额不能超过本年数（本年为0不可能“比上年增加”）；决算说明中“决算数大于/小于/等于预算数”要与前面所列年初预算数和决算数的大小一致（“基本持平”而两数不等为警告）。“……增加的主要原因”与前文该项的增减方向不一致为警告。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts', 'key-projects', 'declaration-forms'],
  example: {
    defect: '“收入较去年减少154.46万元，上升2.41%”',
    message: '说明“收入较去年减少154.46万元，上升2.41%”：增减额写“减少”，百分比写“上升”，方向矛盾',
  },
  check(doc: BudgetDocument) {
    const out: FindingDraft[] = [];
    const bySection = new Map<string, StatedChange[]>();
    for (const piece of textPieces(doc)) {
      if (!ROLES.includes(piece.role)) continue;
      const changes = statedChanges(piece);
      for (const c of changes) out.push(...changeFindings(c));
      out.push(...budgetFinalFindings(piece));
      const key = piece.section ?? `${piece.role}:${piece.source.line}`;
      const earlier = bySection.get(key) ?? [];
      earlier.push(...changes);
      bySection.set(key, earlier);
      out.push(...reasonFindings(piece, earlier));
    }
    return out;
  },
});
