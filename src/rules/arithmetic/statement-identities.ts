// The sums a statement states, as its template lists them: Shanghai's 收入总计 = 财政拨款收入 + 事业收入
// + 事业单位经营收入 + 其他收入 and 支出总计 = the classes; the final accounts' 本年收入合计 = its eight
// kinds of income, 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, 支出总计 = 本年支出合计 +
// 结余分配 + 年末结转和结余 — each in every amount column of its side.

import type { BalanceEntry, BalanceTable } from '../../core/model/tables.js';
import { tabledOf } from '../../core/model/access.js';
import { templateById } from '../../core/templates/registry.js';
import type { BalanceIdentity, BalanceTableTemplate, Template } from '../../core/templates/template.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { entryLabel, unreadableLines } from '../support/labels.js';
import { isClassEntry, templatesWith } from '../support/template-figures.js';
import { isFinding, roundingAllowance, sumFinding, term } from '../sum-finding.js';

function parts(entries: readonly BalanceEntry[], identity: BalanceIdentity): BalanceEntry[] {
  if (identity.parts === 'items') return entries.filter((e) => e.role === 'item');
  if (identity.parts === 'classes') return entries.filter(isClassEntry);
  const keys = identity.parts;
  return entries.filter((e) => e.key !== null && keys.includes(e.key));
}

function identityFindings(
  table: BalanceTable,
  identity: BalanceIdentity,
  template: Template,
  skipLines: Set<number>,
): FindingDraft[] {
  const entries = table[identity.side];
  const total = entries.find((e) => e.key === identity.total);
  const addends = parts(entries, identity).filter((e) => e !== total);
  if (!total || addends.length === 0) return [];
  const rounding = roundingAllowance(template, addends.length);
  return table.columns[identity.side]
    .map((c) =>
      sumFinding({
        table: table.name,
        total: term(total.amounts[c.key] ?? null, total.source.line),
        totalLabel: `${identity.total}${table.columns[identity.side].length > 1 ? `（${c.label}）` : ''}`,
        parts: addends.map((e) => term(e.amounts[c.key] ?? null, e.source.line)),
        partsLabel:
          identity.parts === 'classes'
            ? '各类支出之和'
            : identity.parts === 'items'
              ? '各项之和'
              : addends.map(entryLabel).join(' + '),
        skipLines,
        ...(rounding ? { rounding } : {}),
      }),
    )
    .filter(isFinding);
}

const hasIdentities = (t: Template) =>
  t.tables.some((x) => x.shape === 'balance' && (x.identities?.length ?? 0) > 0);

export const statementIdentities = defineRule({
  id: 'statement-identities',
  title: '收支总表：合计、总计等于其组成各项之和（按模板）',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '收支总表与财政拨款收支总表所列的合计、总计等于其组成各项之和，各金额列分别成立：上海预算的收入总计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入，财政拨款收入 = 一般公共预算资金 + 政府性基金 + 国有资本经营预算，支出总计 = 各类支出之和；部门决算的本年收入合计 = 各项收入之和，收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余，本年支出合计 = 各类支出之和，支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余。以元列示的表精确比较，差 0.01 元也是问题；由元四舍五入到万元列示的部门决算，差额在各数尾差范围内的列为提示。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  templates: templatesWith(hasIdentities),
  example: {
    defect: '收入支出决算总表“总计 2,995.39”，本年收入合计 2,946.25、年初结转和结余 49.41',
    message:
      '收入支出决算总表：收入总计 2,995.39 ≠ 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 2,995.66，相差 -0.27',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const template = templateById(d.template);
    const skipLines = unreadableLines(d);
    return template.tables.flatMap((t: (typeof template.tables)[number]) => {
      const table = d.tables[t.id];
      if (t.shape !== 'balance' || table?.shape !== 'balance') return [];
      const bt: BalanceTableTemplate = t;
      return (bt.identities ?? []).flatMap((i) => identityFindings(table, i, template, skipLines));
    });
  },
});
