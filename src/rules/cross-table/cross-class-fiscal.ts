// 部门收入总表 ↔ 一般公共预算支出表 + 政府性基金预算支出表, class by class: when no fiscal money is carried
// over and there is no 国有资本经营预算, each functional row's 本级财政拨款 income equals what the two
// fiscal expenditure tables spend on that row. When all income is 一般公共预算拨款, 支出总表's 基本支出 and
// 项目支出 on each row equal 一般公共预算支出表's.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { Amount } from '../../core/model/common.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, balanceTable, departmentOf, entry, isNil } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { isFinding, sumFinding, term } from '../sum-finding.js';
import { allIncomeIsGeneralBudget, generalMatchesExpenditure } from './general-budget.js';
import { codeLabel, rowsByCode, unionCodes } from './class-rows.js';

function noCarryOrStateCapital(doc: DepartmentBudgetDocument): boolean {
  const fiscal = balanceTable(doc, 'fiscal-summary');
  const icol = fiscal?.columns.income[0]?.key;
  if (!fiscal || !icol) return false;
  return (
    isNil(entry(fiscal, 'income', '上年结转')?.amounts[icol]) &&
    isNil(entry(fiscal, 'income', '国有资本经营预算拨款收入')?.amounts[icol]) &&
    isNil(entry(fiscal, 'expenditure', '结转下年')?.amounts['total'])
  );
}

function findings(doc: DepartmentBudgetDocument): FindingDraft[] {
  const income = amountTable(doc, 'income');
  const general = amountTable(doc, 'general-expenditure');
  const fund = amountTable(doc, 'fund-expenditure');
  if (!income || !general) return [];
  const skipLines = unreadableLines(doc);
  const out: (FindingDraft | null)[] = [];
  const inRows = rowsByCode(income);
  const genRows = rowsByCode(general);
  const fundRows = rowsByCode(fund);
  if (noCarryOrStateCapital(doc)) {
    for (const code of unionCodes(income, general, fund)) {
      const i = inRows.get(code);
      const g = genRows.get(code);
      const f = fundRows.get(code);
      const parts: (Amount | null)[] = [g?.amounts['total'] ?? null, f?.amounts['total'] ?? null];
      // A fund table printed empty has a single row of zeros: it contributes nothing.
      if (!i && parts.every((p) => isNil(p))) continue;
      out.push(
        sumFinding({
          table: income.name,
          total: term(i?.amounts['fiscal'] ?? null, i?.source.line ?? null),
          totalLabel: `${codeLabel(code, i ?? g ?? f)} 本级财政拨款`,
          parts: [
            term(parts[0] ?? null, g?.source.line ?? null),
            term(parts[1] ?? null, f?.source.line ?? null),
          ],
          partsLabel: `${general.name}与${fund?.name ?? '政府性基金预算支出表'}同科目总计之和`,
          skipLines,
        }),
      );
    }
  }
  const expenditure = amountTable(doc, 'expenditure');
  if (expenditure && allIncomeIsGeneralBudget(doc)) {
    const exRows = rowsByCode(expenditure);
    for (const code of unionCodes(expenditure, general)) {
      const e = exRows.get(code);
      const g = genRows.get(code);
      out.push(
        ...generalMatchesExpenditure(
          [general, g, codeLabel(code, g ?? e)],
          [expenditure, e, '同科目'],
          skipLines,
        ),
      );
    }
  }
  return out.filter(isFinding);
}

export const crossClassFiscal = defineRule({
  id: 'cross-class-fiscal',
  title: '表间：财政拨款收入与一般公共预算、政府性基金支出按功能科目逐行一致',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '没有财政拨款上年结转、结转下年和国有资本经营预算时，收入总表每一科目行（及合计）的“本级财政拨款”等于一般公共预算支出表与政府性基金预算支出表同一科目总计之和。部门收入全部为一般公共预算拨款时，支出总表每一科目行的基本支出、项目支出也等于一般公共预算支出表同一科目行。不满足前提时不作相应比较。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '收入总表“2010301 行政运行”本级财政拨款 5,401.88，一般公共预算支出表同科目总计 5,410.88',
    message:
      '部门收入总表：2010301 行政运行 本级财政拨款 5,401.88 ≠ 一般公共预算支出表与政府性基金预算支出表同科目总计之和 5,410.88，相差 -9.00',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? findings(d) : [];
  },
});
