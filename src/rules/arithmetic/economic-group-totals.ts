// The economic table's group totals: in the final accounts' basic-expenditure table, 人员经费合计 adds
// up the 类 301 (工资福利支出) and 303 (对个人和家庭的补助), 公用经费合计 the 类 302, 310 and the other
// 公用 classes — as the template lists the classes of each total.

import { tabledOf } from '../../core/model/access.js';
import { templateById } from '../../core/templates/registry.js';
import type { Template } from '../../core/templates/template.js';
import { labelKey } from '../../core/text.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { unreadableLines } from '../support/labels.js';
import { templatesWith } from '../support/template-figures.js';
import { isFinding, roundingAllowance, sumFinding, term } from '../sum-finding.js';

const hasGroups = (t: Template) =>
  t.tables.some((x) => x.shape === 'amounts' && (x.totalRows?.length ?? 0) > 0);

export const economicGroupTotals = defineRule({
  id: 'economic-group-totals',
  title: '基本支出表：人员经费合计、公用经费合计等于其各类之和（按模板）',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '部门决算的一般公共预算财政拨款基本支出决算表分人员经费和公用经费两栏列示：人员经费合计 = 工资福利支出（301）+ 对个人和家庭的补助（303）；公用经费合计 = 商品和服务支出（302）+ 资本性支出（310）等公用类。由元四舍五入到万元列示，尾差范围内的差额列为提示。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  templates: templatesWith(hasGroups),
  example: {
    defect: '“人员经费合计 2,152.26”，工资福利支出 2,082.85、对个人和家庭的补助 96.41',
    message:
      '一般公共预算财政拨款基本支出决算表：人员经费合计 2,152.26 ≠ 301 + 303 各类之和 2,179.26，相差 -27.00',
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
      for (const group of t.totalRows ?? []) {
        const total = table.rows.find((r) => r.kind === 'total' && labelKey(r.name) === labelKey(group.name));
        const classes = table.rows.filter(
          (r) => r.kind === 'class' && r.code !== null && group.classes.includes(r.code),
        );
        if (!total) continue;
        const rounding = roundingAllowance(template, classes.length);
        for (const c of table.columns) {
          out.push(
            sumFinding({
              table: table.name,
              total: term(total.amounts[c.key] ?? null, total.source.line),
              totalLabel: group.name,
              parts: classes.map((r) => term(r.amounts[c.key] ?? null, r.source.line)),
              partsLabel: `${classes.map((r) => r.code).join(' + ') || group.classes.join(' + ')} 各类之和`,
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
