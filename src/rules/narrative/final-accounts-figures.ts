// The final accounts' explanation (情况说明) states the tables' figures: 收入支出总计, 本年收入合计 and
// its parts, 本年支出合计 and its parts, 财政拨款收入支出总计, the general budget's total, classes and
// items, 基本支出 with 人员经费 and 公用经费, and 三公 against its budget. Each stated figure equals the
// table's, exactly.

import { Decimal } from '../../core/decimal.js';
import { amountTable, balanceTable, tabledOf } from '../../core/model/access.js';
import type { Amount } from '../../core/model/common.js';
import type { TabledDocument } from '../../core/model/document.js';
import type { NarrativeFact } from '../../core/model/narrative.js';
import type { AmountRow, AmountTable } from '../../core/model/tables.js';
import { labelKey } from '../../core/text.js';
import { money, signed } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { factOf, factsOf } from '../support/stated.js';

interface Printed {
  amount: Amount | null;
  /** The row's or entry's line, for a blank cell. */
  line: number;
  label: string;
  table: string;
}

const INCOME_PARTS: Record<string, string> = {
  财政拨款收入: 'fiscal',
  上级补助收入: 'superior',
  事业收入: 'business',
  经营收入: 'operating',
  附属单位上缴收入: 'subsidiary',
  其他收入: 'other',
};
const EXPENDITURE_PARTS: Record<string, string> = {
  基本支出: 'basic',
  项目支出: 'project',
  上缴上级支出: 'remit',
  经营支出: 'operating',
  对附属单位补助支出: 'subsidiary',
};

function entryFigure(doc: TabledDocument, id: 'summary' | 'fiscal-summary', item: string): Printed | null {
  const t = balanceTable(doc, id);
  const e = t?.income.find((x) => x.key === item) ?? t?.expenditure.find((x) => x.key === item);
  if (!t || !e) return null;
  return {
    amount: Object.values(e.amounts).find((a) => a !== null) ?? null,
    line: e.source.line,
    label: `${t.name} ${item}`,
    table: t.name,
  };
}

function rowFigure(t: AmountTable | null, row: AmountRow | undefined, column: string): Printed | null {
  if (!t || !row) return null;
  const col = t.columns.find((c) => c.key === column)?.label ?? column;
  return {
    amount: row.amounts[column] ?? null,
    line: row.source.line,
    label: `${t.name} ${row.code ? `${row.code} ` : ''}${row.name}（${col}）`,
    table: t.name,
  };
}

const totalOf = (t: AmountTable | null) => t?.rows.find((r) => r.kind === 'total');
const named = (t: AmountTable | null, name: string) =>
  t?.rows.find((r) => labelKey(r.name) === labelKey(name));

/** The item row of "A（类）B（款）C（项）": C under B under A in the general budget table. */
function itemRow(t: AmountTable | null, path: string): AmountRow | undefined {
  const parts = path
    .split(/[（(][类款项][)）]/)
    .map((p) => labelKey(p))
    .filter((p) => p !== '');
  const [cls, sec, item] = parts;
  if (!t || !cls || !sec || !item) return undefined;
  const c = t.rows.find((r) => r.kind === 'class' && labelKey(r.name) === cls);
  const s = t.rows.find(
    (r) => r.kind === 'section' && labelKey(r.name) === sec && r.code?.startsWith(c?.code ?? '#'),
  );
  return t.rows.find(
    (r) => r.kind === 'item' && labelKey(r.name) === item && r.code?.startsWith(s?.code ?? '#'),
  );
}

function compare(
  fact: NarrativeFact | undefined,
  printed: Printed | null,
  what: string,
): FindingDraft | null {
  if (!fact || !printed) return null;
  const table = printed.amount?.value ?? Decimal.ZERO;
  const diff = fact.value.sub(table);
  if (diff.isZero()) return null;
  return {
    message: `情况说明中${what} ${money(fact.value)} 万元（“${fact.text}”）≠ ${printed.label} ${printed.amount ? money(table) : '（空）'}，相差 ${signed(diff)}`,
    lines: [fact.source.line, printed.line],
    table: printed.table,
    found: money(fact.value),
    expected: money(table),
    difference: signed(diff),
  };
}

function findings(doc: TabledDocument): (FindingDraft | null)[] {
  const income = amountTable(doc, 'income');
  const expenditure = amountTable(doc, 'expenditure');
  const general = amountTable(doc, 'general-expenditure');
  const basic = amountTable(doc, 'basic-expenditure');
  const three = amountTable(doc, 'three-public');
  const threeRow = totalOf(three);
  const out: (FindingDraft | null)[] = [
    compare(factOf(doc, 'all.total'), entryFigure(doc, 'summary', '收入总计'), '收入支出总计'),
    compare(factOf(doc, 'income.total'), entryFigure(doc, 'summary', '本年收入合计'), '本年收入合计'),
    compare(factOf(doc, 'expenditure.total'), entryFigure(doc, 'summary', '本年支出合计'), '本年支出合计'),
    compare(
      factOf(doc, 'fiscal.total'),
      entryFigure(doc, 'fiscal-summary', '收入总计'),
      '财政拨款收入支出总计',
    ),
    compare(
      factOf(doc, 'general.total'),
      rowFigure(general, totalOf(general), 'total'),
      '一般公共预算财政拨款支出',
    ),
    compare(
      factOf(doc, 'general.final'),
      rowFigure(general, totalOf(general), 'total'),
      '一般公共预算财政拨款支出决算',
    ),
    compare(
      factOf(doc, 'basic.total'),
      rowFigure(general, totalOf(general), 'basic'),
      '一般公共预算财政拨款基本支出',
    ),
    compare(
      factOf(doc, 'basic.personnel'),
      rowFigure(basic, named(basic, '人员经费合计'), 'total'),
      '人员经费',
    ),
    compare(
      factOf(doc, 'basic.publicFunds'),
      rowFigure(basic, named(basic, '公用经费合计'), 'total'),
      '公用经费',
    ),
    compare(
      factOf(doc, 'threePublic.budget'),
      rowFigure(three, threeRow, 'totalBudget'),
      '“三公”经费年初预算',
    ),
    compare(factOf(doc, 'threePublic.total'), rowFigure(three, threeRow, 'total'), '“三公”经费支出决算'),
    compare(factOf(doc, 'threePublic.abroad'), rowFigure(three, threeRow, 'abroad'), '因公出国（境）费决算'),
    compare(
      factOf(doc, 'threePublic.vehicle'),
      rowFigure(three, threeRow, 'vehicle'),
      '公务用车购置及运行维护费决算',
    ),
    compare(factOf(doc, 'threePublic.reception'), rowFigure(three, threeRow, 'reception'), '公务接待费决算'),
    compare(
      factOf(doc, 'fund.total'),
      entryFigure(doc, 'fiscal-summary', '政府性基金预算财政拨款'),
      '政府性基金预算财政拨款收入',
    ),
    compare(
      factOf(doc, 'stateCapital.total'),
      entryFigure(doc, 'fiscal-summary', '国有资本经营预算财政拨款'),
      '国有资本经营预算财政拨款收入',
    ),
  ];
  for (const f of factsOf(doc, 'income.part')) {
    const column = INCOME_PARTS[f.qualifier ?? ''];
    if (column) out.push(compare(f, rowFigure(income, totalOf(income), column), f.qualifier ?? ''));
  }
  for (const f of factsOf(doc, 'expenditure.part')) {
    const column = EXPENDITURE_PARTS[f.qualifier ?? ''];
    if (column) out.push(compare(f, rowFigure(expenditure, totalOf(expenditure), column), f.qualifier ?? ''));
  }
  for (const c of doc.narrative.classAmounts.filter((x) => x.scope === 'general')) {
    const row = general?.rows.find((r) => r.kind === 'class' && labelKey(r.name) === labelKey(c.name));
    const fact: NarrativeFact = {
      key: 'general.total',
      value: c.amount,
      unit: '万元',
      text: `${c.name}（类）${money(c.amount)}万元`,
      source: c.source,
    };
    out.push(compare(fact, rowFigure(general, row, 'total'), `${c.name}（类）`));
  }
  for (const f of factsOf(doc, 'general.item')) {
    out.push(compare(f, rowFigure(general, itemRow(general, f.qualifier ?? ''), 'total'), f.qualifier ?? ''));
  }
  return out;
}

export const finalAccountsFigures = defineRule({
  id: 'final-accounts-figures',
  title: '决算情况说明：所述金额与决算表一致',
  category: 'narrative',
  severity: 'error',
  rationale:
    '部门决算的情况说明逐项说明决算表中的数字：收入支出总计、本年收入合计及其各项、本年支出合计及其各项、财政拨款收入支出总计、一般公共预算财政拨款支出及其各类和各项级科目、基本支出中的人员经费和公用经费、“三公”经费的预算数和决算数。说明所述金额必须与表中列示的金额一致（说明以万元两位小数列示，精确比较）。',
  appliesTo: ['final-accounts'],
  example: {
    defect: '“上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元”，财政拨款收入支出决算总表总计 2,961.68',
    message:
      '情况说明中财政拨款收入支出总计 0.30 万元（“财政拨款收入支出总计0.3万元”）≠ 财政拨款收入支出决算总表 收入总计 2,961.68，相差 -2,961.38',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    return findings(d).filter((f): f is FindingDraft => f !== null);
  },
});
