// Sections 二 to 五 of Part 1: the budget units, income and expenditure totals with their change,
// general public budget spending (基本支出 / 项目支出) and government fund spending. The sentences
// follow the wording of the published documents; every figure comes from `BudgetFigures`.

import type { Decimal } from '../../core/decimal.js';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { NarrativeFact } from '../../core/model/narrative.js';
import { changeReason, purposeClause } from './carried.js';
import { changeSentence } from './change.js';
import type { BudgetFigures, LabelledAmount } from './figures.js';
import { percentText, proseMoney, shareOf } from './format.js';
import type { NarrativeBlock } from './types.js';

export const yearText = (year: number | null): string => (year === null ? '本年度' : `${year}年`);

export function factValue(doc: DepartmentBudgetDocument, key: NarrativeFact['key']): Decimal | null {
  return doc.narrative.facts.find((f) => f.key === key)?.value ?? null;
}

const text = (body: string, lead?: string): NarrativeBlock =>
  lead === undefined
    ? { kind: 'text', origin: 'generated', text: body }
    : { kind: 'text', origin: 'generated', lead, text: body };

/** "一般公共服务支出6563.63万元，占100.00%；…" — with shares of `whole` when given. */
export function classList(items: readonly LabelledAmount[], whole: Decimal | null): string {
  return items
    .map((c) => {
      const share = whole ? shareOf(c.value, whole) : null;
      return `${c.label}${proseMoney(c.value)}${share ? `，占${percentText(share)}` : ''}`;
    })
    .join(whole ? '；' : '，');
}

export function unitsSection(doc: DepartmentBudgetDocument): NarrativeBlock[] {
  const y = yearText(doc.year);
  const dept = doc.department?.value ?? '本部门';
  const units = doc.units;
  if (doc.narrative.onlyOwnLevel || units.length <= 1) {
    return [
      text(
        `${dept}部门只有本级，没有其他二级预算单位，因此，纳入${y}部门预算编制范围的只有${units[0]?.name ?? dept}本级。`,
      ),
    ];
  }
  return [
    text(`本部门预算为汇总预算，纳入${y}部门预算编制范围的预算单位包括：`),
    { kind: 'list', origin: 'generated', items: units.map((u) => u.name) },
  ];
}

export function totalsSection(doc: DepartmentBudgetDocument, f: BudgetFigures): NarrativeBlock[] {
  const y = yearText(f.year);
  const blocks: NarrativeBlock[] = [];

  let income =
    '包括一般公共预算、政府性基金、国有资本经营预算等财政拨款收入，以及经营收入、事业收入等单位资金。';
  if (f.incomeTotal === null) {
    income += `${y}本部门收入预算数未提供（部门收支总表无数据）。`;
  } else {
    const parts: string[] = [];
    if (f.generalIncome && !f.generalIncome.isZero())
      parts.push(`一般公共预算拨款${proseMoney(f.generalIncome)}`);
    if (f.fundIncome && !f.fundIncome.isZero()) parts.push(`政府性基金预算拨款${proseMoney(f.fundIncome)}`);
    if (f.stateCapitalIncome && !f.stateCapitalIncome.isZero())
      parts.push(`国有资本经营预算拨款${proseMoney(f.stateCapitalIncome)}`);
    for (const k of f.incomeKinds)
      if (k.label !== '本级财政拨款收入') parts.push(`${k.label}${proseMoney(k.value)}`);
    income += `${y}本部门收入预算${proseMoney(f.incomeTotal)}${parts.length ? `，其中，${parts.join('，')}` : ''}。`;
    income += changeSentence('收入', '去年', f.incomeTotal, factValue(doc, 'income.change'));
    income += changeReason(doc, 'totals', /收入(较|比)(去|上)年/) ?? '';
  }
  blocks.push(text(income, '（一）收入预算：'));
  if (f.incomeKinds.length) blocks.push({ kind: 'chart', chart: 'income', title: '收入预算图' });

  let spending: string;
  if (f.expenditureTotal === null) {
    spending = `${y}本部门支出预算数未提供（部门收支总表无数据）。`;
  } else {
    const list = f.expenditureClasses.length ? f.expenditureClasses : f.expenditureKinds;
    spending = `${y}本部门支出预算${proseMoney(f.expenditureTotal)}${list.length ? `，其中：${classList(list, null)}` : ''}。`;
    spending += changeSentence('支出', '去年', f.expenditureTotal, factValue(doc, 'expenditure.change'));
    spending += changeReason(doc, 'totals', /支出(较|比)(去|上)年/) ?? '';
  }
  blocks.push(text(spending, '（二）支出预算：'));
  if (f.expenditureClasses.length || f.expenditureKinds.length)
    blocks.push({ kind: 'chart', chart: 'expenditure', title: '支出预算图' });
  return blocks;
}

export function generalSection(doc: DepartmentBudgetDocument, f: BudgetFigures): NarrativeBlock[] {
  const y = yearText(f.year);
  if (f.generalTotal === null) {
    return [text(`${y}本部门一般公共预算拨款支出数未提供（一般公共预算支出表无数据）。`)];
  }
  const classes = f.generalClasses.length ? `，其中：${classList(f.generalClasses, f.generalTotal)}` : '';
  const blocks: NarrativeBlock[] = [
    text(`${y}本部门一般公共预算拨款支出${proseMoney(f.generalTotal)}${classes}。具体安排情况如下：`),
  ];
  if (f.generalClasses.length)
    blocks.push({ kind: 'chart', chart: 'functional', title: '一般公共预算支出功能分类图' });

  let basic =
    f.basic === null
      ? `${y}本部门基本支出预算数未提供。`
      : `${y}本部门基本支出预算数${proseMoney(f.basic)}，主要是为保障部门正常运转、完成日常工作任务而发生的各项支出，` +
        '包括用于基本工资、津贴补贴等人员经费以及办公费、印刷费、水电费、办公设备购置等公用经费。';
  if (f.basic !== null && f.personnel !== null && f.publicFunds !== null) {
    basic += `其中，人员类${proseMoney(f.personnel)}，公用经费${proseMoney(f.publicFunds)}。`;
  }
  blocks.push(text(basic, '（一）基本支出：'));

  let project: string;
  if (f.project === null) {
    project = `${y}本部门项目支出预算数未提供。`;
  } else {
    project =
      `${y}本部门项目支出预算${proseMoney(f.project)}，主要是部门为完成特定行政工作任务或事业发展目标而发生的支出，` +
      '包括有关事业发展专项、专项业务费、基本建设支出等';
    project += f.generalProjectClasses.length ? `，其中：${classList(f.generalProjectClasses, null)}` : '';
    const purpose = purposeClause(doc, 'general', /项目支出/);
    project += purpose ? `，${purpose}` : '。';
  }
  blocks.push(text(project, '（二）项目支出：'));
  return blocks;
}

export function fundSection(f: BudgetFigures): NarrativeBlock[] {
  const y = yearText(f.year);
  if (f.fundTotal === null || f.fundTotal.isZero()) return [text(`${y}本部门无政府性基金安排的支出。`)];
  const classes = f.fundClasses.length ? `，其中：${classList(f.fundClasses, f.fundTotal)}` : '';
  return [text(`${y}本部门政府性基金预算支出${proseMoney(f.fundTotal)}${classes}。`)];
}
