// A statement's functional classes agree with the 类 rows of the table that details them: Shanghai's
// 部门财务收支预算总表 and 部门支出预算总表, its 财政拨款收支预算总表 (一般公共预算 column) and the general
// budget table; the final accounts' statement and 支出决算表, their fiscal statement and the general
// budget table. A class printed in one and not in the other is a finding too.

import { Decimal } from '../../core/decimal.js';
import { tabledOf } from '../../core/model/access.js';
import type { Amount } from '../../core/model/common.js';
import { templateById } from '../../core/templates/registry.js';
import type { Template } from '../../core/templates/template.js';
import { labelKey } from '../../core/text.js';
import { money, signed } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { unreadableLines } from '../support/labels.js';
import { isClassEntry, templatesWith } from '../support/template-figures.js';
import { roundingAllowance } from '../sum-finding.js';

const shown = (a: Amount | null) => (a ? money(a.value) : '（空）');

export const statementClasses = defineRule({
  id: 'statement-classes',
  title: '表间一致：收支总表各类支出与功能分类表的“类”一致（按模板）',
  category: 'cross-table',
  severity: 'error',
  rationale:
    '收支总表按功能分类“类”列示的各项支出，与详列该类的功能分类表中“类”行的合计一致：上海预算的财务收支预算总表与支出预算总表、财政拨款收支预算总表（一般公共预算列）与一般公共预算支出功能分类预算表；部门决算的收入支出决算总表与支出决算表、财政拨款收入支出决算总表（一般公共预算财政拨款列）与一般公共预算财政拨款支出决算表。一边有而另一边没有的类也是问题。由元四舍五入到万元的部门决算，尾差范围内的差额列为提示。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  templates: templatesWith((t: Template) => (t.classAgreements?.length ?? 0) > 0),
  example: {
    defect: '收入支出决算总表“八、社会保障和就业支出 326.71”，支出决算表“208 社会保障和就业支出 326.72”',
    message:
      '收入支出决算总表 社会保障和就业支出 326.71 ≠ 支出决算表 208 社会保障和就业支出（本年支出合计） 326.72，相差 -0.01（在各数由元四舍五入到万元的尾差范围 ±0.01 内）',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const template = templateById(d.template);
    const skip = unreadableLines(d);
    const rounding = roundingAllowance(template, 1);
    const out: FindingDraft[] = [];
    for (const ca of template.classAgreements ?? []) {
      const statement = d.tables[ca.statement.table];
      const detail = d.tables[ca.amounts.table];
      if (statement?.shape !== 'balance' || detail?.shape !== 'amounts') continue;
      const col = detail.columns.find((c) => c.key === ca.amounts.column)?.label ?? ca.amounts.column;
      const classes = statement[ca.statement.side].filter(isClassEntry);
      const rows = detail.rows.filter((r) => r.kind === 'class');
      const pick = (amounts: Record<string, Amount | null>) =>
        ca.statement.column
          ? (amounts[ca.statement.column] ?? null)
          : (Object.values(amounts).find((a) => a !== null) ?? null);
      const seen = new Set<string>();
      for (const e of classes) {
        const row = rows.find((r) => labelKey(r.name) === labelKey(e.key ?? e.label));
        if (row) seen.add(labelKey(row.name));
        const a = pick(e.amounts);
        const b = row?.amounts[ca.amounts.column] ?? null;
        if (skip.has(e.source.line) || (row && skip.has(row.source.line))) continue;
        const diff = (a?.value ?? Decimal.ZERO).sub(b?.value ?? Decimal.ZERO);
        if (diff.isZero()) continue;
        const rounded = rounding !== undefined && diff.abs().cmp(rounding) <= 0;
        const f: FindingDraft = {
          message:
            `${statement.name} ${e.key ?? e.label} ${shown(a)} ≠ ${detail.name} ${row ? `${row.code ?? ''} ${row.name}` : `（未列“${e.key ?? e.label}”类）`}（${col}） ${shown(b)}，相差 ${signed(diff)}` +
            (rounded ? `（在各数由元四舍五入到万元的尾差范围 ±${money(rounding)} 内）` : ''),
          lines: row ? [e.source.line, row.source.line] : [e.source.line],
          table: statement.name,
          found: money(a?.value ?? Decimal.ZERO),
          expected: money(b?.value ?? Decimal.ZERO),
          difference: signed(diff),
        };
        if (rounded) f.severity = 'info';
        out.push(f);
      }
      for (const row of rows) {
        const b = row.amounts[ca.amounts.column] ?? null;
        if (seen.has(labelKey(row.name)) || !b || b.value.isZero() || skip.has(row.source.line)) continue;
        out.push({
          message: `${detail.name} ${row.code ?? ''} ${row.name}（${col}） ${shown(b)} 在${statement.name}中未列示`,
          lines: [row.source.line],
          table: statement.name,
          found: '0.00',
          expected: money(b.value),
          difference: signed(b.value.neg()),
        });
      }
    }
    return out;
  },
});
