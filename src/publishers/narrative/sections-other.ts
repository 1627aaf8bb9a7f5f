// Section 六 of Part 1 (其他重要事项的情况说明): 机关运行经费 and “三公”经费 from the tables with
// the stated change; 会议费/培训费, 政府采购 and 国有资产 from the figures the document states
// (`narrative.facts`, which no table carries); 预算绩效目标 from the two target tables.

import { Decimal } from '../../core/decimal.js';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { FactKey } from '../../core/model/narrative.js';
import { changeReason } from './carried.js';
import { changeSentence } from './change.js';
import type { BudgetFigures } from './figures.js';
import { countText, proseMoney } from './format.js';
import { factValue, yearText } from './sections-budget.js';
import type { NarrativeBlock } from './types.js';

const text = (lead: string, body: string): NarrativeBlock => ({
  kind: 'text',
  origin: 'generated',
  lead,
  text: body,
});

function operating(doc: DepartmentBudgetDocument, f: BudgetFigures): string {
  const y = yearText(f.year);
  if (f.publicFunds === null)
    return `${y}本部门机关运行经费数未提供（一般公共预算基本支出表无公用经费合计）。`;
  return (
    `${y}本部门机关运行经费${proseMoney(f.publicFunds)}。` +
    changeSentence('机关运行经费', '上年预算', f.publicFunds, factValue(doc, 'operating.change'), '比') +
    (changeReason(doc, 'other', /机关运行经费/) ?? '')
  );
}

function threePublic(doc: DepartmentBudgetDocument, f: BudgetFigures): string {
  const y = yearText(f.year);
  const t = f.threePublic;
  if (t.total === null) return `${y}本部门“三公”经费预算数未提供（“三公”经费支出表无数据）。`;
  // A part left blank in the 三公 table means no such spending (the table's note says so): 0.00.
  const m = (v: Decimal | null) => proseMoney(v ?? Decimal.ZERO);
  let s =
    `${y}本部门“三公”经费预算数为${proseMoney(t.total)}，其中，公务接待费${m(t.reception)}，` +
    `公务用车购置及运行费${m(t.vehicle)}（其中，公务用车购置费${m(t.vehiclePurchase)}，` +
    `公务用车运行费${m(t.vehicleOperation)}），因公出国（境）费${m(t.abroad)}。`;
  const previous = f.year === null ? '上年' : `${f.year - 1}年`;
  s += changeSentence(`${y}“三公”经费预算`, previous, t.total, factValue(doc, 'threePublic.change'));
  const reason = doc.narrative.threePublicChangeReason?.value.trim();
  if (reason) s += /[。！？]$/.test(reason) ? reason : reason + '。';
  return s;
}

const amountFact = (doc: DepartmentBudgetDocument, key: FactKey): string | null => {
  const v = factValue(doc, key);
  return v === null ? null : proseMoney(v);
};
const countFact = (doc: DepartmentBudgetDocument, key: FactKey, unit: string): string | null => {
  const v = factValue(doc, key);
  return v === null ? null : countText(v) + unit;
};

function spendingItem(
  doc: DepartmentBudgetDocument,
  name: '会议费' | '培训费',
  prefix: 'meeting' | 'training',
): string {
  const total = amountFact(doc, `${prefix}.total`);
  if (total === null) return `${name}预算数未提供`;
  const parts: string[] = [];
  const basic = amountFact(doc, `${prefix}.basic`);
  const project = amountFact(doc, `${prefix}.project`);
  if (basic !== null) parts.push(`基本支出${basic}`);
  if (project !== null) parts.push(`项目支出${project}`);
  const people = countFact(doc, `${prefix}.people`, '人');
  return `${name}预算${total}${parts.length ? `，其中${parts.join('，')}` : ''}${people ? `，人数约${people}` : ''}`;
}

function generalSpending(doc: DepartmentBudgetDocument, f: BudgetFigures): string {
  return `${yearText(f.year)}本部门${spendingItem(doc, '会议费', 'meeting')}；${spendingItem(doc, '培训费', 'training')}。`;
}

function procurement(doc: DepartmentBudgetDocument, f: BudgetFigures): string {
  const total = amountFact(doc, 'procurement.total');
  if (total === null) return `${yearText(f.year)}本部门政府采购预算数未提供。`;
  const parts = (
    [
      ['货物类采购预算', 'procurement.goods'],
      ['工程类采购预算', 'procurement.works'],
      ['服务类采购预算', 'procurement.services'],
    ] as const
  ).flatMap(([label, key]) => {
    const v = amountFact(doc, key);
    return v === null ? [] : [label + v];
  });
  return `${yearText(f.year)}本部门政府采购预算总额${total}${parts.length ? `，其中，${parts.join('；')}` : ''}。`;
}

const VEHICLE_KINDS = [
  ['机要通信用车', 'confidential'],
  ['应急保障用车', 'emergency'],
  ['执法执勤用车', 'enforcement'],
  ['特种专业技术用车', 'special'],
  ['其他按照规定配备的公务用车', 'other'],
] as const;

function vehicles(doc: DepartmentBudgetDocument, base: 'vehicles' | 'vehicles.new'): string | null {
  const total = countFact(doc, base === 'vehicles' ? 'vehicles.total' : 'vehicles.new', '辆');
  if (total === null) return null;
  const parts = VEHICLE_KINDS.flatMap(([label, k]) => {
    const v = countFact(doc, `${base}.${k}`, '辆');
    return v === null ? [] : [label + v];
  });
  return `${total}${parts.length ? `，其中，${parts.join('，')}` : ''}`;
}

function equipment(doc: DepartmentBudgetDocument, isNew: boolean): string | null {
  const g = countFact(doc, isNew ? 'equipment.new.general' : 'equipment.general', '台');
  const s = countFact(doc, isNew ? 'equipment.new.special' : 'equipment.special', '台');
  const parts = [g && `单位价值50万元以上通用设备${g}`, s && `单位价值100万元以上专用设备${s}`].filter(
    (x): x is string => typeof x === 'string',
  );
  return parts.length ? parts.join('，') : null;
}

function assets(doc: DepartmentBudgetDocument, f: BudgetFigures): string {
  const y = yearText(f.year);
  const before = f.year === null ? '上年' : `${f.year - 1}年`;
  const have = vehicles(doc, 'vehicles');
  const haveEq = equipment(doc, false);
  const add = vehicles(doc, 'vehicles.new');
  const addEq = equipment(doc, true);
  if (!have && !haveEq && !add && !addEq) return '国有资产占用使用及新增资产配置情况原文未提供。';
  let s = '';
  if (have || haveEq)
    s += `截至${before}12月底，本部门${[have && `共有公务用车${have}`, haveEq].filter(Boolean).join('；')}。`;
  if (add || addEq)
    s += `${y}${[add && `拟新增配置公务用车${add}`, addEq && `新增配备${addEq}`].filter(Boolean).join('；')}。`;
  return s;
}

function performance(doc: DepartmentBudgetDocument, f: BudgetFigures): string {
  const y = yearText(f.year);
  const total = f.unitTargetTotal ?? factValue(doc, 'targets.total');
  const basic = f.unitTargetBasic ?? factValue(doc, 'targets.basic');
  const project = f.unitTargetProject ?? factValue(doc, 'targets.project');
  let s = '本部门所有支出实行绩效目标管理。';
  if (total !== null) {
    const parts = [
      basic && `基本支出${proseMoney(basic)}`,
      project && `项目支出${proseMoney(project)}`,
    ].filter((x): x is string => typeof x === 'string');
    s += `纳入${y}部门整体支出绩效目标的金额为${proseMoney(total)}${parts.length ? `，其中，${parts.join('，')}` : ''}。`;
  } else {
    s += '部门整体支出绩效目标金额未提供。';
  }
  if (f.projectTargetCount > 0) {
    s += `项目支出绩效目标共${f.projectTargetCount}个项目${
      f.projectTargetTotal ? `，资金总额${proseMoney(f.projectTargetTotal)}` : ''
    }，具体绩效目标详见报表。`;
  }
  return s;
}

export function otherSection(doc: DepartmentBudgetDocument, f: BudgetFigures): NarrativeBlock[] {
  return [
    text('（一）机关运行经费：', operating(doc, f)),
    text('（二）“三公”经费预算：', threePublic(doc, f)),
    text('（三）一般性支出情况：', generalSpending(doc, f)),
    text('（四）政府采购情况：', procurement(doc, f)),
    text('（五）国有资产占用使用及新增资产配置情况：', assets(doc, f)),
    text('（六）预算绩效目标：', performance(doc, f)),
  ];
}
