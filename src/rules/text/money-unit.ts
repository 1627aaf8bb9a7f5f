// Amounts are stated in the unit the document uses. The tables print their unit (单位：万元), the
// same for every table; the text states amounts with their unit, and an amount written in 元 whose
// figure is an amount of the tables in 万元 ("住房公积金3.58元" for 3.58万元) is ten thousand times too
// small: the unit was mistyped.

import { convertMoney } from '../../core/money.js';
import { tabledOf } from '../../core/model/access.js';
import type { TabledDocument } from '../../core/model/document.js';
import { Decimal } from '../../core/decimal.js';
import { toHalfWidth } from '../../core/text.js';
import { isMoneyUnit } from '../../core/vocabulary.js';
import type { MoneyUnit } from '../../core/vocabulary.js';
import { money } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { textPieces } from './support/pieces.js';
import { templateOf } from '../templates.js';
import type { TableId } from '../../core/templates/template.js';
import { excerpt, phraseFinding, placeOf } from './support/text-finding.js';

/** An amount in 元 as the text writes it: not 万元 or 亿元, not part of 元/人 or a longer number. */
const YUAN = /(?<![\d.,])(\d[\d,]*(?:\.\d+)?)元(?![/／]|每)/g;

/** Every amount of the tables, in 万元, as exact text keys ("3.58"). */
function tableAmounts(doc: TabledDocument): Set<string> {
  const out = new Set<string>();
  const add = (value: Decimal, unit: MoneyUnit) => {
    if (!value.isZero()) out.add(convertMoney(value, unit, '万元').toString());
  };
  for (const t of Object.values(doc.tables)) {
    if (!t) continue;
    const rows =
      t.shape === 'amounts' ? t.rows : t.shape === 'balance' ? [...t.income, ...t.expenditure] : [];
    for (const r of rows) for (const a of Object.values(r.amounts)) if (a) add(a.value, a.unit);
  }
  return out;
}

function unitFindings(doc: TabledDocument): FindingDraft[] {
  // A table the template prints in a unit of its own (Shanghai's 三公 table in 万元) is held to that.
  const own = new Map((templateOf(doc)?.tables ?? []).flatMap((t) => (t.unit ? [[t.id, t.unit]] : [])));
  const units = Object.entries(doc.tables).filter(
    ([, t]) => t?.unit && isMoneyUnit(t.unit.replace(/\s/g, '')),
  );
  const counts = new Map<string, number>();
  for (const [id, t] of units) {
    if (!own.has(id as TableId)) counts.set(t?.unit ?? '', (counts.get(t?.unit ?? '') ?? 0) + 1);
  }
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!usual) return [];
  return units
    .filter(([id, t]) => t?.unit?.replace(/\s/g, '') !== (own.get(id as TableId) ?? usual))
    .map(([id, t]) => {
      const expected = own.get(id as TableId) ?? usual;
      return {
        message: own.has(id as TableId)
          ? `${t?.name ?? ''}的金额单位为“${t?.unit ?? ''}”，模板规定本表为“${expected}”`
          : `${t?.name ?? ''}的金额单位为“${t?.unit ?? ''}”，其余各表为“${usual}”`,
        severity: 'warning' as const,
        lines: [t?.headings?.[0]?.title.source.line ?? t?.title.source.line ?? 0],
        ...(t ? { table: t.name } : {}),
        found: t?.unit ?? '',
        expected,
      };
    });
}

export const moneyUnit = defineRule({
  id: 'text-money-unit',
  title: '文字：金额单位前后一致（不把万元写成元，各表单位相同）',
  category: 'text',
  severity: 'error',
  rationale:
    '说明中的金额与报表同一口径。文中写“N元”而 N 恰是报表中以万元计的金额（如“住房公积金3.58元”对应表中3.58万元），是把“万元”误写成“元”，金额差一万倍，为错误。各表的金额单位应相同，某张表单位与其余不同为警告（需核实是否换算）。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  example: {
    defect: '“机关运行经费585.91元，比上年预算增加4.50万元”',
    message: '说明“…运行经费585.91元，比上年预…”写作 585.91 元，报表中有 585.91 万元：单位应为万元',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const amounts = tableAmounts(d);
    const out: FindingDraft[] = [...unitFindings(d)];
    for (const piece of textPieces(d)) {
      if (piece.role !== 'paragraph') continue;
      const form = toHalfWidth(piece.text);
      for (const m of form.matchAll(YUAN)) {
        if (form.charAt(m.index - 1) === '万' || form.charAt(m.index - 1) === '亿') continue;
        const value = Decimal.parse(m[1] ?? '');
        if (!value || value.isZero() || !amounts.has(value.toString())) continue;
        // The same figure in 元 is also an amount of the tables: the text may mean 元 after all.
        if (amounts.has(convertMoney(value, '元', '万元').toString())) continue;
        out.push(
          phraseFinding(piece, m.index, m.index + m[0].length, {
            message: `${placeOf(piece)}“${excerpt(piece.text, m.index, m.index + m[0].length)}”写作 ${money(value)} 元，报表中有 ${money(value)} 万元：单位应为万元`,
            found: `${m[1] ?? ''}元`,
            expected: `${m[1] ?? ''}万元`,
          }),
        );
      }
    }
    return out;
  },
});
