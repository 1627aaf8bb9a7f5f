// The self-evaluation forms as grids, shared by the HTML and XLSX renderers: the 项目支出绩效自评表 of
// each project and the 部门（单位）整体支出绩效自评表 of each unit in the layout finance bureaus use
// (funding and execution, the goal, the indicators with target, actual, weight, score and the reason
// for lost points, the total and the grade), the grounds of every score under it, and a summary of
// all targets first. Labels (the form's printed headings) are marked for the renderers to set apart.

import type { Decimal } from '../../core/decimal.js';
import type {
  DocumentEvaluation,
  IndicatorEvaluation,
  TargetEvaluation,
} from '../../core/model/performance.js';
import { actualText, targetText } from '../../core/model/performance-text.js';
import { sheetName } from '../grid/cells.js';
import type { Grid, GridCell, GridMerge } from '../grid/types.js';

export const WIDTH = 10;

export interface Form {
  grid: Grid;
  /** Cells printed as labels: [row, column], 0-based over the grid's rows (header, then body). */
  labels: [number, number][];
  /** Runs of rows [first, last] printed on one page (no merge crosses their edges). */
  keep?: [number, number][];
}

const isUnit = (t: TargetEvaluation): boolean => t.kind === 'unit' || t.kind === 'declaration-department';

const text = (t: string | null | undefined): GridCell => ({ text: (t ?? '').replace(/[\t\r\n\f]+/g, ' ') });

function figure(d: Decimal | null, scale = 2, suffix = ''): GridCell {
  if (d === null) return { text: '' };
  const t = `${d.toFixed(scale)}${suffix}`;
  return { text: t, value: d.round(scale), numFmt: `0.${'0'.repeat(scale)}${suffix ? `"${suffix}"` : ''}` };
}

/** 万元 with thousands separators, as the budget tables print them. */
function money(d: Decimal | null): GridCell {
  return d === null ? { text: '' } : { text: d.toGrouped(2), value: d.round(2), numFmt: '#,##0.00' };
}

const percent = (d: Decimal | null): GridCell => figure(d, 2, '%');

/** The part of a row under a cell that spans rows from above. */
const COVERED: GridCell = { text: '' };

/** Builds rows cell by cell with their spans, and records merges and labels. */
class FormBuilder {
  rows: GridCell[][] = [];
  merges: GridMerge[] = [];
  labels: [number, number][] = [];
  keep: [number, number][] = [];

  /** A row of [cell, span, label?] parts filling WIDTH columns. */
  row(parts: readonly (readonly [GridCell, number, boolean?])[], rowspan: Record<number, number> = {}): void {
    const r = this.rows.length;
    const cells: GridCell[] = [];
    for (const [cell, span, label] of parts) {
      const col = cells.length;
      cells.push(
        cell === COVERED ? { text: '' } : cell,
        ...Array.from({ length: span - 1 }, () => ({ text: '' })),
      );
      const rows = rowspan[col] ?? 1;
      if (cell !== COVERED && (span > 1 || rows > 1)) this.merges.push({ row: r, col, rows, cols: span });
      if (label) this.labels.push([r, col]);
    }
    while (cells.length < WIDTH) cells.push({ text: '' });
    this.rows.push(cells);
  }
}

const L = (t: string, span = 1): [GridCell, number, boolean] => [text(t), span, true];
const V = (c: GridCell | string | null, span = 1): [GridCell, number] => [
  typeof c === 'string' || c === null ? text(c) : c,
  span,
];

/** Level 1 and 2 cells merged down their runs. */
function indicatorRows(b: FormBuilder, list: readonly IndicatorEvaluation[]): void {
  const start = b.rows.length;
  list.forEach((i) => {
    const why =
      i.status === 'scored' && i.score !== null && i.score.lt(i.weight)
        ? (i.explanation ?? '（未说明）')
        : (i.explanation ?? '');
    b.row([
      V(i.key.level1),
      V(i.key.level2),
      V(i.key.indicator, 2),
      V(targetText(i)),
      V(actualText(i)),
      V(figure(i.weight)),
      V(i.status === 'scored' ? figure(i.score) : text(i.status === 'not-applicable' ? '—' : '未评')),
      V(why, 2),
    ]);
  });
  for (const col of [0, 1]) {
    let runStart = 0;
    for (let k = 1; k <= list.length; k++) {
      const prev = list[k - 1];
      const cur = list[k];
      const key = (i: IndicatorEvaluation | undefined) =>
        col === 0 ? i?.key.level1 : `${i?.key.level1 ?? ''}/${i?.key.level2 ?? ''}`;
      if (k < list.length && key(cur) === key(prev)) continue;
      const n = k - runStart;
      if (n > 1) {
        b.merges.push({ row: start + runStart, col, rows: n, cols: 1 });
        for (let j = runStart + 1; j < k; j++) {
          const row = b.rows[start + j];
          if (row) row[col] = { text: '' };
        }
      }
      runStart = k;
    }
  }
}

function summaryLine(t: TargetEvaluation): string {
  const scored = t.indicators.filter((i) => i.status === 'scored');
  const full = scored.filter((i) => i.score !== null && !i.score.lt(i.weight)).length;
  const na = t.indicators.filter((i) => i.status === 'not-applicable').length;
  const waiting = t.indicators.length - scored.length - na;
  return `绩效指标${t.indicators.length}项：满分${full}项，失分${scored.length - full}项${na ? `，不适用${na}项` : ''}${waiting ? `，未评价${waiting}项` : ''}`;
}

/** The finance bureau's check: each adjusted score beside the self-assessed one, its reason, the total. */
function reviewRows(b: FormBuilder, t: TargetEvaluation, weights: Decimal): void {
  const first = b.rows.length;
  b.row([L('财政部门复核', 10)]);
  b.row([L('三级指标', 3), L('分值'), L('自评得分'), L('复核得分'), L('调整理由', 4)]);
  for (const i of t.indicators)
    if (i.review)
      b.row([
        V(i.key.indicator, 3),
        V(figure(i.weight)),
        V(figure(i.score)),
        V(figure(i.review.score)),
        V(i.review.reason, 4),
      ]);
  b.row([
    L('复核后总分', 6),
    V(figure(weights)),
    V(figure(t.review?.score ?? null)),
    L('复核等级'),
    V(t.complete ? (t.review?.grade ?? '') : '未完成评价'),
  ]);
  b.keep.push([first, b.rows.length - 1]);
}

export function targetForm(ev: DocumentEvaluation, t: TargetEvaluation, used: Set<string>): Form {
  const b = new FormBuilder();
  const unit = isUnit(t);
  b.row([L(unit ? '单位名称' : '项目名称', 2), V(t.name, 8)]);
  b.row([L('主管部门', 2), V(ev.department ?? '', 3), L('实施单位', 2), V(t.unit ?? '', 3)]);
  const e = t.execution;
  b.row(
    [
      L(unit ? '年度资金（万元）' : '项目资金（万元）', 2),
      L('全年预算数', 2),
      L('全年执行数', 2),
      L('执行率'),
      L('分值'),
      L('得分', 2),
    ],
    { 0: 2 },
  );
  b.row([
    [COVERED, 2],
    V(money(e.budget), 2),
    V(money(e.executed), 2),
    V(percent(e.rate)),
    V(figure(e.weight)),
    V(e.score === null ? '未评' : figure(e.score), 2),
  ]);
  b.row([L(unit ? '年度总体目标' : '年度总体目标', 2), L('预期目标', 4), L('实际完成情况', 4)], { 0: 2 });
  b.row([[COVERED, 2], V(t.goal, 4), V(summaryLine(t), 4)]);
  b.row([
    L('一级指标'),
    L('二级指标'),
    L('三级指标', 2),
    L('年度指标值'),
    L('实际完成值'),
    L('分值'),
    L('得分'),
    L('偏差原因分析及改进措施', 2),
  ]);
  indicatorRows(b, t.indicators);
  const weights = [e.weight, ...t.indicators.map((i) => i.weight)].reduce((s, w) => s.add(w));
  b.row([
    L('总分', 6),
    V(figure(weights)),
    V(figure(t.score)),
    L('自评等级'),
    V(t.complete ? (t.grade ?? '') : '未完成评价'),
  ]);
  if (t.review) reviewRows(b, t, weights);
  if (e.explanation) b.row([L('预算执行说明', 2), V(e.explanation, 8)]);
  const notes = [
    `评分依据：预算执行率 ${e.reason}`,
    ...t.indicators.map((i, k) => `（${k + 1}）${i.key.indicator}：${i.reason}；评分标准：${i.ruleText}`),
    ...t.issues.map((s) => `待补充：${s}`),
  ];
  const title = unit ? '部门（单位）整体支出绩效自评表' : '项目支出绩效自评表';
  return {
    grid: {
      sheet: sheetName(t.name, used),
      caption: [title, `（${ev.year ?? ''}年度）`],
      header: [],
      body: b.rows,
      merges: b.merges,
      notes,
      widths: [10, 12, 14, 12, 12, 12, 8, 8, 14, 14],
      landscape: true,
    },
    labels: b.labels,
    keep: b.keep,
  };
}

export function summaryForm(ev: DocumentEvaluation, used: Set<string>): Form {
  const b = new FormBuilder();
  // With the bureau's adjustments, its total and grade take the place of the status columns.
  const reviewed = ev.targets.some((t) => t.review);
  const head = [
    '序号',
    '单位',
    '项目（单位）名称',
    '预算数（万元）',
    '执行数（万元）',
    '执行率',
    reviewed ? '自评得分' : '得分',
    '自评等级',
    ...(reviewed ? ['复核得分', '复核等级'] : ['评价状态', '待补充事项']),
  ];
  b.row(head.map((h) => L(h)));
  ev.targets.forEach((t, k) => {
    const final = t.review ?? { score: t.score, grade: t.grade };
    b.row([
      V(String(k + 1)),
      V(t.unit),
      V(`${isUnit(t) ? '（单位整体）' : ''}${t.name}`),
      V(money(t.execution.budget)),
      V(money(t.execution.executed)),
      V(percent(t.execution.rate)),
      V(figure(t.score)),
      V(t.grade ?? ''),
      ...(reviewed
        ? [V(figure(final.score)), V(final.grade ?? '')]
        : [V(t.complete ? '已完成' : '未完成'), V(t.issues.length > 0 ? `${t.issues.length}项` : '')]),
    ]);
  });
  const done = ev.targets.filter((x) => x.complete);
  const notes = [
    `完成评价 ${done.length}/${ev.targets.length} 个目标；${['优', '良', '中', '差'].map((g) => `${g} ${done.filter((x) => x.grade === g).length} 个`).join('，')}。`,
    `评分规则：预算执行率 ${ev.settings.executionWeight.toString()} 分，绩效指标 ${ev.settings.indicatorWeight.toString()} 分；等级 ${ev.settings.grades.map((g) => `${g.grade} ≥ ${g.min.toString()}`).join('、')}。`,
  ];
  const adjusted = ev.targets.flatMap((t) => t.indicators.filter((i) => i.review));
  if (reviewed)
    notes.push(
      `财政部门复核调整 ${adjusted.length} 项指标的得分，复核得分为调整后计算的总分（调整理由见各表）。`,
    );
  // One note, its cases in it: a numbered list must not count each case as a note of its own.
  if (ev.unparsed.length > 0)
    notes.push(
      `评分标准无法据以计分 ${ev.unparsed.length} 项（按默认规则计分，为绩效目标的缺陷）：` +
        ev.unparsed
          .map((u) => `第 ${u.key.line} 行“${u.key.target}”的指标“${u.key.indicator}”：${u.reason}`)
          .join('；') +
        '。',
    );
  return {
    grid: {
      sheet: sheetName('自评汇总', used),
      caption: [`${ev.department ?? ''}${ev.year ? `${ev.year}年度` : ''}绩效自评结果汇总表`],
      header: [],
      body: b.rows,
      merges: b.merges,
      notes,
      widths: [6, 10, 30, 12, 12, 10, 8, 8, 10, 10],
      landscape: true,
    },
    labels: b.labels,
  };
}

/** The summary, then a form per target (projects, then units). */
export function evaluationForms(ev: DocumentEvaluation): Form[] {
  const used = new Set<string>();
  return [summaryForm(ev, used), ...ev.targets.map((t) => targetForm(ev, t, used))];
}
