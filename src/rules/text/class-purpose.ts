// What a functional item is said to be for agrees with its name: 住房公积金 is for housing, not
// medical insurance ("住房公积金（项）。主要用于：事业单位医疗保险支出"). The items of the three personnel
// families — housing (住房改革支出), medical (行政事业单位医疗), pensions (行政事业单位养老支出) — are
// told apart by their words; a purpose that speaks only of another family's is a finding.

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { namePaths } from './support/class-names.js';
import { textPieces } from './support/pieces.js';
import type { TextRole } from './support/pieces.js';
import { phraseFinding, placeOf } from './support/text-finding.js';

interface Family {
  name: string;
  /** Item or 款 names of the family. */
  items: RegExp;
  /** Words a purpose of the family uses. */
  words: RegExp;
}

const FAMILIES: readonly Family[] = [
  { name: '住房保障', items: /住房公积金|提租补贴|购房补贴|住房改革/, words: /住房|公积金|购房|租/ },
  { name: '医疗保障', items: /医疗/, words: /医疗|医保|就医/ },
  { name: '养老保障', items: /养老|年金|离退休|离休|退休/, words: /养老|年金|离退休|离休|退休/ },
];

const ROLES: readonly TextRole[] = ['paragraph', 'table-note', 'form'];

export const classPurpose = defineRule({
  id: 'text-class-purpose',
  title: '文字：科目的用途说明与科目名称相符（住房公积金不写成医疗保险）',
  category: 'text',
  severity: 'error',
  rationale:
    '说明逐项写“××（项）。主要用于：……”时，用途应与科目相符。人员经费的三类保障科目最易写混：住房改革支出（住房公积金、提租补贴、购房补贴）、行政事业单位医疗、行政事业单位养老支出（离退休、基本养老保险缴费、职业年金）。用途只提到另一类保障、未提本类，说明套用了别的科目的文字。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts', 'declaration-forms'],
  example: {
    defect: '“住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：事业单位医疗保险支出。”',
    message: '说明“住房公积金”的用途写作“事业单位医疗保险支出”，属于医疗保障，不是住房保障的用途',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const piece of textPieces(doc)) {
      if (!ROLES.includes(piece.role)) continue;
      for (const path of namePaths(piece.text)) {
        const item = path.names[path.names.length - 1];
        const purpose = path.purpose;
        if (!item || !purpose) continue;
        const own = FAMILIES.find((f) => f.items.test(item.name));
        if (!own || own.words.test(purpose.name)) continue;
        const other = FAMILIES.find((f) => f !== own && f.words.test(purpose.name));
        if (!other) continue;
        out.push(
          phraseFinding(piece, purpose.start, purpose.end, {
            message: `${placeOf(piece)}“${item.name}”的用途写作“${purpose.name}”，属于${other.name}，不是${own.name}的用途`,
            lines: phraseFinding(piece, item.start, item.end, { message: '' }).lines,
            found: purpose.name,
            expected: `${own.name}的用途`,
          }),
        );
      }
    }
    return out;
  },
});
