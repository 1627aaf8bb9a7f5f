// Classification tables: each 类 row equals the sum of its 款 rows, each 款 row the sum of its 项 rows
// (functional tables), each economic 类 (301) the sum of its 款 (30101…), and 合计 the sum of the 类
// rows — in every amount column. A row without child rows is not judged (nothing to add up).

import type { AmountRow, AmountTable } from '../../core/model/tables.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { templateById } from '../../core/templates/registry.js';
import type { Template } from '../../core/templates/template.js';
import { amountTables, tabledOf } from '../../core/model/access.js';
import { rowLabel, unreadableLines } from '../support/labels.js';
import { roundingAllowance, sumFinding, term } from '../sum-finding.js';

/** Level names as printed in the tables' headers. */
function levelName(table: AmountTable, row: AmountRow): string {
  if (row.kind === 'class') return '类';
  if (row.kind === 'section') return '款';
  return table.classification === 'economic' ? '款' : '项';
}

/** The child rows of a row: the next level down, sharing its code as prefix. */
function children(table: AmountTable, row: AmountRow): AmountRow[] {
  // A table with several totals (人员经费合计, 公用经费合计) says by name what each adds up: not judged here.
  if (row.kind === 'total')
    return table.rows.filter((r) => r.kind === 'total').length > 1
      ? []
      : table.rows.filter((r) => r.kind === 'class');
  const code = row.code;
  if (!code) return [];
  const childKind = row.kind === 'class' && table.classification === 'functional' ? 'section' : 'item';
  if (row.kind !== 'class' && row.kind !== 'section') return [];
  return table.rows.filter(
    (r) => r.kind === childKind && r.code !== null && r.code.startsWith(code) && r.code !== code,
  );
}

function tableFindings(table: AmountTable, template: Template, skipLines: Set<number>): FindingDraft[] {
  if (table.classification !== 'functional' && table.classification !== 'economic') return [];
  const out: FindingDraft[] = [];
  const rounding = (n: number) => roundingAllowance(template, n);
  for (const row of table.rows) {
    const kids = children(table, row);
    const first = kids[0];
    if (!first) continue;
    const label = row.kind === 'total' ? row.name : `${levelName(table, row)} ${rowLabel(row)}`;
    for (const c of table.columns) {
      const f = sumFinding({
        table: table.name,
        total: term(row.amounts[c.key] ?? null, row.source.line),
        totalLabel: `${label}（${c.label}）`,
        parts: kids.map((k) => term(k.amounts[c.key] ?? null, k.source.line)),
        partsLabel: `其下各${levelName(table, first)}之和`,
        skipLines,
        ...(rounding(kids.length) ? { rounding: rounding(kids.length) } : {}),
      });
      if (f) out.push(f);
    }
  }
  return out;
}

export const classificationSubtotals = defineRule({
  id: 'classification-subtotals',
  title: '分类表：类、款等于其下级之和，合计等于各类之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '按功能分类列示的收入总表、支出总表、一般公共预算支出表、政府性基金预算支出表中，每个“类”等于其下各“款”之和，每个“款”等于其下各“项”之和，“合计”等于各“类”之和；一般公共预算基本支出表中每个经济分类“类”（301、302、303…）等于其下各“款”之和，“合计”等于各类之和。各金额列分别成立，按两位小数精确比较。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  example: {
    defect:
      '支出总表“201 一般公共服务支出”基本支出 5,401.88，其下“03 政府办公厅（室）及相关机构事务”基本支出 5,401.80',
    message: '部门支出总表：类 201 一般公共服务支出（基本支出） 5,401.88 ≠ 其下各款之和 5,401.80，相差 +0.08',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const template = templateById(d.template);
    const skipLines = unreadableLines(d);
    return amountTables(d).flatMap((t) => tableFindings(t, template, skipLines));
  },
});
