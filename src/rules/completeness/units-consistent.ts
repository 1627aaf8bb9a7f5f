// The budget units named in 二、部门预算单位构成 are the units in the tables: every listed unit has a row
// in 部门整体支出绩效目标表, and every unit in the tables (项目支出绩效目标表 subtotals, 部门整体支出绩效目标表,
// “三公”经费表 rows) is listed. A department with only its own level (本级) lists the department itself.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, departmentOf, nameKey } from '../../core/model/access.js';

interface TableUnit {
  name: string;
  code: string | null;
  line: number;
  table: string;
}

function tableUnits(doc: DepartmentBudgetDocument): TableUnit[] {
  const out: TableUnit[] = [];
  const projectTable = doc.tables['project-targets']?.name ?? '项目支出绩效目标表';
  const unitTable = doc.tables['unit-targets']?.name ?? '部门整体支出绩效目标表';
  for (const s of doc.projectTargetUnits)
    out.push({ name: s.name, code: s.code, line: s.source.line, table: projectTable });
  for (const u of doc.unitTargets)
    out.push({
      name: u.unitName ?? u.name.value,
      code: u.unitCode,
      line: u.name.source.line,
      table: unitTable,
    });
  const three = amountTable(doc, 'three-public');
  for (const r of three?.rows ?? [])
    if (r.kind === 'unit')
      out.push({ name: r.name, code: null, line: r.source.line, table: three?.name ?? '' });
  return out;
}

function findings(doc: DepartmentBudgetDocument): FindingDraft[] {
  const n = doc.narrative;
  const section = n.sections.find((s) => s.key === 'units');
  const listed = n.unitsListed.length
    ? n.unitsListed.map((u) => ({ name: u.value, line: u.source.line }))
    : n.onlyOwnLevel && doc.department
      ? [{ name: doc.department.value, line: section?.heading.source.line ?? doc.department.source.line }]
      : [];
  if (listed.length === 0) return [];
  const listedKeys = new Set(listed.map((u) => nameKey(u.name)));
  const out: FindingDraft[] = [];
  const inTables = tableUnits(doc);
  const reported = new Set<string>();
  for (const u of inTables) {
    const k = nameKey(u.name);
    if (listedKeys.has(k) || reported.has(`${u.table}|${k}`)) continue;
    // The 三公 table may print the department as a whole on one row.
    if (doc.department && k === nameKey(doc.department.value) && !u.code) continue;
    reported.add(`${u.table}|${k}`);
    out.push({
      message: `${u.table}列有单位“${u.code ? `${u.code} ` : ''}${u.name}”，但“二、部门预算单位构成”未列该单位（列有：${listed.map((x) => x.name).join('、')}）`,
      lines: [u.line, ...listed.map((x) => x.line)].filter((l, i, a) => a.indexOf(l) === i),
      table: u.table,
      unit: u.code ?? u.name,
    });
  }
  if (doc.unitTargets.length > 0) {
    const unitTable = doc.tables['unit-targets']?.name ?? '部门整体支出绩效目标表';
    const covered = new Set(doc.unitTargets.map((u) => nameKey(u.unitName ?? u.name.value)));
    for (const u of listed) {
      if (covered.has(nameKey(u.name))) continue;
      out.push({
        message: `“二、部门预算单位构成”列有单位“${u.name}”，但${unitTable}没有该单位`,
        lines: [u.line],
        table: unitTable,
        unit: u.name,
      });
    }
  }
  return out;
}

export const unitsConsistent = defineRule({
  id: 'units-consistent',
  title: '完整性：预算单位构成与各表所列单位一致',
  category: 'completeness',
  severity: 'warning',
  rationale:
    '“二、部门预算单位构成”列出纳入部门预算的全部单位；部门整体支出绩效目标表应逐一列示这些单位，项目支出绩效目标表、“三公”经费表中出现的单位也应在其中。只有本级的部门以部门自身为唯一单位。名称比较时忽略空白和“本级”字样。单位不一致说明说明部分与报表口径不同，需人工核实，故为警告。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect:
      '单位构成只列“长沙市人民政府办公厅”“长沙市人民政府驻深圳办事处”，整体支出绩效目标表还有“104006 长沙市人民政府驻上海联络处”',
    message:
      '部门整体支出绩效目标表列有单位“104006 长沙市人民政府驻上海联络处”，但“二、部门预算单位构成”未列该单位（列有：长沙市人民政府办公厅、长沙市人民政府驻深圳办事处）',
  },
  check(doc) {
    const d = departmentOf(doc);
    return d ? findings(d) : [];
  },
});
