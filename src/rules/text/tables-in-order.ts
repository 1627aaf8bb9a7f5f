// The standard tables are printed in the template's order (湖南：一、部门收支总表 … 十、部门整体支出绩效
// 目标表). A table printed before one that the template puts ahead of it is out of place.

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { tabledOf } from '../../core/model/access.js';
import { templateOf } from '../templates.js';

export const tablesInOrder = defineRule({
  id: 'text-tables-in-order',
  title: '文字：各表按模板规定的顺序排列',
  category: 'text',
  severity: 'warning',
  rationale:
    '公开模板规定了各表的顺序和编号（湖南十张表、上海九张表），读者和审核者按编号查找。表的顺序颠倒不改变数字，但不符合公开格式，且常伴随目录或编号错误，为警告。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  example: {
    defect: '“2024年部门支出总体情况表”印在“2024年部门收入总体情况表”之前',
    message: '第3张表“部门支出总表”（第157行）印在第2张表“部门收入总表”（第174行）之前，模板顺序为先2后3',
  },
  check(doc) {
    const d = tabledOf(doc);
    const template = d ? templateOf(d) : null;
    if (!d || !template) return [];
    const printed = template.tables
      .map((t) => ({ t, table: d.tables[t.id] }))
      .filter((x) => x.table !== undefined)
      .map((x) => ({ no: x.t.no, name: x.t.name, line: x.table?.title.source.line ?? 0 }))
      .sort((a, b) => a.line - b.line);
    const out: FindingDraft[] = [];
    for (let i = 1; i < printed.length; i++) {
      const before = printed[i - 1];
      const after = printed[i];
      if (!before || !after || before.no < after.no) continue;
      out.push({
        message: `第${before.no}张表“${before.name}”（第${before.line}行）印在第${after.no}张表“${after.name}”（第${after.line}行）之前，模板顺序为先${after.no}后${before.no}`,
        lines: [before.line, after.line],
        table: before.name,
        found: `第${before.no}张在第${after.no}张之前`,
        expected: `第${after.no}张在第${before.no}张之前`,
      });
    }
    return out;
  },
});
