// A statement whose side has several amount columns adds them up on every line: the fiscal statement's
// 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算, a Shanghai unit budget's 合计 = 人员经费 + 公用经费
// + 项目支出. Which column is the total and which are its parts is the template's (column roles).

import { tabledOf } from '../../core/model/access.js';
import type { BalanceEntry } from '../../core/model/tables.js';
import { HUNAN } from '../../core/templates/hunan.js';
import { templateById } from '../../core/templates/registry.js';
import type { ColumnTemplate, Template } from '../../core/templates/template.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { entryLabel, unreadableLines } from '../support/labels.js';
import { templatesWith } from '../support/template-figures.js';
import { isFinding, roundingAllowance, sumFinding, term } from '../sum-finding.js';

function role(c: ColumnTemplate): 'total' | 'part' | 'none' {
  if (c.sum) return c.sum;
  if (c.key === 'total') return 'total';
  return c.label.startsWith('其中') ? 'none' : 'part';
}

const hasSummedSide = (t: Template) =>
  t !== HUNAN &&
  t.tables.some(
    (x) =>
      x.shape === 'balance' &&
      x.expenditureColumns.some((c) => role(c) === 'total') &&
      x.expenditureColumns.length > 1,
  );

export const statementColumns = defineRule({
  id: 'statement-columns',
  title: '收支总表：多列一侧每行合计等于各列之和（按模板）',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '收支总表中分列列示的一侧，每一行的合计等于其组成各列之和：财政拨款收支总表 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算；上海单位预算的财务收支预算总表 合计 = 人员经费 + 公用经费 + 项目支出。以元列示的表精确比较；由元四舍五入到万元的部门决算，尾差范围内的差额列为提示。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  templates: templatesWith(hasSummedSide),
  example: {
    defect:
      '预算单位财务收支预算总表“一、一般公共服务支出 82,096,797.42 ⇥ 13,819,399.88 ⇥ 1,867,397.54 ⇥ 66,401,000.00”',
    message:
      '预算单位财务收支预算总表：一般公共服务支出 合计 82,096,797.42 ≠ 人员经费 + 公用经费 + 项目支出 82,087,797.42，相差 +9,000.00',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const template = templateById(d.template);
    const skipLines = unreadableLines(d);
    const out: (FindingDraft | null)[] = [];
    for (const t of template.tables) {
      const table = d.tables[t.id];
      if (t.shape !== 'balance' || table?.shape !== 'balance') continue;
      const total = t.expenditureColumns.find((c) => role(c) === 'total');
      const parts = t.expenditureColumns.filter((c) => role(c) === 'part');
      if (!total || parts.length === 0) continue;
      const rounding = roundingAllowance(template, parts.length);
      const line = (e: BalanceEntry) =>
        sumFinding({
          table: table.name,
          total: term(e.amounts[total.key] ?? null, e.source.line),
          totalLabel: `${entryLabel(e)} ${total.label}`,
          parts: parts.map((c) => term(e.amounts[c.key] ?? null, e.source.line)),
          partsLabel: parts.map((c) => c.label).join(' + '),
          skipLines,
          ...(rounding ? { rounding } : {}),
        });
      out.push(...table.expenditure.map(line));
    }
    return out.filter(isFinding);
  },
});
