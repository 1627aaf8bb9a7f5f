// A statement balances: its 收入总计 equals its 支出总计 (Shanghai's 部门财务收支预算总表 and
// 财政拨款收支预算总表; the final accounts' 收入支出决算总表 and 财政拨款收入支出决算总表), as the
// template pairs them.

import { tabledOf } from '../../core/model/access.js';
import { templateById } from '../../core/templates/registry.js';
import type { Template } from '../../core/templates/template.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { unreadableLines } from '../support/labels.js';
import { locatedTerm, templatesWith } from '../support/template-figures.js';
import { equalFinding, isFinding } from '../sum-finding.js';

const hasBalances = (t: Template) =>
  t.tables.some((x) => x.shape === 'balance' && (x.balances?.length ?? 0) > 0);

export const statementBalance = defineRule({
  id: 'statement-balance',
  title: '收支总表：收入总计等于支出总计（按模板）',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '收支总表和财政拨款收支总表两侧平衡：收入总计等于支出总计（部门决算中两侧均印作“总计”）。按表中所列金额精确比较。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  templates: templatesWith(hasBalances),
  example: {
    defect: '部门财务收支预算总表“收入总计 91,016,775.35 … 支出总计 91,016,757.35”',
    message:
      '部门财务收支预算总表 收入总计 91,016,775.35 ≠ 部门财务收支预算总表 支出总计 91,016,757.35，相差 +18.00',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const template = templateById(d.template);
    const skipLines = unreadableLines(d);
    const out: (FindingDraft | null)[] = [];
    for (const t of template.tables) {
      if (t.shape !== 'balance') continue;
      for (const [income, expenditure] of t.balances ?? []) {
        const a = locatedTerm(d, { table: t.id, side: 'income', item: income });
        const b = locatedTerm(d, { table: t.id, side: 'expenditure', item: expenditure });
        if (!a || !b) continue;
        out.push(
          equalFinding({
            table: a.table,
            found: a.term,
            foundLabel: a.label,
            expected: b.term,
            expectedLabel: b.label,
            skipLines,
          }),
        );
      }
    }
    return out.filter(isFinding);
  },
});
