// Amounts Part 1 gives per functional class ("其中：一般公共服务支出6563.63万元，占100.00%") equal the
// class (类) rows of the tables — 部门支出总表 for 支出预算, 一般公共预算支出表 for 一般公共预算拨款支出 and
// its 项目支出 column for 项目支出 — and a stated share equals the row ÷ the table's 合计, to the decimals
// printed.

import { Decimal } from '../../core/decimal.js';
import type { NarrativeClassAmount } from '../../core/model/narrative.js';
import { labelKey } from '../../core/text.js';
import { money, signed } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, cell, totalRow } from '../../core/model/access.js';

const HUNDRED = Decimal.from('100');
const SCOPES: Record<
  NarrativeClassAmount['scope'],
  { table: 'expenditure' | 'general-expenditure'; column: string; label: string }
> = {
  expenditure: { table: 'expenditure', column: 'total', label: '总计' },
  general: { table: 'general-expenditure', column: 'total', label: '总计' },
  project: { table: 'general-expenditure', column: 'project', label: '项目支出' },
};

export const classAmounts = defineRule({
  id: 'narrative-class-amounts',
  title: '说明中按功能分类陈述的金额和占比应与报表一致',
  category: 'narrative',
  severity: 'error',
  rationale:
    '说明中“其中：××支出N万元，占X%”的金额应等于部门支出总表或一般公共预算支出表中该类（类级科目）的金额，占比应等于该类金额除以表的合计。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“一般公共服务支出6563.63万元，占98.00%”',
    message:
      '部门预算说明“一般公共服务支出占98.00%”与一般公共预算支出表 201 一般公共服务支出 总计 6,563.63 ÷ 合计 6,563.63 = 100.00% 不一致，相差 -2.00',
  },
  check(doc) {
    if (doc.kind !== 'department-budget') return [];
    const out: FindingDraft[] = [];
    for (const c of doc.narrative.classAmounts) {
      const scope = SCOPES[c.scope];
      const t = amountTable(doc, scope.table);
      if (!t) continue;
      const row = t.rows.find((r) => r.kind === 'class' && labelKey(r.name) === labelKey(c.name));
      const where = `${t.name}`;
      if (!row) {
        out.push({
          message: `部门预算说明陈述了“${c.name}${money(c.amount)}万元”，${where}中没有“${c.name}”类`,
          severity: 'warning',
          lines: [c.source.line],
          table: t.name,
          found: money(c.amount),
          expected: '（表中无此类）',
        });
        continue;
      }
      const a = cell(row, scope.column);
      const value = a?.value ?? Decimal.ZERO;
      const line = a?.source.line ?? row.source.line;
      const label = `${where} ${row.code ?? ''} ${row.name} ${scope.label}`.replace(/\s+/g, ' ');
      const diff = c.amount.sub(value);
      if (!diff.isZero()) {
        out.push({
          message: `部门预算说明“${c.name}${money(c.amount)}万元”与${label} ${money(value)} 不一致，相差 ${signed(diff)}`,
          lines: [...new Set([c.source.line, line])],
          table: t.name,
          found: money(c.amount),
          expected: money(value),
          difference: signed(diff),
        });
      }
      const total = cell(totalRow(t), scope.column);
      if (!c.share || !total) continue;
      const share = value.mul(HUNDRED).div(total.value, c.share.scale);
      if (!share || share.eq(c.share)) continue;
      const d = c.share.sub(share);
      out.push({
        message: `部门预算说明“${c.name}占${c.share.toFixed(c.share.scale)}%”与${label} ${money(value)} ÷ 合计 ${money(total.value)} = ${share.toFixed(c.share.scale)}% 不一致，相差 ${signed(d)}`,
        lines: [...new Set([c.source.line, line, total.source.line])],
        table: t.name,
        found: `${c.share.toFixed(c.share.scale)}%`,
        expected: `${share.toFixed(c.share.scale)}%`,
        difference: signed(d),
      });
    }
    return out;
  },
});
