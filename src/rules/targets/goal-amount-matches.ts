// An amount the goal text gives as the target's money ("对外联络协调、合作交流经费83.66万元") agrees with
// its 资金总额 (103.66). Only amounts introduced as the funds (经费, 资金, 预算, 总额, 安排…) are read:
// "分别给予3万元、2万元" in a subsidy's goal is a standard per person, not the project's money.

import { Decimal } from '../../core/decimal.js';
import { toHalfWidth } from '../../core/text.js';
import { money, signed } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { targetFinding, targetLabel, targetViews } from './target-view.js';

const FUNDS =
  /(?:经费|资金|预算|总额|金额|总投入|投入|共计|合计|安排)(?:为|约|共|总计|合计|共计)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*万元/g;

/** Amounts in 万元 that the text introduces as funds. */
export function fundsInText(text: string): { value: Decimal; phrase: string }[] {
  const out: { value: Decimal; phrase: string }[] = [];
  for (const m of toHalfWidth(text).replace(/\s+/g, '').matchAll(FUNDS)) {
    const d = m[1] ? Decimal.parse(m[1]) : null;
    if (d) out.push({ value: d, phrase: m[0] });
  }
  return out;
}

export const goalAmountMatches = defineRule({
  id: 'target-goal-amount-matches',
  title: '绩效目标中写明的金额应与资金总额一致',
  category: 'target',
  severity: 'error',
  rationale:
    '绩效目标文字中写明的项目经费（“……经费83.66万元”）应与表中的资金总额一致；不一致时，或资金总额、或目标文字有误。按人按项的补助标准不是项目经费，不比较。',
  appliesTo: ['department-budget', 'key-projects', 'declaration-forms'],
  example: {
    defect: '对外联络协调、合作交流经费资金总额103.66万元，绩效目标写“经费83.66万元”',
    message:
      '项目“对外联络协调、合作交流经费”的绩效目标写明“经费83.66万元”，资金总额为 103.66 万元，相差 -20.00',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      if (!v.goal || !v.amount) continue;
      for (const f of fundsInText(v.goal.value)) {
        const diff = f.value.sub(v.amount.value);
        if (diff.isZero()) continue;
        out.push(
          targetFinding(v, null, {
            message: `${targetLabel(v)}的绩效目标写明“${f.phrase}”，${v.amountLabel}为 ${money(v.amount.value)} 万元，相差 ${signed(diff)}`,
            lines: [v.goal.source.line, v.amount.source.line],
            found: money(f.value),
            expected: money(v.amount.value),
            difference: signed(diff),
          }),
        );
      }
    }
    return out;
  },
});
