// 项目支出绩效目标表 ↔ 部门收支总表: every project has performance targets, so the target table's 合计
// equals the department's 项目支出 (部门收支总表; 部门支出总表's 合计 row when the former is absent).

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, balanceTable, departmentOf, entry, totalRow } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { equalFinding, term } from '../sum-finding.js';
import type { Term } from '../sum-finding.js';

export function departmentProject(doc: DepartmentBudgetDocument): { term: Term; label: string } | null {
  const summary = balanceTable(doc, 'summary');
  const col = summary?.columns.expenditure[0]?.key;
  const e = entry(summary, 'expenditure', '项目支出');
  if (summary && col && e)
    return { term: term(e.amounts[col] ?? null, e.source.line), label: `${summary.name} 项目支出` };
  const ex = amountTable(doc, 'expenditure');
  const t = totalRow(ex);
  if (ex && t)
    return { term: term(t.amounts['project'] ?? null, t.source.line), label: `${ex.name} 合计 项目支出` };
  return null;
}

function findings(doc: DepartmentBudgetDocument): FindingDraft[] {
  const table = doc.tables['project-targets'];
  if (table?.shape !== 'targets') return [];
  const project = departmentProject(doc);
  if (!project) return [];
  const f = equalFinding({
    table: table.name,
    found: term(table.total, table.title.source.line),
    foundLabel: `${table.name} 合计`,
    expected: project.term,
    expectedLabel: project.label,
    skipLines: unreadableLines(doc),
  });
  return f ? [f] : [];
}

export const crossProjectTargetsTotal = defineRule({
  id: 'cross-project-targets-total',
  title: '表间：项目支出绩效目标表合计等于部门项目支出',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '部门所有项目支出都实行绩效目标管理，项目支出绩效目标表的“合计”应等于部门收支总表的项目支出（无收支总表时用部门支出总表合计行的项目支出）。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '项目支出绩效目标表“合计⇥⇥1,116.75”，部门项目支出 1,161.75',
    message: '项目支出绩效目标表 合计 1,116.75 ≠ 部门收支总表 项目支出 1,161.75，相差 -45.00',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? findings(d) : [];
  },
});
