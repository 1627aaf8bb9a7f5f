// The eight amount tables of a Hunan department budget built from a department's figures: every
// total is the sum of its parts by construction (收支总表, 收入总表, 支出总表, 财政拨款收支总表,
// 一般公共预算支出表, 基本支出表, “三公”经费表, 政府性基金表). The two target tables are in targets.ts.

import type { AmountTable, BalanceTable } from '../core/model/tables.js';
import type { DepartmentFigures, EconItem } from './figures.js';
import type { FunctionalRow, Totals } from './functional.js';
import { functionalRows } from './functional.js';
import { at0, columnsOf, entry, row, tableBase } from './model-parts.js';

const sum = (xs: readonly EconItem[]) => xs.reduce((a, x) => a + x.cents, 0);

export function summaryTable(f: DepartmentFigures, t: Totals): BalanceTable {
  const b = (v: number | null) => ({ budget: v });
  return {
    ...tableBase('summary', f.year, f.name),
    shape: 'balance',
    columns: {
      income: [{ key: 'budget', label: '本年预算' }],
      expenditure: [{ key: 'budget', label: '本年预算' }],
    },
    income: [
      entry('本级财政拨款收入', 'item', b(t.total)),
      ...['财政专户管理事业收入', '事业单位经营服务收入', '上级补助收入', '其它收入', '事业收入'].map((k) =>
        entry(k, 'item', b(null)),
      ),
      entry('本年收入合计', 'subtotal', b(t.total)),
      entry('上年结转', 'item', b(null)),
      entry('收入总计', 'total', b(t.total)),
    ],
    expenditure: [
      entry('基本支出', 'item', b(t.basic)),
      entry('项目支出', 'item', b(t.project)),
      ...['事业单位经营支出', '对附属单位补助支出', '上缴上级支出'].map((k) => entry(k, 'item', b(null))),
      entry('本年支出合计', 'subtotal', b(t.total)),
      entry('结余分配', 'item', b(null)),
      entry('结转下年', 'item', b(null)),
      entry('支出总计', 'total', b(t.total)),
    ],
  };
}

const totalOf = (r: FunctionalRow) => r.basic + r.project;

export function incomeTable(f: DepartmentFigures, t: Totals): AmountTable {
  const general = new Map(functionalRows(f, 'general').map((r) => [r.code, totalOf(r)]));
  const line = (total: number, funding: number) => ({ total, fiscal: total, fiscalFunding: funding });
  return {
    ...tableBase('income', f.year, f.name),
    shape: 'amounts',
    classification: 'functional',
    columns: columnsOf('income'),
    rows: [
      row('total', null, '合计', line(t.total, t.general)),
      ...functionalRows(f, 'all').map((r) =>
        row(r.kind, r.code, r.name, line(totalOf(r), general.get(r.code) ?? 0)),
      ),
    ],
  };
}

export function expenditureTable(f: DepartmentFigures, t: Totals): AmountTable {
  const line = (total: number, basic: number, project: number) => ({
    total,
    basic,
    project,
    operating: null,
    subsidiary: null,
    remit: null,
  });
  return {
    ...tableBase('expenditure', f.year, f.name),
    shape: 'amounts',
    classification: 'functional',
    columns: columnsOf('expenditure'),
    rows: [
      row('total', null, '合计', line(t.total, t.basic, t.project)),
      ...functionalRows(f, 'all').map((r) =>
        row(r.kind, r.code, r.name, line(totalOf(r), r.basic, r.project)),
      ),
    ],
  };
}

export function fiscalSummaryTable(f: DepartmentFigures, t: Totals): BalanceTable {
  const spend = (total: number, general: number, fund: number) => ({
    total,
    general,
    fund,
    stateCapital: null,
  });
  const classes = functionalRows(f, 'all').filter((r) => r.kind === 'class');
  const generalByClass = new Map(
    functionalRows(f, 'general')
      .filter((r) => r.kind === 'class')
      .map((r) => [r.code, totalOf(r)]),
  );
  return {
    ...tableBase('fiscal-summary', f.year, f.name),
    shape: 'balance',
    columns: {
      income: [{ key: 'amount', label: '金额' }],
      expenditure: [
        { key: 'total', label: '合计' },
        { key: 'general', label: '一般公共预算' },
        { key: 'fund', label: '政府性基金预算' },
        { key: 'stateCapital', label: '国有资本经营预算' },
      ],
    },
    income: [
      entry('本年收入', 'item', { amount: t.total }),
      entry('一般公共预算拨款收入', 'subitem', { amount: t.general }),
      entry('政府性基金预算拨款收入', 'subitem', { amount: t.fund }),
      entry('国有资本经营预算拨款收入', 'subitem', { amount: null }),
      entry('上年结转', 'item', { amount: null }),
      entry('收入总计', 'total', { amount: t.total }),
    ],
    expenditure: [
      entry('本年支出', 'item', spend(t.total, t.general, t.fund)),
      ...classes.map((c) => {
        const g = generalByClass.get(c.code) ?? 0;
        return { ...entry(c.name, 'subitem', spend(totalOf(c), g, totalOf(c) - g)), key: null };
      }),
      entry('结转下年', 'item', spend(0, 0, 0)),
      entry('支出总计', 'total', spend(t.total, t.general, t.fund)),
    ],
  };
}

const GENERAL_COLUMNS = [
  { key: 'total', label: '总计' },
  { key: 'basic', label: '基本支出' },
  { key: 'project', label: '项目支出' },
];

function functionalTable(
  id: 'general-expenditure' | 'fund-expenditure',
  f: DepartmentFigures,
  rows: FunctionalRow[],
): AmountTable {
  const basic = rows.filter((r) => r.kind === 'class').reduce((a, r) => a + r.basic, 0);
  const project = rows.filter((r) => r.kind === 'class').reduce((a, r) => a + r.project, 0);
  const line = (b: number, p: number) => ({ total: b + p, basic: b, project: p });
  const empty = rows.length === 0;
  return {
    ...tableBase(id, f.year, f.name, empty),
    shape: 'amounts',
    classification: 'functional',
    columns: GENERAL_COLUMNS,
    rows: empty
      ? []
      : [
          row('total', null, '合计', line(basic, project)),
          ...rows.map((r) => row(r.kind, r.code, r.name, line(r.basic, r.project))),
        ],
    note: empty
      ? {
          value: `注：${f.name}没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。`,
          source: at0,
        }
      : null,
  };
}

export const generalTable = (f: DepartmentFigures) =>
  functionalTable('general-expenditure', f, functionalRows(f, 'general'));
export const fundTable = (f: DepartmentFigures) =>
  functionalTable('fund-expenditure', f, functionalRows(f, 'fund'));

export function basicTable(f: DepartmentFigures, t: Totals): AmountTable {
  const byCode = (xs: EconItem[]) => {
    const m = new Map<string, EconItem>();
    for (const x of xs) {
      const e = m.get(x.code);
      m.set(x.code, e ? { ...e, cents: e.cents + x.cents } : { ...x });
    }
    return [...m.values()].sort((a, b) => a.code.localeCompare(b.code));
  };
  const groups: [string, string, EconItem[], 'personnel' | 'publicFunds'][] = [
    ['301', '工资福利支出', byCode(f.units.flatMap((u) => u.personnel)), 'personnel'],
    ['302', '商品和服务支出', byCode(f.units.flatMap((u) => u.publicFunds)), 'publicFunds'],
    ['303', '对个人和家庭的补助', byCode(f.units.flatMap((u) => u.family)), 'personnel'],
  ];
  const line = (v: number, col: 'personnel' | 'publicFunds') => ({
    total: v,
    personnel: col === 'personnel' ? v : null,
    publicFunds: col === 'publicFunds' ? v : null,
  });
  return {
    ...tableBase('basic-expenditure', f.year, f.name),
    shape: 'amounts',
    classification: 'economic',
    columns: [
      { key: 'total', label: '总计' },
      { key: 'personnel', label: '人员类' },
      { key: 'publicFunds', label: '公用经费' },
    ],
    rows: [
      row('total', null, '合计', { total: t.basic, personnel: t.personnel, publicFunds: t.publicFunds }),
      ...groups
        .filter(([, , items]) => items.length > 0)
        .flatMap(([code, name, items, col]) => [
          row('class', code, name, line(sum(items), col)),
          ...items.map((x) => row('item', x.code, x.name, line(x.cents, col))),
        ]),
    ],
  };
}

export function threePublicTable(f: DepartmentFigures, t: Totals): AmountTable {
  const cols = (x: { reception: number; abroad: number; purchase: number; operation: number }) => ({
    total: x.reception + x.abroad + x.purchase + x.operation,
    reception: x.reception,
    abroad: x.abroad,
    vehicle: x.purchase + x.operation,
    vehiclePurchase: x.purchase,
    vehicleOperation: x.operation,
  });
  return {
    ...tableBase('three-public', f.year, f.name),
    shape: 'amounts',
    classification: 'unit',
    columns: columnsOf('three-public'),
    rows: [
      row('total', null, '合计', cols(t.threePublic)),
      ...f.units.map((u) => row('unit', null, u.name, cols(u.threePublic))),
    ],
  };
}
