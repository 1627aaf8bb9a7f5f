// County declaration forms (绩效目标申报表) as bordered forms like the printed ones: one
// 项目支出预算绩效目标申报表 per project and the 整体支出预算绩效目标申报表 of the department, each on
// its own page. Check boxes print as ☑/☐.

import type { DeclarationFormsDocument } from '../../core/model/document.js';
import type { Amount } from '../../core/model/common.js';
import type { DepartmentForm, FundingLine, ProjectForm } from '../../core/model/forms.js';
import type { Located } from '../../core/source.js';
import { esc } from './escape.js';
import { indicatorCells } from './indicator-grid.js';
import { money, row, td, th } from './table-kit.js';

const v = (x: Located<string> | null): string | null => x?.value ?? null;
const box = (checked: boolean, label: string): string => `${checked ? '☑' : '☐'} ${label}`;

const PROJECT_TYPES = [
  ['1. 基本建设类', ['新建', '扩建', '改建']],
  ['2. 行政事业类', ['采购类', '修缮类', '奖励类']],
  ['3. 其他专项类', []],
] as const;

function projectTypes(checked: readonly string[]): string {
  const has = (label: string) =>
    checked.some((c) => c.replace(/^\d+\.\s*/, '') === label.replace(/^\d+\.\s*/, ''));
  const known = new Set<string>();
  const parts = PROJECT_TYPES.map(([main, subs]) => {
    known.add(main.replace(/^\d+\.\s*/, ''));
    subs.forEach((s) => known.add(s));
    const sub = subs.length ? `（其中：${subs.map((s) => box(has(s), s)).join(' ')}）` : '';
    return box(has(main), main) + sub;
  });
  const others = checked.filter((c) => !known.has(c.replace(/^\d+\.\s*/, ''))).map((c) => box(true, c));
  return [...parts, ...others].join('\u3000');
}

function formHeader(title: string, filler: string | null, leader: string | null): string {
  return (
    `<h3 class="form-title">${esc(title)}</h3>` +
    `<div class="table-meta"><span>填报单位（盖章）：${esc(filler ?? '')}</span><span>单位负责人：${esc(leader ?? '')}</span></div>`
  );
}

/** Rows of a merged-label block: `label` spans all of them in the first column. */
function spanned(label: string, cells: readonly string[][], cls?: string): string[][] {
  return cells.map((c, i) =>
    i === 0 ? [th(label, { rowspan: cells.length, ...(cls ? { cls } : {}) }), ...c] : [...c],
  );
}

const rows = (cells: readonly string[][]): string => cells.map((c) => row(c)).join('');

function fundingRows(label: string, lines: readonly FundingLine[], withBasis: boolean): string[][] {
  const header = [
    th('项目'),
    th('上年度安排资金'),
    th('本年度申请资金'),
    withBasis ? th('测算依据及说明') : th(''),
  ];
  const body = lines.map((l) => [
    td(l.label),
    money(l.previous),
    money(l.current),
    td(withBasis ? l.basis : ''),
  ]);
  return spanned(label, [header, ...body]);
}

function projectForm(f: ProjectForm, id: string): string {
  const basic = [
    [th('项目名称'), td(f.name.value, { colspan: 4 })],
    [
      th('项目属性'),
      td(
        `${box(f.attribute === '新增项目', '新增项目')}\u3000${box(f.attribute === '延续项目', '延续项目')}`,
        {
          colspan: 4,
        },
      ),
    ],
    [th('主管部门'), td(v(f.competentDepartment)), th('项目起止时间'), td(v(f.period), { colspan: 2 })],
    [th('项目负责人'), td(v(f.manager)), th('联系电话'), td(f.managerPhone, { colspan: 2 })],
    [th('绩效管理联络员'), td(v(f.liaison)), th('联系电话'), td(f.liaisonPhone, { colspan: 2 })],
    [th('项目类型'), td(projectTypes(f.projectTypes), { colspan: 4 })],
    [th('项目概况'), td(v(f.overview), { colspan: 4 })],
  ];
  const funds = [
    ...fundingRows('项目资金申请（万元）', f.funding, false),
    ...fundingRows('支出明细预算（万元）', f.spending, true),
  ];
  const schedule = [
    [th('项目实施内容', { colspan: 3 }), th('开始时间'), th('结束时间')],
    ...f.schedule.map((s) => [td(s.content, { colspan: 3 }), td(v(s.start)), td(v(s.end))]),
  ];
  const indicators = indicatorCells(f.indicators, ['name', 'value']);
  const goals = [
    [th('长期绩效目标'), td(v(f.longTermGoal), { colspan: 4 })],
    [th('本年度绩效目标'), td(v(f.annualGoal), { colspan: 4 })],
    [
      th('项目年度绩效指标', { rowspan: indicators.length + 1 }),
      th('一级指标'),
      th('二级指标'),
      th('三级指标'),
      th('指标值'),
    ],
    ...indicators,
  ];
  const section = (label: string, cells: string[][]) => rows(spanned(label, cells, 'form-section'));
  const body =
    section('项目基本情况', basic) +
    row([th('项目立项依据', { colspan: 2 }), td(v(f.basis), { colspan: 4 })]) +
    section('项目资金情况', funds) +
    row([
      th('单位已有的（或拟订的）保障项目实施的制度、措施', { colspan: 2 }),
      td(v(f.measures), { colspan: 4 }),
    ]) +
    section('项目年度实施进度计划', schedule) +
    section('项目年度绩效目标情况', goals) +
    row([th('其他说明的问题', { colspan: 2 }), td(v(f.otherNotes), { colspan: 4 })]) +
    row([th('财政部门审核意见', { colspan: 2 }), td(v(f.reviewOpinion), { colspan: 4 })]);
  return (
    `<section class="form-page" id="${id}">${formHeader(f.title.value, f.filler, f.unitLeader)}` +
    `<div class="table-wrap" tabindex="0"><table class="form">${colgroup(6)}<tbody>${body}</tbody></table></div></section>`
  );
}

const colgroup = (n: number): string => `<colgroup>${'<col>'.repeat(n)}</colgroup>`;

function amountsRow(
  keys: readonly (readonly [string, string, number])[],
  values: Record<string, Amount | null>,
): string[][] {
  return [
    keys.map(([, label, span]) => th(label, { colspan: span })),
    keys.map(([key, , span]) => money(values[key], { colspan: span })),
  ];
}

function departmentForm(f: DepartmentForm, id: string): string {
  const income = amountsRow(
    [
      ['total', '收入合计', 1],
      ['general', '公共财政拨款', 1],
      ['fund', '政府性基金拨款', 1],
      ['nonTax', '非税收入拨款', 1],
      ['other', '其他拨款', 1],
    ],
    f.income,
  );
  const spending = amountsRow(
    [
      ['total', '支出合计', 1],
      ['basic', '基本支出', 2],
      ['project', '项目支出', 2],
    ],
    f.expenditure,
  );
  const three = amountsRow(
    [
      ['total', '合计', 1],
      ['vehicle', '公务用车运行和购置费', 2],
      ['abroad', '因公出国（境）费', 1],
      ['reception', '公务接待费', 1],
    ],
    f.threePublic,
  );
  const labelled = (label: string, pair: string[][]) => spanned(label, pair);
  const info = [
    [th('预算单位'), td(v(f.unit), { colspan: 5 })],
    [
      th('绩效管理联络员'),
      td(v(f.liaison), { colspan: 2 }),
      th('联系电话'),
      td(f.liaisonPhone, { colspan: 2 }),
    ],
    [
      th('人员编制数'),
      td(f.staffQuota ? `${f.staffQuota.value}人` : '', { colspan: 2 }),
      th('实有人数'),
      td(f.staffActual ? `${f.staffActual.value}人` : '', { colspan: 2 }),
    ],
    [th('部门职能职责概述'), td(v(f.duties), { colspan: 5 })],
    ...labelled('单位年度收入预算（万元）', income),
    ...labelled('单位年度支出预算（万元）', spending),
    ...labelled('其中：三公经费预算（万元）', three),
  ];
  const indicators = indicatorCells(f.indicators, ['name', 'value'], { name: 2, value: 2 });
  const targets = [
    [th('一级指标'), th('二级指标'), th('三级指标', { colspan: 2 }), th('指标值', { colspan: 2 })],
    ...indicators,
  ];
  const section = (label: string, cells: string[][]) => rows(spanned(label, cells, 'form-section'));
  const body =
    section('部门基本信息', info) +
    row([th('年度整体支出目标', { colspan: 2 }), td(v(f.goal), { colspan: 5 })]) +
    section('部门整体支出年度绩效指标', targets) +
    row([th('其他说明的问题', { colspan: 2 }), td(v(f.otherNotes), { colspan: 5 })]) +
    row([th('财政部门审核意见', { colspan: 2 }), td(v(f.reviewOpinion), { colspan: 5 })]);
  return (
    `<section class="form-page" id="${id}">${formHeader(f.title.value, f.filler, f.unitLeader)}` +
    `<div class="table-wrap" tabindex="0"><table class="form">${colgroup(7)}<tbody>${body}</tbody></table></div></section>`
  );
}

export function renderDeclarationForms(doc: DeclarationFormsDocument): string {
  const toc =
    `<nav class="toc" aria-label="目录"><h2>目 录</h2><ol class="toc-list">` +
    doc.projectForms.map((f, i) => `<li><a href="#form-${i + 1}">${esc(f.name.value)}</a></li>`).join('') +
    doc.departmentForms
      .map(
        (f, i) =>
          `<li><a href="#dept-form-${i + 1}">${esc(f.unit?.value ?? '部门')}整体支出绩效目标申报表</a></li>`,
      )
      .join('') +
    `</ol></nav>`;
  const forms =
    doc.projectForms.map((f, i) => projectForm(f, `form-${i + 1}`)).join('') +
    doc.departmentForms.map((f, i) => departmentForm(f, `dept-form-${i + 1}`)).join('');
  return toc + forms;
}
