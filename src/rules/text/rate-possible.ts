// Rates that cannot be: a share (占X%) above 100%, a completion rate against a budget of zero
// ("年初预算为0…完成年初预算的95.89%") or without a budget stated for it, and a completion rate that does
// not follow from the budget and the spending stated before it (决算 ÷ 预算, to the decimals printed).

import { Decimal } from '../../core/decimal.js';
import { toHalfWidth } from '../../core/text.js';
import { money, signed } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { budgetFinalComparisons } from './support/budget-final.js';
import { textPieces } from './support/pieces.js';
import type { TextPiece, TextRole } from './support/pieces.js';
import { excerpt, phraseFinding, placeOf } from './support/text-finding.js';

const HUNDRED = Decimal.from('100');
const N = String.raw`\d[\d,]*(?:\.\d+)?`;
/** 占X%, 占比X%, 占…的X%, 比重为X%. */
const SHARE = new RegExp(
  String.raw`(?:占(?:[^,。;%\d]{0,20}?的)?(?:比重?|比例)?|比重|占比)(?:为|是|达)?(?<n>${N})%`,
  'dg',
);
const RATE = new RegExp(String.raw`完成(?:了)?(?:年初|全年|调整)?预算的(?<n>${N})%`, 'dg');
const ROLES: readonly TextRole[] = ['paragraph', 'table-note', 'form'];

function shareFindings(piece: TextPiece, form: string): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const m of form.matchAll(SHARE)) {
    const value = Decimal.parse(m.groups?.['n'] ?? '');
    if (!value || value.cmp(HUNDRED) <= 0) continue;
    out.push(
      phraseFinding(piece, m.index, m.index + m[0].length, {
        message: `${placeOf(piece)}“${excerpt(piece.text, m.index, m.index + m[0].length)}”：部分占整体的比例不能超过100%`,
        found: `${m.groups?.['n'] ?? ''}%`,
        expected: '不超过100%',
      }),
    );
  }
  return out;
}

function completionFindings(piece: TextPiece, form: string): FindingDraft[] {
  const out: FindingDraft[] = [];
  const covered = new Set<number>();
  for (const c of budgetFinalComparisons(piece)) {
    const rate = c.rate;
    if (!rate) continue;
    covered.add(rate.phraseStart);
    const lines = phraseFinding(piece, c.budget.start, rate.end, { message: '' }).lines;
    const where = `${placeOf(piece)}“${piece.text.slice(c.start, rate.end + 1)}”`;
    if (c.budget.value.isZero()) {
      const f: FindingDraft = {
        ...phraseFinding(piece, rate.phraseStart, rate.end + 1, {
          message: `${where}：年初预算为 0，完成预算的百分比无从计算${c.final.value.isZero() ? '（0 ÷ 0）' : `（决算 ${money(c.final.value)} ÷ 0）`}，应说明预算为零的原因，不写完成率`,
          found: `${rate.text}`,
          expected: '（预算为零，无完成率）',
        }),
        lines,
      };
      if (c.final.value.isZero()) f.severity = 'warning';
      out.push(f);
      continue;
    }
    const scale = rate.value.scale;
    const expected = c.final.value.mul(HUNDRED).div(c.budget.value, scale);
    if (!expected || expected.eq(rate.value)) continue;
    out.push({
      ...phraseFinding(piece, rate.phraseStart, rate.end + 1, {
        message: `${where}：决算 ${money(c.final.value)} ÷ 年初预算 ${money(c.budget.value)} = ${expected.toFixed(scale)}%，所印 ${rate.value.toFixed(scale)}% 相差 ${signed(rate.value.sub(expected))}`,
        found: `${rate.value.toFixed(scale)}%`,
        expected: `${expected.toFixed(scale)}%`,
        difference: signed(rate.value.sub(expected)),
      }),
      lines,
    });
  }
  for (const m of form.matchAll(RATE)) {
    if (covered.has(m.index)) continue;
    out.push({
      ...phraseFinding(piece, m.index, m.index + m[0].length, {
        message: `${placeOf(piece)}“${excerpt(piece.text, m.index, m.index + m[0].length)}”写了完成率，但前文没有写明该项的预算数，完成率无从核对`,
        found: m[0],
        expected: '先写明年初预算数',
      }),
      severity: 'warning',
    });
  }
  return out;
}

export const ratePossible = defineRule({
  id: 'text-rate-possible',
  title: '文字：占比不超过100%，完成率有非零的预算基数且与所列数一致',
  category: 'text',
  severity: 'error',
  rationale:
    '“占X%”是部分占整体的比例，不能超过100%。“完成年初预算的X%”以年初预算为分母：年初预算为0时完成率无从计算（决算也为0时为警告），应改为说明预算为零的原因；写了完成率却没有写该项的预算数，无从核对，为警告；预算数和决算数都写明时，完成率应等于决算 ÷ 预算，按所印小数位四舍五入，精确比较。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts', 'key-projects', 'declaration-forms'],
  example: {
    defect: '“年初预算为0万元，支出决算为307.82万元，完成年初预算的95.89%”',
    message:
      '说明“年初预算为0万元，支出决算为307.82万元，完成年初预算的95.89%”：年初预算为 0，完成预算的百分比无从计算（决算 307.82 ÷ 0），应说明预算为零的原因，不写完成率',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const piece of textPieces(doc)) {
      if (!ROLES.includes(piece.role)) continue;
      const form = toHalfWidth(piece.text);
      out.push(...shareFindings(piece, form), ...completionFindings(piece, form));
    }
    return out;
  },
});
