// Every file of ../shared/corpus-shanghai imports with the figures its tables print: kind, template,
// year, department, units (元 / 万元), totals, rows with their classification codes, and the sections
// of the explanation — PDFs from WPS and ONLYOFFICE, a blank national template, a blank workbook.

import { describe, expect, it } from 'vitest';
import type { Decimal } from '../core/decimal.js';
import type { AmountTable, BalanceTable, StandardTable } from '../core/model/tables.js';
import type { TabledDocument } from '../core/model/document.js';
import type { TableId } from '../core/templates/template.js';
import { summarize } from '../app/summary.js';
import { shanghaiDoc } from '../test-support/shanghai.js';

function amounts(doc: TabledDocument, id: TableId): AmountTable {
  const t: StandardTable | undefined = doc.tables[id];
  if (t?.shape !== 'amounts') throw new Error(`${id} is not an amount table`);
  return t;
}

function balance(doc: TabledDocument, id: TableId): BalanceTable {
  const t: StandardTable | undefined = doc.tables[id];
  if (t?.shape !== 'balance') throw new Error(`${id} is not a balance table`);
  return t;
}

/** A row by code (or name for totals) as [code, name, {column: value}]. */
function row(t: AmountTable, codeOrName: string): [string | null, string, Record<string, string | null>] {
  const r = t.rows.find((x) => x.code === codeOrName || (x.code === null && x.name === codeOrName));
  if (!r) throw new Error(`no row ${codeOrName} in ${t.name}`);
  return [
    r.code,
    r.name,
    Object.fromEntries(Object.entries(r.amounts).map(([k, a]) => [k, a?.value.toString() ?? null])),
  ];
}

function entry(t: BalanceTable, side: 'income' | 'expenditure', key: string): Record<string, string | null> {
  const e = t[side].find((x) => x.key === key);
  if (!e) throw new Error(`no ${side} ${key} in ${t.name}`);
  return Object.fromEntries(Object.entries(e.amounts).map(([k, a]) => [k, a?.value.toString() ?? null]));
}

const totals = (doc: TabledDocument): Record<string, string | null> => {
  const t: Record<string, Decimal | null> = { ...summarize(doc).totals };
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v ? v.toString() : null]));
};

const warningsAndErrors = (doc: TabledDocument) =>
  doc.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.source.line} ${d.message}`);

const ALL_BUDGET_TABLES: TableId[] = [
  'summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'general-expenditure',
  'fund-expenditure',
  'state-capital-expenditure',
  'basic-expenditure',
  'three-public',
];

describe('上海市普陀区人民政府办公室 2025 department budget (WPS PDF, amounts in 元)', async () => {
  const doc = await shanghaiDoc('bangongshiDept');

  it('is a department budget of the Shanghai template, with its year, department and nine tables', () => {
    expect([doc.kind, doc.template, doc.year, doc.department?.value, doc.title?.value]).toEqual([
      'department-budget',
      'shanghai-department',
      2025,
      '上海市普陀区人民政府办公室',
      '上海市普陀区2025年区级部门预算',
    ]);
    expect(Object.keys(doc.tables).sort()).toEqual([...ALL_BUDGET_TABLES].sort());
    expect(doc.source).toMatchObject({ format: 'pdf', pageCount: 22 });
    expect(warningsAndErrors(doc)).toEqual([]);
  });

  it('reports the totals in 万元, exact: 元 figures keep all their digits', () => {
    expect(totals(doc)).toEqual({
      income: '9101.677535',
      expenditure: '9101.677535',
      basic: '2460.677535',
      project: '6641.00',
      personnel: '2247.399781',
      publicFunds: '213.277754',
      threePublic: '867.50',
    });
  });

  it('reads each table in its own unit: 元, and the 三公 table in 万元', () => {
    expect([
      doc.tables.summary?.unit,
      doc.tables['three-public']?.unit,
      doc.tables.income?.department,
    ]).toEqual(['元', '万元', '上海市普陀区人民政府办公室']);
    expect(doc.tables.summary?.headings?.[0]?.department?.label).toBe('编制部门');
  });

  it('reads the balance statements by item', () => {
    const s = balance(doc, 'summary');
    expect([
      entry(s, 'income', '一般公共预算资金'),
      entry(s, 'income', '收入总计'),
      entry(s, 'expenditure', '住房保障支出'),
    ]).toEqual([{ budget: '91016775.35' }, { budget: '91016775.35' }, { budget: '3609125.22' }]);
    const f = balance(doc, 'fiscal-summary');
    expect(entry(f, 'expenditure', '支出总计')).toEqual({
      total: '91016775.35',
      general: '91016775.35',
      fund: null,
      stateCapital: null,
    });
  });

  it('reads the functional tables row by row with full codes, over page breaks', () => {
    const e = amounts(doc, 'expenditure');
    expect(e.rows).toHaveLength(21);
    expect(e.pages).toHaveLength(2);
    expect(row(e, '2010301')).toEqual([
      '2010301',
      '行政运行',
      { total: '12029501.84', basic: '11919501.84', project: '110000.00' },
    ]);
    expect(row(e, '20103')).toEqual([
      '20103',
      '政府办公厅（室）及相关机构事务',
      { total: '82096797.42', basic: '15686797.42', project: '66410000.00' },
    ]);
    expect(row(e, '合计')).toEqual([
      null,
      '合计',
      { total: '91016775.35', basic: '24606775.35', project: '66410000.00' },
    ]);
    expect(e.rows.map((r) => r.code).slice(0, 6)).toEqual([
      '201',
      '20103',
      '2010301',
      '2010302',
      '2010350',
      '2010399',
    ]);
    const g = amounts(doc, 'general-expenditure');
    expect(row(g, '2210203')[2]).toEqual({ total: '1867680.00', basic: '1867680.00', project: null });
  });

  it('reads economic codes printed in two columns (301 | 01)', () => {
    const b = amounts(doc, 'basic-expenditure');
    expect(row(b, '30101')).toEqual([
      '30101',
      '基本工资',
      { total: '2540192.00', personnel: '2540192.00', publicFunds: null },
    ]);
    expect(row(b, '31002')[2]).toEqual({ total: '200000.00', personnel: null, publicFunds: '200000.00' });
    expect(row(b, '合计')[2]).toEqual({
      total: '24606775.35',
      personnel: '22473997.81',
      publicFunds: '2132777.54',
    });
  });

  it('reads the 三公 table’s single row of totals and the empty tables with their notes', () => {
    expect(row(amounts(doc, 'three-public'), '合计')[2]).toEqual({
      total: '867.50',
      abroad: '839.00',
      reception: '28.50',
      vehicle: null,
      vehiclePurchase: null,
      vehicleOperation: null,
      operating: '213.28',
    });
    const fund = amounts(doc, 'fund-expenditure');
    expect([fund.empty, fund.note?.value]).toEqual([
      true,
      '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。',
    ]);
  });

  it('keeps the explanation before and after the tables, section by section', () => {
    expect(doc.narrative.sections.map((s) => [s.key, s.subject ?? null, s.paragraphs.length])).toEqual([
      ['functions', null, 16],
      ['organisation', null, 4],
      ['glossary', null, 8],
      ['explanation', null, 16],
      ['other', null, 15],
      ['project', '区政府督查及建议提案工作业务经费', 14],
    ]);
    const explanation = doc.narrative.sections.find((s) => s.key === 'explanation');
    expect(explanation?.paragraphs[0]?.text).toBe(
      '2025年，上海市普陀区人民政府办公室收入预算9,101.68万元，其中：财政拨款收入9,101.68万元，比2024年预算减少2,389.52万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。',
    );
    // A paragraph wrapped over two PDF lines keeps where each line starts.
    expect(explanation?.paragraphs[0]?.segments?.map((s) => s.source.page)).toEqual([6, 6]);
  });

  it('points every value at its page and box', () => {
    const a = row(amounts(doc, 'expenditure'), '2010301');
    const r = amounts(doc, 'expenditure').rows.find((x) => x.code === '2010301');
    expect(a[0]).toBe('2010301');
    expect(r?.amounts['total']?.source).toMatchObject({ page: 11, column: 5 });
    expect(r?.amounts['total']?.source.box).toHaveLength(4);
  });
});

describe('上海市普陀区人民政府办公室 2025 unit budget (WPS PDF)', async () => {
  const doc = await shanghaiDoc('bangongshiUnit');

  it('is a unit budget, with the same totals as the department’s', () => {
    expect([doc.kind, doc.template, doc.year, doc.department?.value]).toEqual([
      'unit-budget',
      'shanghai-unit',
      2025,
      '上海市普陀区人民政府办公室',
    ]);
    expect(Object.keys(doc.tables).sort()).toEqual([...ALL_BUDGET_TABLES].sort());
    expect(totals(doc)).toEqual({
      income: '9101.677535',
      expenditure: '9101.677535',
      basic: '2460.677535',
      project: '6641.00',
      personnel: '2247.399781',
      publicFunds: '213.277754',
      threePublic: '867.50',
    });
    expect(warningsAndErrors(doc)).toEqual([]);
  });

  it('reads the unit layout of the first table: expenditure split into 人员经费, 公用经费 and 项目支出', () => {
    const s = balance(doc, 'summary');
    expect(entry(s, 'expenditure', '一般公共服务支出')).toEqual({
      total: '82096797.42',
      personnel: '13819399.88',
      publicFunds: '1867397.54',
      project: '66410000.00',
    });
    expect(entry(s, 'expenditure', '支出总计')).toEqual({
      total: '91016775.35',
      personnel: '22473997.81',
      publicFunds: '2132777.54',
      project: '66410000.00',
    });
    expect(doc.tables.summary?.headings?.[0]?.department?.label).toBe('编制单位');
  });

  it('has the unit budget’s sections (no project explanations)', () => {
    expect(doc.narrative.sections.map((s) => s.key)).toEqual([
      'functions',
      'organisation',
      'glossary',
      'explanation',
      'other',
    ]);
  });
});

describe('上海市普陀区商务委员会 2025 department budget (WPS PDF)', async () => {
  const doc = await shanghaiDoc('shangwuwei');

  it('reads its totals and its seven classes', () => {
    expect([doc.kind, doc.year, doc.department?.value]).toEqual([
      'department-budget',
      2025,
      '上海市普陀区商务委员会',
    ]);
    expect(totals(doc)).toEqual({
      income: '37151.4655',
      expenditure: '37151.4655',
      basic: '1983.0655',
      project: '35168.40',
      personnel: '1812.0593',
      publicFunds: '171.0062',
      threePublic: '1.00',
    });
    expect(balance(doc, 'summary').expenditure.map((e) => e.key)).toEqual([
      '一般公共服务支出',
      '科学技术支出',
      '社会保障和就业支出',
      '卫生健康支出',
      '资源勘探工业信息等支出',
      '商业服务业等支出',
      '住房保障支出',
      '支出总计',
    ]);
    expect(warningsAndErrors(doc)).toEqual([]);
  });

  it('reads rows with the figures as printed, without thousands separators or with', () => {
    const i = amounts(doc, 'income');
    expect(row(i, '2150899')).toEqual([
      '2150899',
      '其他支持中小企业发展和管理支出',
      { total: '293810000.00', fiscal: '293810000.00', business: null, operating: null, other: null },
    ]);
    expect(row(amounts(doc, 'general-expenditure'), '2080599')[2]).toEqual({
      total: '13260.00',
      basic: '13260.00',
      project: null,
    });
  });

  it('reads its functional tables row by row: every 类/款/项 with its code, over the page break', () => {
    const e = amounts(doc, 'expenditure');
    expect(e.rows.map((r) => r.code)).toEqual([
      '201',
      '20113',
      '2011301',
      '2011302',
      '2011350',
      '2011399',
      '206',
      '20605',
      '2060503',
      '208',
      '20805',
      '2080501',
      '2080502',
      '2080505',
      '2080506',
      '2080599',
      '210',
      '21011',
      '2101101',
      '2101102',
      '215',
      '21508',
      '2150899',
      '216',
      '21699',
      '2169999',
      '221',
      '22102',
      '2210201',
      '2210203',
      null,
    ]);
    expect([row(e, '2011302'), row(e, '2169999'), row(e, '合计')]).toEqual([
      ['2011302', '一般行政管理事务', { total: '4545000.00', basic: null, project: '4545000.00' }],
      ['2169999', '其他商业服务业等支出', { total: '31364000.00', basic: null, project: '31364000.00' }],
      [null, '合计', { total: '371514655.00', basic: '19830655.00', project: '351684000.00' }],
    ]);
    const g = amounts(doc, 'general-expenditure');
    expect(g.pages).toHaveLength(2);
    expect(g.rows.map((r) => r.code)).toEqual(e.rows.map((r) => r.code));
    expect([row(g, '2080506'), row(g, '2080599'), row(g, '2210203')]).toEqual([
      ['2080506', '机关事业单位职业年金缴费支出', { total: '705443.00', basic: '705443.00', project: null }],
      ['2080599', '其他行政事业单位养老支出', { total: '13260.00', basic: '13260.00', project: null }],
      ['2210203', '购房补贴', { total: '1488000.00', basic: '1488000.00', project: null }],
    ]);
    expect(amounts(doc, 'fund-expenditure').empty).toBe(true);
  });

  it('reads its economic classes and its 三公 and 机关运行经费 row', () => {
    const b = amounts(doc, 'basic-expenditure');
    expect([row(b, '30213'), row(b, '30302'), row(b, '合计')[2]]).toEqual([
      ['30213', '维修（护）费', { total: '10000.00', personnel: null, publicFunds: '10000.00' }],
      ['30302', '退休费', { total: '1197600.00', personnel: '1197600.00', publicFunds: null }],
      { total: '19830655.00', personnel: '18120593.00', publicFunds: '1710062.00' },
    ]);
    expect(row(amounts(doc, 'three-public'), '合计')[2]).toMatchObject({
      total: '1.00',
      reception: '1.00',
      operating: '171.01',
    });
  });

  it('keeps one section per project explained, named by its project', () => {
    expect(doc.narrative.sections.filter((s) => s.key === 'project').map((s) => s.subject)).toEqual([
      '科技创新专项',
      '生命健康专项（政策资金）',
      '商业创新专项（政策资金）',
      '贸易高质量发展专项（政策资金）',
    ]);
  });
});

describe('上海市普陀区财政局 2024 final accounts (ONLYOFFICE PDF, amounts in 万元)', async () => {
  const doc = await shanghaiDoc('caizhengju');

  it('is final accounts with nine tables, totals = 本年收入合计 and 本年支出合计', () => {
    expect([doc.kind, doc.template, doc.year, doc.department?.value, doc.title?.value]).toEqual([
      'final-accounts',
      'final-accounts',
      2024,
      '上海市普陀区财政局',
      '上海市普陀区财政局2024年度部门决算',
    ]);
    expect(Object.keys(doc.tables)).toHaveLength(9);
    expect(totals(doc)).toEqual({
      income: '2946.25',
      expenditure: '2940.05',
      basic: '2336.91',
      project: '603.14',
      personnel: '2152.26',
      publicFunds: '184.65',
      // The 三公 table is read: 预算数 0.95, 决算数 printed blank (its explanation: 支出决算为0.00万元).
      threePublic: '0',
    });
    expect(warningsAndErrors(doc)).toEqual([]);
  });

  it('reads the statement with its carry-overs and both 总计', () => {
    const s = balance(doc, 'summary');
    expect([
      entry(s, 'income', '本年收入合计'),
      entry(s, 'income', '年初结转和结余'),
      entry(s, 'income', '收入总计'),
      entry(s, 'expenditure', '年末结转和结余'),
      entry(s, 'expenditure', '支出总计'),
      entry(s, 'expenditure', '社会保障和就业支出'),
    ]).toEqual([
      { final: '2946.25' },
      { final: '49.14' },
      { final: '2995.39' },
      { final: '55.34' },
      { final: '2995.39' },
      { final: '326.71' },
    ]);
  });

  it('tells apart the kinds printed twice in the fiscal statement (this year’s, brought forward)', () => {
    const f = balance(doc, 'fiscal-summary');
    expect([
      entry(f, 'income', '一般公共预算财政拨款'),
      entry(f, 'income', '年初结转和结余.一般公共预算财政拨款'),
      entry(f, 'income', '收入总计'),
    ]).toEqual([{ final: '2940.05' }, { final: '21.63' }, { final: '2961.68' }]);
  });

  it('reads the income table whose 合计 stands on the 类/款/项 header row, and multi-line names', () => {
    const i = amounts(doc, 'income');
    expect(row(i, '合计')[2]).toMatchObject({ total: '2946.25', fiscal: '2940.05', other: '6.20' });
    expect(row(i, '2010601')[2]).toMatchObject({ total: '1511.90', fiscal: '1511.89', other: '0.01' });
    expect(row(amounts(doc, 'expenditure'), '2080505')).toEqual([
      '2080505',
      '机关事业单位基本养老保险缴费支出',
      { total: '160.75', basic: '160.75', project: null, remit: null, operating: null, subsidiary: null },
    ]);
  });

  it('reads the paired basic-expenditure table: left rows first, then right, with both totals', () => {
    const b = amounts(doc, 'basic-expenditure');
    expect(row(b, '30101')[2]).toEqual({ total: '262.33' });
    expect(row(b, '30207')[2]).toEqual({ total: '4.88' });
    expect(row(b, '31002')[2]).toEqual({ total: '13.58' });
    expect(
      b.rows.filter((r) => r.kind === 'total').map((r) => [r.name, r.amounts['total']?.value.toString()]),
    ).toEqual([
      ['人员经费合计', '2152.26'],
      ['公用经费合计', '184.65'],
    ]);
    expect(b.rows.findIndex((r) => r.code === '303')).toBeLessThan(b.rows.findIndex((r) => r.code === '302'));
  });

  it('reads the 三公 table’s budgets and actuals', () => {
    expect(row(amounts(doc, 'three-public'), '合计')[2]).toMatchObject({
      totalBudget: '0.95',
      total: null,
      receptionBudget: '0.95',
      reception: null,
    });
  });

  it('reads the units it lists and the eleven items of its explanation', () => {
    expect(doc.units.map((u) => u.name)).toEqual([
      '上海市普陀区财政局（本级）',
      '上海市普陀区财政局财政所',
      '上海市普陀区国库收付中心',
    ]);
    expect(doc.narrative.sections.map((s) => s.key)).toEqual([
      'functions',
      'units',
      'totals',
      'income',
      'expenditure',
      'fiscal',
      'general',
      'basic',
      'threePublic',
      'fund',
      'stateCapital',
      'performance',
      'other',
      'glossary',
    ]);
  });

  it('reads the figures its explanation states, with their lines', () => {
    const fact = (key: string, qualifier?: string) =>
      doc.narrative.facts
        .find((f) => f.key === key && (qualifier === undefined || f.qualifier === qualifier))
        ?.value.toString();
    expect([
      fact('all.total'),
      fact('all.change'),
      fact('all.changePct'),
      fact('income.total'),
      fact('income.part', '财政拨款收入'),
      fact('income.partShare', '其他收入'),
      fact('expenditure.part', '项目支出'),
      fact('fiscal.total'),
      fact('general.total'),
      fact('general.completionPct'),
      fact('general.item', '一般公共服务支出（类）财政事务（款）行政运行（项）'),
      fact('general.itemBudget', '住房保障支出（类）住房改革支出（款）住房公积金（项）'),
      fact('threePublic.budget'),
      fact('operating.changePct'),
      fact('procurement.total'),
      fact('procurement.services'),
      fact('year.previous'),
    ]).toEqual([
      '2995.39',
      '-56.95',
      '-1.87',
      '2946.25',
      '2940.05',
      '0.21',
      '603.14',
      '0.3',
      '2940.05',
      '98.20',
      '1511.89',
      '187.75',
      '0.95',
      '1.40',
      '251.25',
      '246.47',
      '2023',
    ]);
    expect(doc.narrative.classAmounts.map((c) => [c.name, c.amount.toString(), c.share?.toString()])).toEqual(
      [
        ['一般公共服务支出', '2106.66', '71.73'],
        ['社会保障和就业支出', '326.72', '11.11'],
        ['卫生健康支出', '60.99', '2.07'],
        ['住房保障支出', '445.69', '15.16'],
      ],
    );
  });
});

describe('the blank national final-accounts template (WPS PDF)', async () => {
  const doc = await shanghaiDoc('finalTemplate');

  it('is final accounts with its nine tables printed empty, codes printed whole (2050205)', () => {
    expect([doc.kind, doc.year, doc.department?.value]).toEqual(['final-accounts', 2024, '上海市XX局']);
    expect(Object.values(doc.tables).every((t) => t?.empty)).toBe(true);
    expect(Object.keys(doc.tables)).toHaveLength(9);
    expect(amounts(doc, 'income').rows.map((r) => [r.kind, r.code])).toEqual([
      ['total', null],
      ['class', '205'],
      ['section', '20502'],
      ['item', '2050205'],
      ['class', '207'],
      ['section', '20799'],
    ]);
    expect(Object.values(totals(doc)).every((v) => v === null)).toBe(true);
  });
});

describe('the blank Shanghai department-budget workbook (XLSX)', async () => {
  const doc = await shanghaiDoc('budgetTemplate');

  it('is a department budget with nine empty tables, sheet by sheet', () => {
    expect([doc.kind, doc.template, doc.year, doc.department?.value]).toEqual([
      'department-budget',
      'shanghai-department',
      2026,
      '上海市普陀区XX局',
    ]);
    expect(Object.keys(doc.tables).sort()).toEqual([...ALL_BUDGET_TABLES].sort());
    expect(Object.values(doc.tables).every((t) => t?.empty)).toBe(true);
    expect(amounts(doc, 'basic-expenditure').rows.map((r) => r.code)).toEqual([
      '301',
      '30101',
      '303',
      '30304',
      null,
    ]);
    expect(amounts(doc, 'income').rows[2]?.source).toMatchObject({ sheet: '部门收入总表', cell: 'D11' });
    expect(warningsAndErrors(doc)).toEqual([]);
  });

  it('reads the explanation written into merged cells, line by line', () => {
    expect(doc.narrative.sections.map((s) => s.key)).toEqual([
      'functions',
      'organisation',
      'glossary',
      'explanation',
      'other',
      'project',
    ]);
  });
});
