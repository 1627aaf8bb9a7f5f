// Grids of the county declaration forms (绩效目标申报表): a project form per project and the
// whole-department form, laid out as the corpus prints them — a label in the first columns, the value
// beside it, money tables with their header rows, the indicator list under its header (repeated
// before the benefit indicators, where the printed form turns the page). Checkboxes print as ☑/☐.

import type { DepartmentForm, FundingLine, ProjectForm } from '../../core/model/forms.js';
import type { Amount } from '../../core/model/common.js';
import type { Indicator } from '../../core/model/targets.js';
import { amountCell, countText, padRow, textCell } from './cells.js';
import type { Grid, GridCell, GridMerge } from './types.js';

const WIDTH = 6;
type Cell = GridCell | string | null | undefined;

function row(...cells: Cell[]): GridCell[] {
  return padRow(
    cells.map((c) => (typeof c === 'object' && c !== null ? c : textCell(c))),
    WIDTH,
  );
}

const box = (checked: boolean) => (checked ? '☑' : '☐');

const PROJECT_TYPES: readonly (readonly [prefix: string, label: string])[] = [
  ['1. ', '基本建设类'],
  ['其中：', '新建'],
  ['', '扩建'],
  ['', '改建'],
  ['2. ', '行政事业类'],
  ['其中：', '采购类'],
  ['', '修缮类'],
  ['', '奖励类'],
  ['3. ', '其他专项类'],
];

function projectTypesText(types: readonly string[]): string {
  const known = PROJECT_TYPES.map(([p, l]) => `${p}${l} ${box(types.includes(l))}`);
  const other = types.filter((t) => !PROJECT_TYPES.some(([, l]) => l === t)).map((t) => `${t} ${box(true)}`);
  return [...known, ...other].join(' ');
}

function fundingRows(lines: readonly FundingLine[], withBasis: boolean): GridCell[][] {
  return lines.map((f) =>
    row(null, null, f.label, amountCell(f.previous), amountCell(f.current), withBasis ? f.basis : null),
  );
}

/** Indicator rows (一级 二级 三级 指标值 at `lead`), the header repeated before the benefit block. */
function indicatorRows(list: readonly Indicator[], lead: number): GridCell[][] {
  const header = row(...Array<null>(lead).fill(null), '一级指标', '二级指标', '三级指标', '指标值');
  const out: GridCell[][] = [];
  let p1: string | null = null;
  let p2: string | null = null;
  list.forEach((ind, i) => {
    const turn = i > 0 && list[i - 1]?.level1 === '产出指标' && ind.level1 !== '产出指标';
    if (turn) out.push(header);
    const show1 = i === 0 || turn || ind.level1Text !== p1;
    const show2 = show1 || ind.level2Text !== p2;
    p1 = ind.level1Text;
    p2 = ind.level2Text;
    out.push(
      row(
        ...Array<null>(lead).fill(null),
        show1 ? ind.level1Text : null,
        show2 ? ind.level2Text : null,
        ind.name,
        ind.value,
      ),
    );
  });
  return out;
}

function caption(title: string, filler: string | null, leader: string | null): string[] {
  const lines = [title];
  if (filler !== null) lines.push(`填报单位（盖章）：${filler}`);
  if (leader !== null) lines.push(`单位负责人：${leader}`);
  return lines;
}

/**
 * Merges that make the form readable in a spreadsheet: a first-column section label over the rows
 * it heads, and a last value over the empty cells to its right. Nothing merges from the first column
 * across, so every form row stays a row of cells when read back.
 */
function formMerges(body: readonly GridCell[][]): GridMerge[] {
  const merges: GridMerge[] = [];
  body.forEach((cells, r) => {
    if (cells[0]?.text) {
      let n = 1;
      while (r + n < body.length && body[r + n]?.[0]?.text === '') n++;
      if (n > 1) merges.push({ row: r, col: 0, rows: n, cols: 1 });
    }
    let last = cells.length - 1;
    while (last > 0 && cells[last]?.text === '') last--;
    if (last >= 1 && last < WIDTH - 1 && cells[last]?.value === undefined)
      merges.push({ row: r, col: last, rows: 1, cols: WIDTH - last });
  });
  return merges;
}

function formGrid(sheet: string, captionLines: string[], body: GridCell[][]): Grid {
  return {
    sheet,
    caption: captionLines,
    header: [],
    body,
    merges: formMerges(body),
    notes: [],
    widths: [16, 22, 30, 18, 18, 24],
    landscape: false,
  };
}

export function projectFormGrid(form: ProjectForm, sheet: string): Grid {
  const attr = form.attribute;
  const body: GridCell[][] = [
    row('项目基本情况', '项目名称', form.name.value),
    row(
      null,
      '项目属性',
      `新增项目 ${box(attr === '新增项目')}`,
      null,
      `延续项目 ${box(attr === '延续项目')}`,
    ),
    row(null, '主管部门', form.competentDepartment?.value, '项目起止时间', form.period?.value),
    row(null, '项目负责人', form.manager?.value, '联系电话', form.managerPhone),
    row(null, '绩效管理联络员', form.liaison?.value, '联系电话', form.liaisonPhone),
    row(null, '项目类型', projectTypesText(form.projectTypes)),
    row(null, '项目概况', form.overview?.value),
    row(null, '项目立项依据', form.basis?.value),
    row('项目资金情况', '项目资金申请（万元）', '项目', '上年度安排资金', '本年度申请资金'),
    ...fundingRows(form.funding, false),
    row(null, '支出明细预算（万元）', '项目', '上年度安排资金', '本年度申请资金', '测算依据及说明'),
    ...fundingRows(form.spending, true),
    row('单位已有的（或拟订的）保障项目实施的制度、措施', form.measures?.value),
    row('项目年度实施进度计划', '项目实施内容', null, '开始时间', '结束时间'),
    ...form.schedule.map((s) => row(null, s.content, null, s.start?.value, s.end?.value)),
    row('项目年度绩效目标情况', '长期绩效目标', form.longTermGoal?.value),
    row(null, '本年度绩效目标', form.annualGoal?.value),
    row(null, '项目年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'),
    ...indicatorRows(form.indicators, 2),
    row('其他说明的问题', form.otherNotes?.value),
    row('财政部门审核意见', form.reviewOpinion?.value),
  ];
  return formGrid(sheet, caption(form.title.value, form.filler, form.unitLeader), body);
}

const amount = (r: Record<string, Amount | null>, key: string) => amountCell(r[key]);

export function departmentFormGrid(form: DepartmentForm, sheet: string): Grid {
  const { income: inc, expenditure: exp, threePublic: tp } = form;
  const body: GridCell[][] = [
    row('部门基本信息', '预算单位', form.unit?.value),
    row(null, '绩效管理联络员', form.liaison?.value, '联系电话', form.liaisonPhone),
    row(
      null,
      '人员编制数',
      countText(form.staffQuota?.value, '人'),
      '实有人数',
      countText(form.staffActual?.value, '人'),
    ),
    row(null, '部门职能职责概述', form.duties?.value),
    row(null, '单位年度收入预算（万元）'),
    row(null, '收入合计', '公共财政拨款', '政府性基金拨款', '非税收入拨款', '其他拨款'),
    row(
      null,
      amount(inc, 'total'),
      amount(inc, 'general'),
      amount(inc, 'fund'),
      amount(inc, 'nonTax'),
      amount(inc, 'other'),
    ),
    row(null, '单位年度支出预算（万元）'),
    row(null, '支出合计', '基本支出', null, '项目支出'),
    row(null, amount(exp, 'total'), amount(exp, 'basic'), null, amount(exp, 'project')),
    row(null, '其中', '三公经费预算（万元）'),
    row(null, '合计', '公务用车运行和购置费', null, '因公出国（境）费', '公务接待费'),
    row(
      null,
      amount(tp, 'total'),
      amount(tp, 'vehicle'),
      null,
      amount(tp, 'abroad'),
      amount(tp, 'reception'),
    ),
    row(null, '年度整体支出目标', form.goal?.value),
    row('部门整体支出年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'),
    ...indicatorRows(form.indicators, 1),
    row('其他说明的问题', form.otherNotes?.value),
    row('财政部门审核意见', form.reviewOpinion?.value),
  ];
  return formGrid(sheet, caption(form.title.value, form.filler, form.unitLeader), body);
}
