// Sums inside a row beyond total = Σ parts, as the template lists them: the 三公 tables' 公务用车购置及
// 运行费 = 购置费 + 运行费, and in the final accounts every 三公 figure for both 预算数 and 决算数
// (合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费).

import { tabledOf } from '../../core/model/access.js';
import { templateById } from '../../core/templates/registry.js';
import type { Template } from '../../core/templates/template.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { rowLabel, unreadableLines } from '../support/labels.js';
import { templatesWith } from '../support/template-figures.js';
import { isFinding, roundingAllowance, sumFinding, term } from '../sum-finding.js';

const hasRowIdentities = (t: Template) =>
  t.tables.some((x) => x.shape === 'amounts' && (x.rowIdentities?.length ?? 0) > 0);

export const rowIdentities = defineRule({
  id: 'row-identities',
  title: '“三公”经费表：各分项之和等于小计、合计（按模板）',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '“三公”经费表中，公务用车购置及运行（维护）费 = 公务用车购置费 + 公务用车运行（维护）费；部门决算的“三公”经费表按预算数、决算数分别成立：合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  templates: templatesWith(hasRowIdentities),
  example: {
    defect: '财政拨款“三公”经费支出决算表“合计 预算数 0.95”，各项预算数之和 0.59',
    message:
      '财政拨款“三公”经费支出决算表：合计 预算数 0.95 ≠ 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费 0.59，相差 +0.36',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const template = templateById(d.template);
    const skipLines = unreadableLines(d);
    const out: (FindingDraft | null)[] = [];
    for (const t of template.tables) {
      const table = d.tables[t.id];
      if (t.shape !== 'amounts' || table?.shape !== 'amounts') continue;
      // A column's name: its group for 小计 and for the 预算数/决算数 pairs, else its label.
      const name = (key: string) => {
        const c = t.columns.find((x) => x.key === key);
        if (!c) return key;
        return c.group && (c.label === '小计' || c.label.endsWith('数')) ? c.group : c.label;
      };
      const pair = (key: string) => {
        const c = t.columns.find((x) => x.key === key);
        return c?.label.endsWith('数') ? ` ${c.label}` : '';
      };
      for (const identity of t.rowIdentities ?? []) {
        const rounding = roundingAllowance(template, identity.parts.length);
        for (const row of table.rows) {
          out.push(
            sumFinding({
              table: table.name,
              total: term(row.amounts[identity.total] ?? null, row.source.line),
              totalLabel:
                (rowLabel(row) === name(identity.total)
                  ? rowLabel(row)
                  : `${rowLabel(row)} ${name(identity.total)}`) + pair(identity.total),
              parts: identity.parts.map((k) => term(row.amounts[k] ?? null, row.source.line)),
              partsLabel: identity.parts.map(name).join(' + '),
              skipLines,
              ...(rounding ? { rounding } : {}),
            }),
          );
        }
      }
    }
    return out.filter(isFinding);
  },
});
