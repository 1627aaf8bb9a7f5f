// A stated year-on-year percentage follows from the stated change and this year's figure: last year's
// figure is this year's − the change, so the percentage is change ÷ (this year − change), rounded to
// the decimals printed (2024: 154.46 ÷ (6,563.63 − 154.46) = 2.41%). Checked for every change the
// text states with its percentage — income, expenditure, 机关运行经费, 收入支出总计, each class and
// item — wherever this year's figure is stated with it or earlier for the same subject.

import { Decimal } from '../../core/decimal.js';
import { convertMoney } from '../../core/money.js';
import { money, signed } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { previousFigure, statedChanges, subjectKey } from '../text/support/changes.js';
import type { StatedChange } from '../text/support/changes.js';
import { textPieces } from '../text/support/pieces.js';
import type { TextRole } from '../text/support/pieces.js';
import { phraseLines } from '../text/support/text-finding.js';

const HUNDRED = Decimal.from('100');
const ROLES: readonly TextRole[] = ['paragraph', 'target', 'form', 'table-note'];

const PLACE: Partial<Record<TextRole, string>> = {
  paragraph: '部门预算说明',
  form: '申报表',
  target: '绩效目标',
};

function finding(c: StatedChange): FindingDraft | null {
  const pct = c.percent;
  const previous = previousFigure(c);
  if (!pct || !c.amount || !c.current || previous === null) return null;
  const current = convertMoney(c.current.value, c.current.unit, c.amount.unit);
  const scale = pct.value.scale;
  const label = subjectKey(c.subject) || '';
  const quote = `${PLACE[c.piece.role] ?? '说明'}“${c.piece.text.slice(c.clauseStart, c.end)}”`;
  const lines = [
    ...new Set([
      ...phraseLines(c.piece, pct.start, pct.end),
      ...phraseLines(c.piece, c.amount.start, c.amount.end),
      ...phraseLines(c.piece, c.current.start, c.current.end),
    ]),
  ];
  if (previous.isNegative() || previous.isZero()) {
    return {
      message: `${quote}：上年数 ${money(current)} − ${money(c.amount.value)} = ${money(previous)}，不能作为百分比的基数，所印百分比 ${pct.text}% 无从成立`,
      lines,
      found: `${pct.text}%`,
      expected: '（上年数为零或负，无百分比）',
    };
  }
  const expected = c.amount.value.mul(HUNDRED).div(previous, scale);
  if (!expected || expected.eq(pct.value)) return null;
  const diff = pct.value.sub(expected);
  return {
    message: `${quote}：${label}增减 ${money(c.amount.value)} ÷ (${money(current)} ${c.direction === 'down' ? '+' : '−'} ${money(c.amount.value)}) = ${expected.toFixed(scale)}%，所印百分比 ${pct.value.toFixed(scale)}% 相差 ${signed(diff)}`,
    lines,
    found: `${pct.value.toFixed(scale)}%`,
    expected: `${expected.toFixed(scale)}%`,
    difference: signed(diff),
  };
}

export const changePercent = defineRule({
  id: 'narrative-change-percent',
  title: '增减百分比应等于增减额除以上年数',
  category: 'narrative',
  severity: 'error',
  rationale:
    '说明中的“较去年增加X万元，上升Y%”里，上年数 = 本年数 − 增减额，Y = 增减额 ÷ 上年数 × 100%，按说明所印的小数位四舍五入，精确比较不设容差；不符说明增减额、百分比或本年数有误。每一处写明增减额和百分比的同比都核对（收入、支出、机关运行经费、收入支出总计、各类科目等），本年数取同一分句中增减额之前的金额，或前文为同一事项写明的金额。上年数为零或负时百分比无从成立。',
  appliesTo: ['department-budget', 'key-projects', 'declaration-forms'],
  example: {
    defect: '“收入预算6563.63万元……增加154.46万元，上升2.35%”',
    message:
      '部门预算说明“收入较去年增加154.46万元，上升2.35%”：收入增减 154.46 ÷ (6,563.63 − 154.46) = 2.41%，所印百分比 2.35% 相差 -0.06',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const piece of textPieces(doc)) {
      if (!ROLES.includes(piece.role)) continue;
      for (const c of statedChanges(piece)) {
        const f = finding(c);
        if (f) out.push(f);
      }
    }
    return out;
  },
});
