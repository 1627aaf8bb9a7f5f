// Amount tables: on every row, the total column (合计 / 总计 / 小计) equals the sum of the columns that
// make it up. Which columns those are is read from the template's column definitions (data): by
// default every column except the total and the "其中：" columns, which are parts of another column;
// a template marks the others (Shanghai's 机关运行经费 beside the 三公 figures, the final accounts'
// carry-overs beside the year's figures).

import type { AmountTable, ColumnDef } from '../../core/model/tables.js';
import { findTableTemplate, templateById } from '../../core/templates/registry.js';
import type { Template } from '../../core/templates/template.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTables, tabledOf } from '../../core/model/access.js';
import { rowLabel, unreadableLines } from '../support/labels.js';
import { isFinding, roundingAllowance, sumFinding, term } from '../sum-finding.js';

/** A column's part in the row identity: as the template says, else by its key and label. */
function role(c: ColumnDef, template: Template, table: AmountTable): 'total' | 'part' | 'none' {
  const t = findTableTemplate(template, table.id);
  const def = t?.shape === 'amounts' ? t.columns.find((x) => x.key === c.key) : undefined;
  if (def?.sum) return def.sum;
  if (c.key === 'total') return 'total';
  return c.label.startsWith('其中') ? 'none' : 'part';
}

function tableFindings(table: AmountTable, template: Template, skipLines: Set<number>): FindingDraft[] {
  const total = table.columns.find((c) => role(c, template, table) === 'total');
  const parts = table.columns.filter((c) => role(c, template, table) === 'part');
  if (!total || parts.length === 0) return [];
  const rounding = roundingAllowance(template, parts.length);
  return table.rows
    .map((row) => {
      const f = sumFinding({
        table: table.name,
        total: term(row.amounts[total.key] ?? null, row.source.line),
        totalLabel: `${rowLabel(row)} ${total.label}`,
        parts: parts.map((c) => term(row.amounts[c.key] ?? null, row.source.line)),
        partsLabel: parts.map((c) => c.label).join(' + '),
        skipLines,
        ...(rounding ? { rounding } : {}),
      });
      if (f && row.kind === 'unit') f.unit = row.name;
      return f;
    })
    .filter(isFinding);
}

export const amountRowTotal = defineRule({
  id: 'amount-row-total',
  title: '金额表：每行总计等于各组成列之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '每一行的总计列等于其组成列之和：收入总表 合计 = 本级财政拨款（金额）+ 财政专户管理事业收入 + 事业单位经营服务收入 + 上级补助收入 + 其它收入 + 事业收入 + 上年结转；支出总表 总计 = 基本支出 + 项目支出 + 事业单位经营支出 + 对附属单位补助支出 + 上缴上级支出；一般公共预算支出表、政府性基金预算支出表 总计 = 基本支出 + 项目支出；基本支出表 总计 = 人员类 + 公用经费；“三公”经费表 小计 = 公务接待费 + 因公出国（境）费 + 公务用车购置及运行费。“其中”列是另一列的一部分，不计入。按两位小数精确比较。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  example: {
    defect: '“三公”经费表“合计 252.08⇥40.90⇥31.00⇥180.81…”',
    message:
      '一般公共预算“三公”经费支出表：合计 小计 252.08 ≠ 公务接待费 + 因公出国（境）费 + 公务用车购置及运行费 252.71，相差 -0.63',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const template = templateById(d.template);
    const skipLines = unreadableLines(d);
    return amountTables(d).flatMap((t) => tableFindings(t, template, skipLines));
  },
});
