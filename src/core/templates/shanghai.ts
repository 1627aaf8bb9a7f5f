// Shanghai's district budgets (上海市普陀区 and the other districts): nine tables with amounts in 元 —
// 三公 in 万元 — then 其他相关情况说明 and, in department budgets, one 项目经费情况说明 per project.
// The department budget (预算主管部门, 编制部门) and the unit budget (预算单位, 编制单位) of one office
// print the same tables under titles of their own; the unit budget's first table also splits the
// expenditure into 人员经费, 公用经费 and 项目支出.

import { classItems } from './classes.js';
import type { ColumnTemplate, NarrativeSectionTemplate, TableTemplate, Template } from './template.js';

const FUNCTIONAL_CAPTIONS = ['项目', '功能分类科目编码', '功能分类科目名称', '科目编码', '科目名称'];

const totalBasicProject = (group: string): ColumnTemplate[] => [
  { key: 'total', label: '合计', group },
  { key: 'basic', label: '基本支出', group },
  { key: 'project', label: '项目支出', group },
];

/** The tables, titled with the prefix the kind prints (部门 / 预算单位 / 单位). */
function tables(kind: 'department' | 'unit'): TableTemplate[] {
  const p = kind === 'department' ? '部门' : '预算单位';
  const three = kind === 'department' ? '部门' : '单位';
  const expenditureColumns: ColumnTemplate[] =
    kind === 'department'
      ? [{ key: 'budget', label: '预算数' }]
      : [
          { key: 'total', label: '合计', group: '预算数' },
          { key: 'personnel', label: '人员经费', group: '基本支出' },
          { key: 'publicFunds', label: '公用经费', group: '基本支出' },
          { key: 'project', label: '项目支出', group: '预算数' },
        ];
  return [
    {
      id: 'summary',
      no: 1,
      name: `${p}财务收支预算总表`,
      titles: [`${p}财务收支预算总表`],
      captions: ['本年收入', '本年支出', '项目', '预算数', '基本支出'],
      shape: 'balance',
      incomeColumns: [{ key: 'budget', label: '预算数' }],
      expenditureColumns,
      incomeItems: [
        { key: '财政拨款收入', role: 'item', labels: ['财政拨款收入'] },
        { key: '一般公共预算资金', role: 'subitem', labels: ['一般公共预算资金', '一般公共预算'] },
        {
          key: '政府性基金',
          role: 'subitem',
          labels: ['政府性基金', '政府性基金预算', '政府性基金预算资金'],
        },
        {
          key: '国有资本经营预算',
          role: 'subitem',
          labels: ['国有资本经营预算', '国有资本经营预算资金'],
        },
        { key: '事业收入', role: 'item', labels: ['事业收入'] },
        { key: '事业单位经营收入', role: 'item', labels: ['事业单位经营收入'] },
        { key: '其他收入', role: 'item', labels: ['其他收入'] },
        { key: '收入总计', role: 'total', labels: ['收入总计'] },
      ],
      expenditureItems: [...classItems('item'), { key: '支出总计', role: 'total', labels: ['支出总计'] }],
      identities: [
        { side: 'income', total: '收入总计', parts: 'items' },
        {
          side: 'income',
          total: '财政拨款收入',
          parts: ['一般公共预算资金', '政府性基金', '国有资本经营预算'],
        },
        { side: 'expenditure', total: '支出总计', parts: 'classes' },
      ],
      balances: [['收入总计', '支出总计']],
    },
    {
      id: 'income',
      no: 2,
      name: `${p}收入预算总表`,
      titles: [`${p}收入预算总表`],
      captions: [...FUNCTIONAL_CAPTIONS, '收入预算'],
      shape: 'amounts',
      classification: 'functional',
      columns: [
        { key: 'total', label: '合计', group: '收入预算' },
        { key: 'fiscal', label: '财政拨款收入', group: '收入预算' },
        { key: 'business', label: '事业收入', group: '收入预算' },
        { key: 'operating', label: '事业单位经营收入', group: '收入预算' },
        { key: 'other', label: '其他收入', group: '收入预算' },
      ],
    },
    {
      id: 'expenditure',
      no: 3,
      name: `${p}支出预算总表`,
      titles: [`${p}支出预算总表`],
      captions: [...FUNCTIONAL_CAPTIONS, '支出预算'],
      shape: 'amounts',
      classification: 'functional',
      columns: totalBasicProject('支出预算'),
    },
    {
      id: 'fiscal-summary',
      no: 4,
      name: `${p}财政拨款收支预算总表`,
      titles: [`${p}财政拨款收支预算总表`],
      captions: ['财政拨款收入', '财政拨款支出', '项目', '预算数'],
      shape: 'balance',
      incomeColumns: [{ key: 'budget', label: '预算数' }],
      expenditureColumns: [
        { key: 'total', label: '合计' },
        { key: 'general', label: '一般公共预算' },
        { key: 'fund', label: '政府性基金预算' },
        { key: 'stateCapital', label: '国有资本经营预算' },
      ],
      incomeItems: [
        { key: '一般公共预算资金', role: 'item', labels: ['一般公共预算资金', '一般公共预算'] },
        { key: '政府性基金', role: 'item', labels: ['政府性基金', '政府性基金预算', '政府性基金预算资金'] },
        { key: '国有资本经营预算', role: 'item', labels: ['国有资本经营预算', '国有资本经营预算资金'] },
        { key: '收入总计', role: 'total', labels: ['收入总计'] },
      ],
      expenditureItems: [...classItems('item'), { key: '支出总计', role: 'total', labels: ['支出总计'] }],
      identities: [
        { side: 'income', total: '收入总计', parts: 'items' },
        { side: 'expenditure', total: '支出总计', parts: 'classes' },
      ],
      balances: [['收入总计', '支出总计']],
    },
    {
      id: 'general-expenditure',
      no: 5,
      name: `${p}一般公共预算支出功能分类预算表`,
      titles: [`${p}一般公共预算支出功能分类预算表`],
      captions: [...FUNCTIONAL_CAPTIONS, '一般公共预算支出'],
      shape: 'amounts',
      classification: 'functional',
      columns: totalBasicProject('一般公共预算支出'),
    },
    {
      id: 'fund-expenditure',
      no: 6,
      name: `${p}政府性基金预算支出功能分类预算表`,
      titles: [`${p}政府性基金预算支出功能分类预算表`],
      captions: [...FUNCTIONAL_CAPTIONS, '政府性基金预算支出'],
      shape: 'amounts',
      classification: 'functional',
      columns: totalBasicProject('政府性基金预算支出'),
    },
    {
      id: 'state-capital-expenditure',
      no: 7,
      name: `${p}国有资本经营预算支出功能分类预算表`,
      titles: [`${p}国有资本经营预算支出功能分类预算表`],
      captions: [...FUNCTIONAL_CAPTIONS, '国有资本经营预算支出'],
      shape: 'amounts',
      classification: 'functional',
      columns: totalBasicProject('国有资本经营预算支出'),
    },
    {
      id: 'basic-expenditure',
      no: 8,
      name: `${p}一般公共预算基本支出部门预算经济分类预算表`,
      titles: [`${p}一般公共预算基本支出部门预算经济分类预算表`],
      captions: [
        '项目',
        '部门预算经济分类科目编码',
        '部门预算经济分类科目',
        '经济分类科目编码',
        '编码',
        '经济分类科目名称',
        '部门经济分类科目名称',
        '一般公共预算基本支出',
      ],
      shape: 'amounts',
      classification: 'economic',
      columns: [
        { key: 'total', label: '合计', group: '一般公共预算基本支出' },
        { key: 'personnel', label: '人员经费', group: '一般公共预算基本支出' },
        { key: 'publicFunds', label: '公用经费', group: '一般公共预算基本支出' },
      ],
    },
    {
      id: 'three-public',
      no: 9,
      name: `${three}“三公”经费和机关运行经费预算表`,
      titles: [`${three}“三公”经费和机关运行经费预算表`, `${three}“三公”经费和机关运行费预算表`],
      captions: ['“三公”经费预算数', '机关运行经费预算数', '公务用车购置及运行费'],
      unit: '万元',
      shape: 'amounts',
      classification: 'total',
      columns: [
        { key: 'total', label: '合计', group: '“三公”经费预算数' },
        { key: 'abroad', label: '因公出国(境)费', group: '“三公”经费预算数' },
        { key: 'reception', label: '公务接待费', group: '“三公”经费预算数' },
        { key: 'vehicle', label: '小计', group: '公务用车购置及运行费' },
        { key: 'vehiclePurchase', label: '购置费', group: '公务用车购置及运行费', sum: 'none' },
        { key: 'vehicleOperation', label: '运行费', group: '公务用车购置及运行费', sum: 'none' },
        { key: 'operating', label: '机关运行经费预算数', sum: 'none' },
      ],
      rowIdentities: [{ total: 'vehicle', parts: ['vehiclePurchase', 'vehicleOperation'] }],
    },
  ];
}

function narrative(kind: 'department' | 'unit'): NarrativeSectionTemplate[] {
  const p = kind === 'department' ? '部门' : '单位';
  const sections: NarrativeSectionTemplate[] = [
    { key: 'functions', titles: ['主要职能'], heading: 'named' },
    { key: 'organisation', titles: ['机构设置'], heading: 'named' },
    { key: 'glossary', titles: ['名词解释'], heading: 'named' },
    { key: 'explanation', titles: [`${p}预算编制说明`, '预算编制说明'], heading: 'named' },
    { key: 'other', titles: ['其他相关情况说明'], heading: 'named' },
  ];
  if (kind === 'department')
    sections.push({
      key: 'project',
      titles: ['项目经费情况说明', '经费情况说明'],
      heading: 'named',
      repeated: true,
    });
  return sections;
}

/**
 * Figures that agree across the nine tables: the statement's totals and the income and expenditure
 * tables' 合计; the fiscal statement and the three budget tables by kind of fund; the basic-expenditure
 * table and the general budget's 基本支出.
 */
function agreements(kind: 'department' | 'unit'): Template['agreements'] {
  const statementTotal = kind === 'department' ? 'budget' : 'total';
  return [
    {
      a: [{ table: 'summary', side: 'income', item: '收入总计' }],
      b: [{ table: 'income', row: 'total', column: 'total' }],
    },
    {
      a: [{ table: 'summary', side: 'income', item: '财政拨款收入' }],
      b: [{ table: 'income', row: 'total', column: 'fiscal' }],
    },
    {
      a: [{ table: 'summary', side: 'expenditure', item: '支出总计', column: statementTotal }],
      b: [{ table: 'expenditure', row: 'total', column: 'total' }],
    },
    {
      a: [{ table: 'fiscal-summary', side: 'income', item: '一般公共预算资金' }],
      b: [{ table: 'summary', side: 'income', item: '一般公共预算资金' }],
    },
    {
      a: [{ table: 'fiscal-summary', side: 'expenditure', item: '支出总计', column: 'general' }],
      b: [{ table: 'general-expenditure', row: 'total', column: 'total' }],
    },
    {
      a: [{ table: 'fiscal-summary', side: 'expenditure', item: '支出总计', column: 'fund' }],
      b: [{ table: 'fund-expenditure', row: 'total', column: 'total' }],
    },
    {
      a: [{ table: 'fiscal-summary', side: 'expenditure', item: '支出总计', column: 'stateCapital' }],
      b: [{ table: 'state-capital-expenditure', row: 'total', column: 'total' }],
    },
    {
      a: [{ table: 'general-expenditure', row: 'total', column: 'basic' }],
      b: [{ table: 'basic-expenditure', row: 'total', column: 'total' }],
    },
    ...(kind === 'unit'
      ? [
          {
            a: [{ table: 'summary', side: 'expenditure', item: '支出总计', column: 'personnel' }] as const,
            b: [{ table: 'basic-expenditure', row: 'total', column: 'personnel' }] as const,
          },
          {
            a: [{ table: 'summary', side: 'expenditure', item: '支出总计', column: 'publicFunds' }] as const,
            b: [{ table: 'basic-expenditure', row: 'total', column: 'publicFunds' }] as const,
          },
        ]
      : []),
  ];
}

const CLASS_AGREEMENTS = (kind: 'department' | 'unit'): Template['classAgreements'] => [
  {
    statement: { table: 'summary', side: 'expenditure', column: kind === 'department' ? 'budget' : 'total' },
    amounts: { table: 'expenditure', column: 'total' },
  },
  {
    statement: { table: 'fiscal-summary', side: 'expenditure', column: 'general' },
    amounts: { table: 'general-expenditure', column: 'total' },
  },
];

const totals = (kind: 'department' | 'unit'): Template['totals'] => ({
  income: [{ table: 'summary', side: 'income', item: '收入总计' }],
  expenditure: [
    {
      table: 'summary',
      side: 'expenditure',
      item: '支出总计',
      column: kind === 'department' ? 'budget' : 'total',
    },
  ],
  basic: [
    { table: 'expenditure', row: 'total', column: 'basic' },
    { table: 'general-expenditure', row: 'total', column: 'basic' },
  ],
  project: [
    { table: 'expenditure', row: 'total', column: 'project' },
    { table: 'general-expenditure', row: 'total', column: 'project' },
  ],
  personnel: [{ table: 'basic-expenditure', row: 'total', column: 'personnel' }],
  publicFunds: [{ table: 'basic-expenditure', row: 'total', column: 'publicFunds' }],
  threePublic: [{ table: 'three-public', row: 'total', column: 'total' }],
});

export const SHANGHAI_DEPARTMENT: Template = {
  id: 'shanghai-department',
  name: '上海市区级部门预算（九张表）',
  kind: 'department-budget',
  unit: '元',
  tables: tables('department'),
  unitLabels: ['编制部门', '部门名称', '预算主管部门'],
  coverLabel: '预算主管部门',
  narrative: narrative('department'),
  totals: totals('department'),
  agreements: agreements('department'),
  classAgreements: CLASS_AGREEMENTS('department'),
  minTables: 2,
};

export const SHANGHAI_UNIT: Template = {
  id: 'shanghai-unit',
  name: '上海市区级单位预算（九张表）',
  kind: 'unit-budget',
  unit: '元',
  tables: tables('unit'),
  unitLabels: ['编制单位', '单位名称', '预算单位'],
  coverLabel: '预算单位',
  narrative: narrative('unit'),
  totals: totals('unit'),
  agreements: agreements('unit'),
  classAgreements: CLASS_AGREEMENTS('unit'),
  minTables: 2,
};
