// A stated total of a declaration form against the sum of the parts printed with it, e.g. 项目资金申请
// 合计 = 市级 + 省级 + 中央 + 县级. Blank parts count as zero; a form whose total and parts are all
// blank says nothing and gives no finding. The total's line comes first, then the parts' lines.

import { Decimal } from '../../core/decimal.js';
import type { Amount } from '../../core/model/common.js';
import { checkSum, money, signed } from '../compare.js';
import type { FindingDraft } from '../rule.js';

export interface FormSum {
  /** "项目“驻京联络维稳工作组”项目资金申请 本年度申请资金". */
  subject: string;
  total: Amount | null;
  totalLabel: string;
  totalLine: number;
  parts: readonly { label: string; amount: Amount | null }[];
}

export function formSumFinding(s: FormSum): FindingDraft | null {
  const stated = s.parts.filter((p) => p.amount !== null);
  if (!s.total && stated.length === 0) return null;
  const check = checkSum(
    s.total?.value ?? Decimal.ZERO,
    stated.map((p) => p.amount?.value),
  );
  if (check.ok) return null;
  const terms =
    stated.map((p) => `${p.label} ${money(p.amount?.value ?? Decimal.ZERO)}`).join(' + ') || '各分项（均空）';
  const lines = [
    s.total?.source.line ?? s.totalLine,
    ...stated.map((p) => p.amount?.source.line ?? s.totalLine),
  ];
  return {
    message: `${s.subject}：${s.totalLabel} ${s.total ? money(s.total.value) : '（空）'} ≠ ${terms} = ${money(check.sum)}，相差 ${signed(check.difference)}`,
    lines: lines.filter((l, i) => lines.indexOf(l) === i),
    found: money(check.total),
    expected: money(check.sum),
    difference: signed(check.difference),
  };
}
