// Grids of performance targets: 项目支出绩效目标表 and 部门整体支出绩效目标表 (tables 9 and 10) and the
// city-wide key-project list. One row per indicator; the target's own cells (unit code, name,
// amount, goal) are filled on its first row and left blank below, and a level-1/level-2 indicator is
// printed only where it changes — the documents' "same as above".

import type { DepartmentBudgetDocument, KeyProjectsDocument } from '../../core/model/document.js';
import type { TargetTable } from '../../core/model/tables.js';
import type {
  Indicator,
  PerformanceTarget,
  TargetUnitSubtotal,
  UnitTarget,
} from '../../core/model/targets.js';
import {
  PROJECT_FIELD_LABELS,
  PROJECT_FIELDS,
  UNIT_FIELD_LABELS,
  UNIT_FIELDS,
} from '../indicator-columns.js';
import type { IndicatorField } from '../indicator-columns.js';
import { amountCell, EMPTY, emptyCells, padRow, textCell, textCells, weightCell } from './cells.js';
import { tableGrid } from './tables.js';
import type { Grid, GridCell, GridMerge } from './types.js';

/** The level-1 and level-2 texts each indicator row prints: blank where the row above has the same. */
function shownLevels(list: readonly Indicator[]): [string, string][] {
  let p1: string | null = null;
  let p2: string | null = null;
  return list.map((ind, i) => {
    const show1 = i === 0 || ind.level1Text !== p1;
    const show2 = show1 || ind.level2Text !== p2;
    p1 = ind.level1Text;
    p2 = ind.level2Text;
    return [show1 ? (ind.level1Text ?? '') : '', show2 ? (ind.level2Text ?? '') : ''];
  });
}

/** Indicator cells: 一级 二级, then the table's own columns (PROJECT_FIELDS or UNIT_FIELDS). */
function indicatorCells(list: readonly Indicator[], fields: readonly IndicatorField[]): GridCell[][] {
  const levels = shownLevels(list);
  return list.map((ind, i) => [
    ...textCells(levels[i] ?? ['', '']),
    ...fields.map((f) => (f === 'weight' ? weightCell(ind.weight, ind.weightText) : textCell(ind[f]))),
  ]);
}

/** A target's rows: its own cells on the first row, blank below; one row even without indicators. */
function targetRows(own: GridCell[], indicators: GridCell[][], indicatorWidth: number): GridCell[][] {
  const rows = indicators.length > 0 ? indicators : [emptyCells(indicatorWidth)];
  return rows.map((cells, i) => [...(i === 0 ? own : emptyCells(own.length)), ...cells]);
}

const PROJECT_INDICATOR_LABELS = ['一级指标', '二级指标', ...PROJECT_FIELD_LABELS];

function projectHeader(first: string, second: string): { header: GridCell[][]; merges: GridMerge[] } {
  return {
    header: [
      textCells([
        first,
        second,
        '资金总额',
        '绩效目标',
        '绩效指标',
        ...PROJECT_INDICATOR_LABELS.slice(1).map(() => ''),
      ]),
      textCells(['', '', '', '', ...PROJECT_INDICATOR_LABELS]),
    ],
    merges: [
      ...[0, 1, 2, 3].map((col) => ({ row: 0, col, rows: 2, cols: 1 })),
      { row: 0, col: 4, rows: 1, cols: PROJECT_INDICATOR_LABELS.length },
    ],
  };
}

const PROJECT_WIDTHS = [10, 24, 12, 40, 10, 14, 26, 12, 28, 40, 9, 9, 6];

function ownCells(t: PerformanceTarget, first: string | null): GridCell[] {
  return [textCell(first), textCell(t.name.value), amountCell(t.amount), textCell(t.goal?.value)];
}

function subtotalRow(s: TargetUnitSubtotal): GridCell[] {
  return padRow([textCell(s.code), textCell(s.name), amountCell(s.amount)], 13);
}

/**
 * 项目支出绩效目标表: the 合计 row, then each unit's subtotal row before its projects. Subtotals keep
 * their order: those of units without projects are printed where they fall in that order.
 */
export function projectTargetsGrid(doc: DepartmentBudgetDocument, table: TargetTable, sheet: string): Grid {
  const { header, merges } = projectHeader('单位编码', '单位（项目）名称');
  const body: GridCell[][] = [];
  if (table.total) body.push(padRow([textCell('合计'), EMPTY, amountCell(table.total)], 13));
  const units = doc.projectTargetUnits;
  let nextUnit = 0;
  const printUnitsThrough = (index: number) => {
    for (; nextUnit <= index && nextUnit < units.length; nextUnit++) {
      const s = units[nextUnit];
      if (s) body.push(subtotalRow(s));
    }
  };
  for (const p of doc.projectTargets) {
    const u = p.unitCode === null ? -1 : units.findIndex((s) => s.code === p.unitCode);
    if (u >= nextUnit) printUnitsThrough(u);
    body.push(...targetRows(ownCells(p, p.unitCode), indicatorCells(p.indicators, PROJECT_FIELDS), 9));
  }
  printUnitsThrough(units.length - 1);
  return tableGrid(table, sheet, { header, body, merges, widths: PROJECT_WIDTHS, landscape: true });
}

const FUNDING_KEYS = ['total', 'general', 'fund', 'specialAccount', 'other', 'basic', 'project'] as const;
const UNIT_INDICATOR_LABELS = ['一级指标', '二级指标', ...UNIT_FIELD_LABELS];

/** 部门整体支出绩效目标表: 19 columns under a three-row header. */
export function unitTargetsGrid(targets: readonly UnitTarget[], table: TargetTable, sheet: string): Grid {
  const header = [
    textCells([
      '单位编码',
      '单位名称',
      '年度预算申请',
      '',
      '',
      '',
      '',
      '',
      '',
      '整体绩效目标',
      '部门整体支出年度绩效目标',
      ...emptyCells(8).map(() => ''),
    ]),
    textCells([
      '',
      '',
      '资金总额',
      '按收入性质分',
      '',
      '',
      '',
      '按支出性质分',
      '',
      '',
      ...UNIT_INDICATOR_LABELS,
    ]),
    textCells([
      '',
      '',
      '',
      '一般公共预算',
      '政府性基金拨款',
      '财政专户管理资金',
      '其他资金',
      '基本支出',
      '项目支出',
      ...emptyCells(10).map(() => ''),
    ]),
  ];
  const merges: GridMerge[] = [
    { row: 0, col: 0, rows: 3, cols: 1 },
    { row: 0, col: 1, rows: 3, cols: 1 },
    { row: 0, col: 2, rows: 1, cols: 7 },
    { row: 1, col: 2, rows: 2, cols: 1 },
    { row: 1, col: 3, rows: 1, cols: 4 },
    { row: 1, col: 7, rows: 1, cols: 2 },
    { row: 0, col: 9, rows: 3, cols: 1 },
    { row: 0, col: 10, rows: 1, cols: 9 },
    ...UNIT_INDICATOR_LABELS.map((_, i) => ({ row: 1, col: 10 + i, rows: 2, cols: 1 })),
  ];
  const body = targets.flatMap((t) =>
    targetRows(
      [
        textCell(t.unitCode),
        textCell(t.name.value),
        ...FUNDING_KEYS.map((k) => amountCell(t.funding[k])),
        textCell(t.goal?.value),
      ],
      indicatorCells(t.indicators, UNIT_FIELDS),
      9,
    ),
  );
  const widths = [10, 24, 12, 12, 10, 10, 10, 12, 12, 40, 10, 12, 24, 9, 10, 8, 28, 36, 6];
  return tableGrid(table, sheet, { header, body, merges, widths, landscape: true });
}

/** 重大政策和重点项目绩效目标: one list under the title, 13 columns. */
export function keyProjectsGrid(doc: KeyProjectsDocument, sheet: string): Grid {
  const { header, merges } = projectHeader('主管单位', '项目名称');
  const caption = [doc.title?.value ?? `${doc.year ?? ''}年度重大政策和重点项目绩效目标`];
  if (doc.unit !== null) caption.push(`金额单位：${doc.unit}`);
  const body = doc.projects.flatMap((p) =>
    targetRows(ownCells(p, p.department), indicatorCells(p.indicators, PROJECT_FIELDS), 9),
  );
  return {
    sheet,
    caption,
    header,
    body,
    merges,
    notes: doc.note ? [doc.note.value] : [],
    widths: [18, 24, 12, 40, 10, 14, 26, 12, 28, 40, 9, 9, 6],
    landscape: true,
  };
}
