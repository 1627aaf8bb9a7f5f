// 六（六）预算绩效目标 states the amount under whole-department targets and its 基本支出 / 项目支出 parts.
// They equal the budget (部门收支总表: 本年支出合计, 基本支出, 项目支出) and, where the 部门整体支出绩效目标表
// is read, the sum of its units' 资金总额.

import { Decimal } from '../../core/decimal.js';
import type { FactKey } from '../../core/model/narrative.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { balanceTable, entry } from '../../core/model/access.js';
import { compareFact, compareFactWithCell, fact } from './narrative-facts.js';

const SUMMARY: readonly [FactKey, string][] = [
  ['targets.total', '本年支出合计'],
  ['targets.basic', '基本支出'],
  ['targets.project', '项目支出'],
];

export const performanceAmounts = defineRule({
  id: 'narrative-performance-amounts',
  title: '说明中纳入绩效目标管理的金额应与预算一致',
  category: 'narrative',
  severity: 'error',
  rationale:
    '“纳入部门整体支出绩效目标的金额为N万元，其中基本支出、项目支出……”应与部门收支总表的本年支出合计、基本支出、项目支出一致，也应等于部门整体支出绩效目标表各单位资金总额之和（所有支出实行绩效目标管理）。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '说明写“纳入2024年部门整体支出绩效目标的金额为6536.63万元”',
    message: '部门预算说明“金额为6536.63万元”与部门收支总表“本年支出合计” 6,563.63 万元 不一致，相差 -27.00',
  },
  check(doc) {
    if (doc.kind !== 'department-budget') return [];
    const out: FindingDraft[] = [];
    const summary = balanceTable(doc, 'summary');
    for (const [key, item] of SUMMARY) {
      const f = fact(doc, key);
      if (!f || !summary) continue;
      const d = compareFactWithCell({
        fact: f,
        row: entry(summary, 'expenditure', item),
        column: 'budget',
        expectedLabel: `部门收支总表“${item}”`,
        table: summary.name,
      });
      if (d) out.push(d);
    }
    const total = fact(doc, 'targets.total');
    const units = doc.unitTargets;
    if (total && units.length > 0 && units.every((u) => u.amount !== null)) {
      const sum = Decimal.sum(units.map((u) => u.amount?.value ?? Decimal.ZERO));
      const d = compareFact({
        fact: total,
        expected: sum,
        expectedLine: units[0]?.amount?.source.line ?? null,
        expectedLabel: `部门整体支出绩效目标表各单位资金总额之和（${units.length}个单位）`,
        table: '部门整体支出绩效目标表',
      });
      if (d) {
        d.lines = [
          ...new Set([total.source.line, ...units.map((u) => u.amount?.source.line ?? u.name.source.line)]),
        ];
        out.push(d);
      }
    }
    return out;
  },
});
