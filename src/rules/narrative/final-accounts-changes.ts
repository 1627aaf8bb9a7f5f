// The final accounts' explanation states changes on the year before as an amount and a per cent
// ("收入支出总计减少56.95万元，下降1.87%"): the per cent is the change over the year before's figure
// (this year's less the change), at the decimals printed.

import { tabledOf } from '../../core/model/access.js';
import type { TabledDocument } from '../../core/model/document.js';
import type { FactKey } from '../../core/model/narrative.js';
import { money, signed } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { factOf, percent } from '../support/stated.js';

const CHANGES: readonly { total: FactKey; change: FactKey; pct: FactKey; what: string }[] = [
  { total: 'all.total', change: 'all.change', pct: 'all.changePct', what: '收入支出总计' },
  { total: 'fiscal.total', change: 'fiscal.change', pct: 'fiscal.changePct', what: '财政拨款收入支出总计' },
  {
    total: 'general.total',
    change: 'general.change',
    pct: 'general.changePct',
    what: '一般公共预算财政拨款支出',
  },
  {
    total: 'operating.total',
    change: 'operating.change',
    pct: 'operating.changePct',
    what: '机关运行经费支出',
  },
];

function changeFinding(doc: TabledDocument, c: (typeof CHANGES)[number]): FindingDraft | null {
  const total = factOf(doc, c.total);
  const change = factOf(doc, c.change);
  const pct = factOf(doc, c.pct);
  if (!total || !change || !pct) return null;
  const previous = total.value.sub(change.value);
  const lines = [...new Set([pct.source.line, change.source.line, total.source.line])];
  if (previous.isNegative() || (previous.isZero() && !change.value.isZero())) {
    return {
      message: `情况说明中${c.what} ${money(total.value)} 万元、变动 ${signed(change.value)} 万元，推得上年数 ${money(previous)} 万元，变动幅度 ${pct.value.toString()}% 无从成立`,
      lines,
      found: `${pct.value.toString()}%`,
    };
  }
  const expected = percent(change.value, previous, pct.value.scale);
  if (!expected || expected.eq(pct.value)) return null;
  return {
    message: `情况说明中${c.what}变动 ${signed(change.value)} 万元，上年数 ${money(previous)} 万元（${money(total.value)} − ${signed(change.value)}），应为 ${expected.toString()}%，说明写 ${pct.value.toString()}%`,
    lines,
    found: `${pct.value.toString()}%`,
    expected: `${expected.toString()}%`,
    difference: `${pct.value.sub(expected).toString()}%`,
  };
}

export const finalAccountsChanges = defineRule({
  id: 'final-accounts-changes',
  title: '决算情况说明：增减幅度与增减额一致',
  category: 'narrative',
  severity: 'error',
  rationale:
    '情况说明对收入支出总计、财政拨款收入支出总计、一般公共预算财政拨款支出、机关运行经费写明与上年相比的增减额和增减幅度：上年数 = 本年数 − 增减额，幅度 = 增减额 ÷ 上年数 × 100%，按说明所印的小数位四舍五入后必须与所写幅度一致；持平即增减额和幅度均为零。',
  appliesTo: ['final-accounts'],
  example: {
    defect: '“收入支出总计减少56.95万元，下降1.78%”（本年 2995.39 万元）',
    message:
      '情况说明中收入支出总计变动 -56.95 万元，上年数 3,052.34 万元（2,995.39 − -56.95），应为 -1.87%，说明写 -1.78%',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    return CHANGES.map((c) => changeFinding(d, c)).filter((f): f is FindingDraft => f !== null);
  },
});
