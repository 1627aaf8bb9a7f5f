// The national final-accounts layout (部门决算), as Shanghai's departments publish it: nine tables in
// 万元 (收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表), then the explanation of eleven items
// (情况说明) and the glossary. The statement identities the review checks: 收入总计 = 本年收入合计 +
// 使用非财政拨款结余 + 年初结转和结余; 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余.

import { classItems } from './classes.js';
import type { ColumnTemplate, Template } from './template.js';

const FUNCTIONAL_CAPTIONS = [
  '项目',
  '支出功能分类科目编码',
  '支出功能分类',
  '功能分类科目编码',
  '功能分类',
  '科目编码',
  '科目名称',
];

const carryColumns: ColumnTemplate[] = [
  { key: 'carryIn', label: '年初结转和结余', sum: 'none' },
  { key: 'income', label: '本年收入', sum: 'none' },
  { key: 'total', label: '小计', group: '本年支出' },
  { key: 'basic', label: '基本支出', group: '本年支出' },
  { key: 'project', label: '项目支出', group: '本年支出' },
  { key: 'carryOut', label: '年末结转和结余', sum: 'none' },
];

/** 预算数 and 决算数 of one 三公 column. */
const budgetAndFinal = (key: string, label: string, group?: string): ColumnTemplate[] => [
  { key: `${key}Budget`, label: '预算数', group: group ?? label, sum: 'none' },
  { key, label: '决算数', group: group ?? label, sum: 'none' },
];

export const FINAL_ACCOUNTS: Template = {
  id: 'final-accounts',
  name: '部门决算（全国统一九张表）',
  kind: 'final-accounts',
  unit: '万元',
  roundedFromYuan: true,
  unitLabels: ['部门名称', '编制部门', '编制单位', '单位名称'],
  minTables: 2,
  tables: [
    {
      id: 'summary',
      no: 1,
      name: '收入支出决算总表',
      titles: ['收入支出决算总表', '部门收入支出决算总表'],
      captions: ['收入', '支出', '项目', '决算数'],
      shape: 'balance',
      incomeColumns: [{ key: 'final', label: '决算数' }],
      expenditureColumns: [{ key: 'final', label: '决算数' }],
      incomeItems: [
        { key: '一般公共预算财政拨款收入', role: 'item', labels: ['一般公共预算财政拨款收入'] },
        { key: '政府性基金预算财政拨款收入', role: 'item', labels: ['政府性基金预算财政拨款收入'] },
        { key: '国有资本经营预算财政拨款收入', role: 'item', labels: ['国有资本经营预算财政拨款收入'] },
        { key: '上级补助收入', role: 'item', labels: ['上级补助收入'] },
        { key: '事业收入', role: 'item', labels: ['事业收入'] },
        { key: '经营收入', role: 'item', labels: ['经营收入'] },
        { key: '附属单位上缴收入', role: 'item', labels: ['附属单位上缴收入'] },
        { key: '其他收入', role: 'item', labels: ['其他收入'] },
        { key: '本年收入合计', role: 'subtotal', labels: ['本年收入合计'] },
        {
          key: '使用非财政拨款结余',
          role: 'item',
          labels: ['使用非财政拨款结余（含专用结余）', '使用非财政拨款结余', '使用非财政拨款结余和专用结余'],
        },
        { key: '年初结转和结余', role: 'item', labels: ['年初结转和结余'] },
        { key: '收入总计', role: 'total', labels: ['总计', '收入总计'] },
      ],
      expenditureItems: [
        ...classItems('item'),
        { key: '本年支出合计', role: 'subtotal', labels: ['本年支出合计'] },
        { key: '结余分配', role: 'item', labels: ['结余分配'] },
        { key: '年末结转和结余', role: 'item', labels: ['年末结转和结余'] },
        { key: '支出总计', role: 'total', labels: ['总计', '支出总计'] },
      ],
      identities: [
        {
          side: 'income',
          total: '本年收入合计',
          parts: [
            '一般公共预算财政拨款收入',
            '政府性基金预算财政拨款收入',
            '国有资本经营预算财政拨款收入',
            '上级补助收入',
            '事业收入',
            '经营收入',
            '附属单位上缴收入',
            '其他收入',
          ],
        },
        {
          side: 'income',
          total: '收入总计',
          parts: ['本年收入合计', '使用非财政拨款结余', '年初结转和结余'],
        },
        { side: 'expenditure', total: '本年支出合计', parts: 'classes' },
        { side: 'expenditure', total: '支出总计', parts: ['本年支出合计', '结余分配', '年末结转和结余'] },
      ],
      balances: [['收入总计', '支出总计']],
    },
    {
      id: 'income',
      no: 2,
      name: '收入决算表',
      titles: ['收入决算表', '部门收入决算表'],
      captions: FUNCTIONAL_CAPTIONS,
      shape: 'amounts',
      classification: 'functional',
      columns: [
        { key: 'total', label: '本年收入合计' },
        { key: 'fiscal', label: '财政拨款收入' },
        { key: 'superior', label: '上级补助收入' },
        { key: 'business', label: '事业收入' },
        { key: 'operating', label: '经营收入' },
        { key: 'subsidiary', label: '附属单位上缴收入' },
        { key: 'other', label: '其他收入' },
      ],
    },
    {
      id: 'expenditure',
      no: 3,
      name: '支出决算表',
      titles: ['支出决算表', '部门支出决算表'],
      captions: FUNCTIONAL_CAPTIONS,
      shape: 'amounts',
      classification: 'functional',
      columns: [
        { key: 'total', label: '本年支出合计' },
        { key: 'basic', label: '基本支出' },
        { key: 'project', label: '项目支出' },
        { key: 'remit', label: '上缴上级支出' },
        { key: 'operating', label: '经营支出' },
        { key: 'subsidiary', label: '对附属单位补助支出' },
      ],
    },
    {
      id: 'fiscal-summary',
      no: 4,
      name: '财政拨款收入支出决算总表',
      titles: ['财政拨款收入支出决算总表'],
      captions: ['收入', '支出', '项目', '决算数'],
      shape: 'balance',
      incomeColumns: [{ key: 'final', label: '决算数' }],
      expenditureColumns: [
        { key: 'total', label: '合计' },
        { key: 'general', label: '一般公共预算财政拨款' },
        { key: 'fund', label: '政府性基金预算财政拨款' },
        { key: 'stateCapital', label: '国有资本经营预算财政拨款' },
      ],
      // The three kinds are printed twice: this year's income, then the balance brought forward.
      incomeItems: [
        {
          key: '一般公共预算财政拨款',
          role: 'item',
          labels: ['一般公共预算财政拨款', '一般公共预算财政拨款收入'],
        },
        {
          key: '政府性基金预算财政拨款',
          role: 'item',
          labels: ['政府性基金预算财政拨款', '政府性基金预算财政拨款收入'],
        },
        {
          key: '国有资本经营预算财政拨款',
          role: 'item',
          labels: ['国有资本经营预算财政拨款', '国有资本经营预算财政拨款收入'],
        },
        { key: '本年收入合计', role: 'subtotal', labels: ['本年收入合计'] },
        { key: '年初财政拨款结转和结余', role: 'item', labels: ['年初财政拨款结转和结余'] },
        { key: '年初结转和结余.一般公共预算财政拨款', role: 'subitem', labels: ['一般公共预算财政拨款'] },
        { key: '年初结转和结余.政府性基金预算财政拨款', role: 'subitem', labels: ['政府性基金预算财政拨款'] },
        {
          key: '年初结转和结余.国有资本经营预算财政拨款',
          role: 'subitem',
          labels: ['国有资本经营预算财政拨款'],
        },
        { key: '收入总计', role: 'total', labels: ['总计', '收入总计'] },
      ],
      expenditureItems: [
        ...classItems('item'),
        { key: '本年支出合计', role: 'subtotal', labels: ['本年支出合计'] },
        { key: '年末财政拨款结转和结余', role: 'item', labels: ['年末财政拨款结转和结余'] },
        { key: '支出总计', role: 'total', labels: ['总计', '支出总计'] },
      ],
      identities: [
        {
          side: 'income',
          total: '本年收入合计',
          parts: ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
        },
        {
          side: 'income',
          total: '年初财政拨款结转和结余',
          parts: [
            '年初结转和结余.一般公共预算财政拨款',
            '年初结转和结余.政府性基金预算财政拨款',
            '年初结转和结余.国有资本经营预算财政拨款',
          ],
        },
        { side: 'income', total: '收入总计', parts: ['本年收入合计', '年初财政拨款结转和结余'] },
        { side: 'expenditure', total: '本年支出合计', parts: 'classes' },
        { side: 'expenditure', total: '支出总计', parts: ['本年支出合计', '年末财政拨款结转和结余'] },
      ],
      balances: [['收入总计', '支出总计']],
    },
    {
      id: 'general-expenditure',
      no: 5,
      name: '一般公共预算财政拨款支出决算表',
      titles: ['一般公共预算财政拨款支出决算表'],
      captions: FUNCTIONAL_CAPTIONS,
      shape: 'amounts',
      classification: 'functional',
      columns: [
        { key: 'total', label: '合计' },
        { key: 'basic', label: '基本支出' },
        { key: 'project', label: '项目支出' },
      ],
    },
    {
      id: 'basic-expenditure',
      no: 6,
      name: '一般公共预算财政拨款基本支出决算表',
      titles: ['一般公共预算财政拨款基本支出决算表'],
      captions: ['经济分类科目编码', '经济分类', '科目编码', '科目名称', '决算数'],
      shape: 'amounts',
      classification: 'economic',
      layout: 'paired',
      columns: [{ key: 'total', label: '决算数' }],
      totalRows: [
        { name: '人员经费合计', key: 'personnel', classes: ['301', '303'] },
        { name: '公用经费合计', key: 'publicFunds', classes: ['302', '307', '309', '310', '399'] },
      ],
    },
    {
      id: 'three-public',
      no: 7,
      name: '财政拨款“三公”经费支出决算表',
      titles: ['财政拨款“三公”经费支出决算表'],
      captions: [
        '财政拨款“三公”经费',
        '公务用车购置及运行费',
        '公务用车购置及运行维护费',
        '小计',
        '公务用车运行费',
        '因公出国(境)费',
      ],
      shape: 'amounts',
      classification: 'total',
      columns: [
        ...budgetAndFinal('total', '合计'),
        ...budgetAndFinal('abroad', '因公出国（境）费'),
        ...budgetAndFinal('vehicle', '小计', '公务用车购置及运行维护费'),
        ...budgetAndFinal('vehiclePurchase', '公务用车购置费'),
        ...budgetAndFinal('vehicleOperation', '公务用车运行维护费'),
        ...budgetAndFinal('reception', '公务接待费'),
      ],
      rowIdentities: [
        { total: 'totalBudget', parts: ['abroadBudget', 'vehicleBudget', 'receptionBudget'] },
        { total: 'total', parts: ['abroad', 'vehicle', 'reception'] },
        { total: 'vehicleBudget', parts: ['vehiclePurchaseBudget', 'vehicleOperationBudget'] },
        { total: 'vehicle', parts: ['vehiclePurchase', 'vehicleOperation'] },
      ],
    },
    {
      id: 'fund-expenditure',
      no: 8,
      name: '政府性基金预算财政拨款收入支出决算表',
      titles: ['政府性基金预算财政拨款收入支出决算表'],
      captions: FUNCTIONAL_CAPTIONS,
      shape: 'amounts',
      classification: 'functional',
      columns: carryColumns,
    },
    {
      id: 'state-capital-expenditure',
      no: 9,
      name: '国有资本经营预算财政拨款收入支出决算表',
      titles: ['国有资本经营预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表'],
      captions: FUNCTIONAL_CAPTIONS,
      shape: 'amounts',
      classification: 'functional',
      columns: carryColumns,
    },
  ],
  narrative: [
    { key: 'functions', titles: ['主要职能'], heading: 'numbered' },
    { key: 'units', titles: ['部门决算单位构成', '单位构成', '机构设置'], heading: 'numbered' },
    { key: 'totals', titles: ['收入支出决算总体情况说明'], heading: 'numbered' },
    { key: 'income', titles: ['收入决算情况说明'], heading: 'numbered' },
    { key: 'expenditure', titles: ['支出决算情况说明'], heading: 'numbered' },
    { key: 'fiscal', titles: ['财政拨款收入支出决算总体情况说明'], heading: 'numbered' },
    { key: 'general', titles: ['一般公共预算财政拨款支出决算情况说明'], heading: 'numbered' },
    { key: 'basic', titles: ['一般公共预算财政拨款基本支出决算情况说明'], heading: 'numbered' },
    { key: 'threePublic', titles: ['财政拨款“三公”经费支出决算情况说明'], heading: 'numbered' },
    { key: 'fund', titles: ['政府性基金预算财政拨款收入支出决算情况说明'], heading: 'numbered' },
    { key: 'stateCapital', titles: ['国有资本经营预算财政拨款收入支出决算情况说明'], heading: 'numbered' },
    { key: 'performance', titles: ['预算绩效管理情况'], heading: 'numbered' },
    { key: 'other', titles: ['其他重要事项的情况说明', '其他重要事项说明'], heading: 'numbered' },
    { key: 'glossary', titles: ['名词解释'], heading: 'numbered' },
  ],
  agreements: [
    {
      a: [{ table: 'summary', side: 'income', item: '本年收入合计' }],
      b: [{ table: 'income', row: 'total', column: 'total' }],
    },
    {
      a: [{ table: 'summary', side: 'expenditure', item: '本年支出合计' }],
      b: [{ table: 'expenditure', row: 'total', column: 'total' }],
    },
    {
      a: [{ table: 'summary', side: 'income', item: '一般公共预算财政拨款收入' }],
      b: [{ table: 'fiscal-summary', side: 'income', item: '一般公共预算财政拨款' }],
    },
    {
      a: [{ table: 'summary', side: 'income', item: '政府性基金预算财政拨款收入' }],
      b: [{ table: 'fiscal-summary', side: 'income', item: '政府性基金预算财政拨款' }],
    },
    {
      a: [{ table: 'summary', side: 'income', item: '国有资本经营预算财政拨款收入' }],
      b: [{ table: 'fiscal-summary', side: 'income', item: '国有资本经营预算财政拨款' }],
    },
    {
      a: [{ table: 'fiscal-summary', side: 'expenditure', item: '本年支出合计', column: 'general' }],
      b: [{ table: 'general-expenditure', row: 'total', column: 'total' }],
    },
    {
      a: [{ table: 'general-expenditure', row: 'total', column: 'basic' }],
      b: [
        { table: 'basic-expenditure', row: { name: '人员经费合计' }, column: 'total' },
        { table: 'basic-expenditure', row: { name: '公用经费合计' }, column: 'total' },
      ],
    },
    {
      a: [{ table: 'fiscal-summary', side: 'expenditure', item: '本年支出合计', column: 'fund' }],
      b: [{ table: 'fund-expenditure', row: 'total', column: 'total' }],
    },
    {
      a: [{ table: 'fiscal-summary', side: 'expenditure', item: '本年支出合计', column: 'stateCapital' }],
      b: [{ table: 'state-capital-expenditure', row: 'total', column: 'total' }],
    },
  ],
  classAgreements: [
    {
      statement: { table: 'summary', side: 'expenditure' },
      amounts: { table: 'expenditure', column: 'total' },
    },
    {
      statement: { table: 'fiscal-summary', side: 'expenditure', column: 'general' },
      amounts: { table: 'general-expenditure', column: 'total' },
    },
  ],
  totals: {
    income: [{ table: 'summary', side: 'income', item: '本年收入合计' }],
    expenditure: [{ table: 'summary', side: 'expenditure', item: '本年支出合计' }],
    basic: [
      { table: 'expenditure', row: 'total', column: 'basic' },
      { table: 'general-expenditure', row: 'total', column: 'basic' },
    ],
    project: [
      { table: 'expenditure', row: 'total', column: 'project' },
      { table: 'general-expenditure', row: 'total', column: 'project' },
    ],
    personnel: [{ table: 'basic-expenditure', row: { name: '人员经费合计' }, column: 'total' }],
    publicFunds: [{ table: 'basic-expenditure', row: { name: '公用经费合计' }, column: 'total' }],
    threePublic: [{ table: 'three-public', row: 'total', column: 'total' }],
  },
};
