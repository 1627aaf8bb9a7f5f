// Figures printed in two tables agree, as the template pairs them: Shanghai's statement 收入总计 and the
// income table's 合计, the fiscal statement's columns and the three budget tables by fund, the general
// budget's 基本支出 and the basic-expenditure table; the final accounts' statement and its income and
// expenditure tables, the fiscal statement and the statement's fiscal income, 人员经费合计 + 公用经费合计
// and the general budget's 基本支出.

import { Decimal } from '../../core/decimal.js';
import { tabledOf } from '../../core/model/access.js';
import { templateById } from '../../core/templates/registry.js';
import type { Template } from '../../core/templates/template.js';
import { checkSum, money, signed } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { unreadableLines } from '../support/labels.js';
import { locatedTerm, templatesWith } from '../support/template-figures.js';
import type { LocatedTerm } from '../support/template-figures.js';
import { roundingAllowance } from '../sum-finding.js';

const sumOf = (terms: readonly LocatedTerm[]) =>
  Decimal.sum(terms.map((t) => t.term.amount?.value ?? Decimal.ZERO));
const labelOf = (terms: readonly LocatedTerm[]) => terms.map((t) => t.label).join(' + ');
const shownSum = (terms: readonly LocatedTerm[]) =>
  terms.length === 1 && !terms[0]?.term.amount ? '（空）' : money(sumOf(terms));

export const templateAgreements = defineRule({
  id: 'template-agreements',
  title: '表间一致：模板规定相等的各表数字一致',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '同一数字在不同表中列示时必须一致。上海预算：财务收支预算总表的收入总计、财政拨款收入与收入预算总表合计一致，支出总计与支出预算总表合计一致；财政拨款收支预算总表的一般公共预算、政府性基金、国有资本经营预算支出分别与三张功能分类预算表的合计一致；一般公共预算支出功能分类预算表的基本支出合计与基本支出经济分类预算表的合计一致。部门决算：收入支出决算总表的本年收入合计、本年支出合计与收入决算表、支出决算表的合计一致；财政拨款收入与财政拨款收入支出决算总表一致；一般公共预算财政拨款支出与其支出决算表一致；人员经费合计 + 公用经费合计等于一般公共预算财政拨款基本支出。以元列示的表精确比较；由元四舍五入到万元的部门决算，尾差范围内的差额列为提示。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  templates: templatesWith((t: Template) => (t.agreements?.length ?? 0) > 0),
  example: {
    defect: '部门支出预算总表“合计 91,016,775.35”，部门财务收支预算总表“支出总计 91,016,757.35”',
    message:
      '部门财务收支预算总表 支出总计 91,016,757.35 ≠ 部门支出预算总表 合计（合计） 91,016,775.35，相差 -18.00',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const template = templateById(d.template);
    const skip = unreadableLines(d);
    const out: FindingDraft[] = [];
    for (const agreement of template.agreements ?? []) {
      const a = agreement.a.map((l) => locatedTerm(d, l));
      const b = agreement.b.map((l) => locatedTerm(d, l));
      if (a.some((x) => !x) || b.some((x) => !x)) continue;
      const as = a.filter((x): x is LocatedTerm => x !== undefined);
      const bs = b.filter((x): x is LocatedTerm => x !== undefined);
      if ([...as, ...bs].every((x) => !x.term.amount)) continue;
      if ([...as, ...bs].some((x) => x.term.line !== null && skip.has(x.term.line))) continue;
      const check = checkSum(sumOf(as), [sumOf(bs)]);
      if (check.ok) continue;
      const rounding = roundingAllowance(template, as.length + bs.length);
      const rounded = rounding !== undefined && check.difference.abs().cmp(rounding) <= 0;
      const lines = [...as, ...bs].flatMap((x) => (x.term.line === null ? [] : [x.term.line]));
      const f: FindingDraft = {
        message:
          `${labelOf(as)} ${shownSum(as)} ≠ ${labelOf(bs)} ${shownSum(bs)}，相差 ${signed(check.difference)}` +
          (rounded ? `（在各数由元四舍五入到万元的尾差范围 ±${money(rounding)} 内）` : ''),
        lines: [...new Set(lines)],
        table: as[0]?.table ?? '',
        found: money(check.total),
        expected: money(check.sum),
        difference: signed(check.difference),
      };
      if (rounded) f.severity = 'info';
      out.push(f);
    }
    return out;
  },
});
