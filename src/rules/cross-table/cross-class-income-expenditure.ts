// 部门收入总表 ↔ 部门支出总表, class by class: when nothing is carried into next year or distributed
// (收支总表 结余分配 and 结转下年 blank), every functional row's income (合计, which includes 上年结转)
// is spent in the year, so it equals the same row's 总计 in 支出总表.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, balanceTable, departmentOf, entry, isNil } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { equalFinding, isFinding, term } from '../sum-finding.js';
import { codeLabel, rowsByCode, unionCodes } from './class-rows.js';

function findings(doc: DepartmentBudgetDocument): FindingDraft[] {
  const summary = balanceTable(doc, 'summary');
  const col = summary?.columns.expenditure[0]?.key;
  if (!summary || !col) return [];
  const carried = ['结余分配', '结转下年'].some(
    (k) => !isNil(entry(summary, 'expenditure', k)?.amounts[col]),
  );
  const income = amountTable(doc, 'income');
  const expenditure = amountTable(doc, 'expenditure');
  if (carried || !income || !expenditure) return [];
  const skipLines = unreadableLines(doc);
  const inRows = rowsByCode(income);
  const outRows = rowsByCode(expenditure);
  return unionCodes(income, expenditure)
    .map((code) => {
      const i = inRows.get(code);
      const e = outRows.get(code);
      return equalFinding({
        table: expenditure.name,
        found: term(e?.amounts['total'] ?? null, e?.source.line ?? null),
        foundLabel: `${expenditure.name} ${codeLabel(code, e ?? i)} 总计`,
        expected: term(i?.amounts['total'] ?? null, i?.source.line ?? null),
        expectedLabel: `${income.name} 同科目 合计`,
        skipLines,
      });
    })
    .filter(isFinding);
}

export const crossClassIncomeExpenditure = defineRule({
  id: 'cross-class-income-expenditure',
  title: '表间：收入总表与支出总表按功能科目逐行一致',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '收入总表和支出总表按同一功能分类列示。部门收支总表没有结余分配和结转下年时，各科目的收入（含上年结转）当年全部安排支出，收入总表每一科目行（及合计）的“合计”应等于支出总表同一科目行的“总计”；科目只在一张表中出现也视为不一致。有结转下年或结余分配时不作此项比较。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '支出总表“2010302 一般行政管理事务”总计 1,161.57，收入总表同科目合计 1,161.75',
    message:
      '部门支出总表 2010302 一般行政管理事务 总计 1,161.57 ≠ 部门收入总表 同科目 合计 1,161.75，相差 -0.18',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? findings(d) : [];
  },
});
