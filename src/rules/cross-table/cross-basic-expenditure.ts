// 一般公共预算支出表 ↔ 一般公共预算基本支出表 ↔ 部门支出总表: the general budget's 基本支出 is broken
// down by economic class in the 基本支出表, so their 合计 agree. When all of the department's income is
// 一般公共预算拨款 (no other income, no fund, no carry-over), the department's 基本支出 and 项目支出 in
// 支出总表 are the general budget's too, and must agree with 一般公共预算支出表.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, departmentOf, totalRow } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { equalFinding, isFinding, term } from '../sum-finding.js';
import { allIncomeIsGeneralBudget, generalMatchesExpenditure } from './general-budget.js';

function findings(doc: DepartmentBudgetDocument): FindingDraft[] {
  const general = amountTable(doc, 'general-expenditure');
  const generalTotal = totalRow(general);
  if (!general || !generalTotal) return [];
  const skipLines = unreadableLines(doc);
  const out: (FindingDraft | null)[] = [];
  const basic = amountTable(doc, 'basic-expenditure');
  const basicTotal = totalRow(basic);
  if (basic && basicTotal) {
    out.push(
      equalFinding({
        table: basic.name,
        found: term(basicTotal.amounts['total'] ?? null, basicTotal.source.line),
        foundLabel: `${basic.name} 合计 总计`,
        expected: term(generalTotal.amounts['basic'] ?? null, generalTotal.source.line),
        expectedLabel: `${general.name} 合计 基本支出`,
        skipLines,
      }),
    );
  }
  const expenditure = amountTable(doc, 'expenditure');
  const expenditureTotal = totalRow(expenditure);
  if (expenditure && expenditureTotal && allIncomeIsGeneralBudget(doc)) {
    out.push(
      ...generalMatchesExpenditure(
        [general, generalTotal, '合计'],
        [expenditure, expenditureTotal, '合计'],
        skipLines,
      ),
    );
  }
  return out.filter(isFinding);
}

export const crossBasicExpenditure = defineRule({
  id: 'cross-basic-expenditure',
  title: '表间：基本支出在一般公共预算支出表、基本支出表和支出总表一致',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '一般公共预算基本支出表是一般公共预算支出表中“基本支出”按经济分类的展开，两表合计应相等。部门收入全部为一般公共预算拨款（无其他收入、无政府性基金和国有资本经营预算拨款、无上年结转）时，部门支出总表的基本支出、项目支出也全部是一般公共预算支出，应与一般公共预算支出表合计行相等；有其他资金来源时不作此项比较。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '基本支出表合计总计 5,401.88，一般公共预算支出表合计基本支出 5,410.88',
    message:
      '一般公共预算基本支出表 合计 总计 5,401.88 ≠ 一般公共预算支出表 合计 基本支出 5,410.88，相差 -9.00',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? findings(d) : [];
  },
});
