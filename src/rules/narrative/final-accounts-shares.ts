// The final accounts' explanation states shares (占 X%) and completion rates (完成年初预算的 X%): each is
// its figure over the whole it names, at the decimals printed — a part of 本年收入合计 or 本年支出合计, the
// general budget's share of 本年支出合计 and its classes' shares of it, the general budget and 三公
// against their budgets.

import { Decimal } from '../../core/decimal.js';
import { tabledOf } from '../../core/model/access.js';
import type { TabledDocument } from '../../core/model/document.js';
import type { NarrativeFact } from '../../core/model/narrative.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { factOf, factsOf, percent } from '../support/stated.js';

function shareFinding(
  stated: { value: Decimal; line: number; text: string } | undefined,
  part: Decimal | undefined,
  whole: NarrativeFact | { value: Decimal; source: { line: number } } | undefined,
  what: string,
): FindingDraft | null {
  if (!stated || part === undefined || !whole) return null;
  const expected = percent(part, whole.value, stated.value.scale);
  if (!expected || expected.eq(stated.value)) return null;
  return {
    message: `情况说明中${what}写 ${stated.value.toString()}%（“${stated.text}”），按所列金额应为 ${expected.toString()}%`,
    lines: [...new Set([stated.line, whole.source.line])],
    found: `${stated.value.toString()}%`,
    expected: `${expected.toString()}%`,
    difference: `${stated.value.sub(expected).toString()}%`,
  };
}

const asStated = (f: NarrativeFact | undefined) =>
  f ? { value: f.value, line: f.source.line, text: f.text } : undefined;

function findings(doc: TabledDocument): (FindingDraft | null)[] {
  const out: (FindingDraft | null)[] = [];
  const partsOf = (
    amountKey: 'income.part' | 'expenditure.part',
    shareKey: 'income.partShare' | 'expenditure.partShare',
    total: NarrativeFact | undefined,
    whole: string,
  ) => {
    for (const share of factsOf(doc, shareKey)) {
      const part = factsOf(doc, amountKey).find((p) => p.qualifier === share.qualifier);
      out.push(shareFinding(asStated(share), part?.value, total, `${share.qualifier ?? ''}占${whole}的比重`));
    }
  };
  partsOf('income.part', 'income.partShare', factOf(doc, 'income.total'), '本年收入合计');
  partsOf('expenditure.part', 'expenditure.partShare', factOf(doc, 'expenditure.total'), '本年支出合计');
  const general = factOf(doc, 'general.total');
  out.push(
    shareFinding(
      asStated(factOf(doc, 'general.share')),
      general?.value,
      factOf(doc, 'expenditure.total'),
      '一般公共预算财政拨款支出占本年支出合计的比重',
    ),
  );
  for (const c of doc.narrative.classAmounts.filter((x) => x.scope === 'general' && x.share !== null)) {
    const share = c.share ?? Decimal.ZERO;
    out.push(
      shareFinding(
        { value: share, line: c.source.line, text: `${c.name}（类）…占${share.toString()}%` },
        c.amount,
        general,
        `${c.name}（类）占一般公共预算财政拨款支出的比重`,
      ),
    );
  }
  const budget = factOf(doc, 'general.budget');
  out.push(
    shareFinding(
      asStated(factOf(doc, 'general.completionPct')),
      factOf(doc, 'general.final')?.value,
      budget,
      '一般公共预算财政拨款支出完成年初预算的比例',
    ),
  );
  const threeBudget = factOf(doc, 'threePublic.budget');
  out.push(
    shareFinding(
      asStated(factOf(doc, 'threePublic.completionPct')),
      factOf(doc, 'threePublic.total')?.value,
      threeBudget,
      '“三公”经费完成预算的比例',
    ),
  );
  return out;
}

export const finalAccountsShares = defineRule({
  id: 'final-accounts-shares',
  title: '决算情况说明：占比、完成率与所述金额一致',
  category: 'narrative',
  severity: 'error',
  rationale:
    '情况说明中的“占X%”“完成年初预算的X%”由所述金额算出：各项收入占本年收入合计、各项支出占本年支出合计、一般公共预算财政拨款支出占本年支出合计、各类支出占一般公共预算财政拨款支出、决算数占年初预算数。按说明所印的小数位四舍五入后必须与所写一致。',
  appliesTo: ['final-accounts'],
  example: {
    defect: '“一般公共服务支出（类）2106.66万元，占71.73%”（一般公共预算财政拨款支出 2940.05 万元）',
    message:
      '情况说明中一般公共服务支出（类）占一般公共预算财政拨款支出的比重写 71.73%（“一般公共服务支出（类）…占71.73%”），按所列金额应为 71.65%',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    return findings(d).filter((f): f is FindingDraft => f !== null);
  },
});
