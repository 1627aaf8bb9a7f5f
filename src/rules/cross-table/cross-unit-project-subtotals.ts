// 部门整体支出绩效目标表 ↔ 项目支出绩效目标表: each unit's 项目支出 in the whole-unit table equals that
// unit's subtotal row in the project table (matched by unit code).

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { departmentOf, isNil } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { equalFinding, isFinding, term } from '../sum-finding.js';

function findings(doc: DepartmentBudgetDocument): FindingDraft[] {
  if (doc.projectTargetUnits.length === 0) return [];
  const unitTable = doc.tables['unit-targets']?.name ?? '部门整体支出绩效目标表';
  const projectTable = doc.tables['project-targets']?.name ?? '项目支出绩效目标表';
  const skipLines = unreadableLines(doc);
  return doc.unitTargets
    .map((u): FindingDraft | null => {
      if (!u.unitCode) return null;
      const sub = doc.projectTargetUnits.find((s) => s.code === u.unitCode);
      const project = u.funding['project'] ?? null;
      if (!sub && isNil(project)) return null;
      const f = equalFinding({
        table: unitTable,
        found: term(project, u.name.source.line),
        foundLabel: `${unitTable} ${u.unitCode} ${u.unitName ?? u.name.value} 项目支出`,
        expected: term(sub?.amount ?? null, sub?.source.line ?? null),
        expectedLabel: `${projectTable} 该单位小计`,
        skipLines,
      });
      return f ? { ...f, unit: u.unitCode } : null;
    })
    .filter(isFinding);
}

export const crossUnitProjectSubtotals = defineRule({
  id: 'cross-unit-project-subtotals',
  title: '表间：各单位项目支出与项目支出绩效目标表的单位小计一致',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '部门整体支出绩效目标表中每个单位按支出性质列示的“项目支出”，应等于项目支出绩效目标表中该单位（按单位编码对应）的小计行；单位在项目表中没有小计而整体表列有项目支出，也视为不一致。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '整体表“104004 … 项目支出 243.44”，项目表“104004 长沙市人民政府驻深圳办事处 234.44”',
    message:
      '部门整体支出绩效目标表 104004 长沙市人民政府驻深圳办事处 项目支出 243.44 ≠ 项目支出绩效目标表 该单位小计 234.44，相差 +9.00',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? findings(d) : [];
  },
});
