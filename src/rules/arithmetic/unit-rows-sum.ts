// Tables whose rows are units (“三公”经费表): the 合计 row equals the sum of the unit rows, per column.

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, departmentOf, totalRow } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { sumFinding, term } from '../sum-finding.js';

export const unitRowsSum = defineRule({
  id: 'unit-rows-sum',
  title: '“三公”经费表：合计等于各单位之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '“三公”经费表按单位列示，合计行的每一列等于各单位行同列之和。按两位小数精确比较：各单位的数也是两位小数，相加没有舍入。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '合计“小计 13.00”，而各单位小计之和 13.18',
    message: '一般公共预算“三公”经费支出表：合计（小计） 13.00 ≠ 各单位之和 13.18，相差 -0.18',
  },
  check(doc) {
    const d = departmentOf(doc);
    const table = d && amountTable(d, 'three-public');
    const total = table ? totalRow(table) : null;
    if (!d || !table || !total || table.classification !== 'unit') return [];
    const units = table.rows.filter((r) => r.kind === 'unit');
    if (units.length === 0) return [];
    const skipLines = unreadableLines(d);
    const out: FindingDraft[] = [];
    for (const c of table.columns) {
      const f = sumFinding({
        table: table.name,
        total: term(total.amounts[c.key] ?? null, total.source.line),
        totalLabel: `${total.name}（${c.label.replace(/^其中[:：]/, '')}）`,
        parts: units.map((u) => term(u.amounts[c.key] ?? null, u.source.line)),
        partsLabel: '各单位之和',
        skipLines,
      });
      if (f) out.push(f);
    }
    return out;
  },
});
