// 项目支出绩效目标表: each unit's subtotal row (104001 长沙市人民政府办公厅 795.80) equals the sum of that
// unit's projects' 资金总额, and the 合计 row equals the sum of the unit subtotals (or of the projects
// when the table prints no subtotals).

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { departmentOf } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { sumFinding, term } from '../sum-finding.js';

const NAME = '项目支出绩效目标表';

function findings(doc: DepartmentBudgetDocument): FindingDraft[] {
  const table = doc.tables['project-targets'];
  const name = table?.name ?? NAME;
  const skipLines = unreadableLines(doc);
  const out: FindingDraft[] = [];
  for (const unit of doc.projectTargetUnits) {
    const projects = doc.projectTargets.filter((p) => p.unitCode === unit.code);
    const f = sumFinding({
      table: name,
      total: term(unit.amount, unit.source.line),
      totalLabel: `${unit.code} ${unit.name} 小计`,
      parts: projects.map((p) => term(p.amount, p.name.source.line)),
      partsLabel: '该单位各项目资金总额之和',
      skipLines,
    });
    if (f) out.push({ ...f, unit: unit.code });
  }
  if (table?.shape === 'targets' && table.total) {
    const bySubtotal = doc.projectTargetUnits.length > 0;
    const f = sumFinding({
      table: name,
      total: term(table.total),
      totalLabel: '合计',
      parts: bySubtotal
        ? doc.projectTargetUnits.map((u) => term(u.amount, u.source.line))
        : doc.projectTargets.map((p) => term(p.amount, p.name.source.line)),
      partsLabel: bySubtotal ? '各单位小计之和' : '各项目资金总额之和',
      skipLines,
    });
    if (f) out.push(f);
  }
  return out;
}

export const projectTargetsSubtotals = defineRule({
  id: 'project-targets-subtotals',
  title: '项目支出绩效目标表：单位小计等于其项目之和，合计等于各单位之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '项目支出绩效目标表先列合计，再按单位列小计行和该单位的各个项目。每个单位的小计等于其项目资金总额之和，合计等于各单位小计之和。跨页重复打印的项目只计一次。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“104006⇥长沙市人民政府驻上海联络处⇥131.51”，其项目为 103.66 与 27.58',
    message:
      '项目支出绩效目标表：104006 长沙市人民政府驻上海联络处 小计 131.51 ≠ 该单位各项目资金总额之和 131.24，相差 +0.27',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? findings(d) : [];
  },
});
