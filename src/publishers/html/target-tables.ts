// The two performance-target tables of a department budget in the official layout:
// 项目支出绩效目标表 (合计, then per unit its subtotal row and its projects) and 部门整体支出绩效目标表
// (per unit: 年度预算申请 by income and by expenditure kind, 整体绩效目标, indicators).

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { TargetTable } from '../../core/model/tables.js';
import type { PerformanceTarget, UnitTarget } from '../../core/model/targets.js';
import type { RenderedTable } from './amount-table.js';
import {
  PROJECT_FIELD_LABELS,
  PROJECT_FIELDS,
  UNIT_FIELD_LABELS,
  UNIT_FIELDS,
} from '../indicator-columns.js';
import { indicatorCells, targetRows } from './indicator-grid.js';
import { emptyBody, money, row, td, th } from './table-kit.js';

const blank = (n: number): string[] => Array.from({ length: n }, () => td(''));

export function renderProjectTargets(
  doc: DepartmentBudgetDocument,
  table: TargetTable | null,
): RenderedTable {
  const head =
    row([
      th('单位编码', { rowspan: 2 }),
      th('单位（项目）名称', { rowspan: 2, cls: 'label' }),
      th('资金总额', { rowspan: 2 }),
      th('绩效目标', { rowspan: 2 }),
      th('绩效指标', { colspan: 2 + PROJECT_FIELDS.length }),
    ]) + row([th('一级指标'), th('二级指标'), ...PROJECT_FIELD_LABELS.map((l) => th(l))]);
  const count = 4 + 2 + PROJECT_FIELDS.length;
  const projects = doc.projectTargets;
  if (projects.length === 0 && doc.projectTargetUnits.length === 0)
    return { head, body: emptyBody(count), columnCount: count };

  const project = (p: PerformanceTarget): string =>
    targetRows(
      (n) => [
        td(p.unitCode, { rowspan: n, cls: 'code' }),
        td(p.name.value, { rowspan: n, cls: 'label' }),
        money(p.amount, { rowspan: n }),
        td(p.goal?.value, { rowspan: n, cls: 'w-goal' }),
      ],
      indicatorCells(p.indicators, PROJECT_FIELDS),
    );

  let body = '';
  if (table?.total)
    body += row([td('合计', { cls: 'label' }), td(''), money(table.total), ...blank(count - 3)], 'row-total');
  const placed = new Set<PerformanceTarget>();
  for (const u of doc.projectTargetUnits) {
    body += row(
      [td(u.code, { cls: 'code' }), td(u.name, { cls: 'label' }), money(u.amount), ...blank(count - 3)],
      'row-unit',
    );
    for (const p of projects) {
      if (p.unitCode === u.code && !placed.has(p)) {
        body += project(p);
        placed.add(p);
      }
    }
  }
  for (const p of projects) if (!placed.has(p)) body += project(p);
  return { head, body, columnCount: count };
}

const FUNDING = [
  ['general', '一般公共预算'],
  ['fund', '政府性基金拨款'],
  ['specialAccount', '财政专户管理资金'],
  ['other', '其他资金'],
] as const;

export function renderUnitTargets(units: readonly UnitTarget[]): RenderedTable {
  const two = { rowspan: 2 };
  const head =
    row([
      th('单位编码', { rowspan: 3 }),
      th('单位名称', { rowspan: 3, cls: 'label' }),
      th('年度预算申请', { colspan: 7 }),
      th('整体绩效目标', { rowspan: 3 }),
      th('部门整体支出年度绩效目标', { colspan: 2 + UNIT_FIELDS.length }),
    ]) +
    row([
      th('资金总额', two),
      th('按收入性质分', { colspan: FUNDING.length }),
      th('按支出性质分', { colspan: 2 }),
      th('一级指标', two),
      th('二级指标', two),
      ...UNIT_FIELD_LABELS.map((l) => th(l, two)),
    ]) +
    row([...FUNDING.map(([, label]) => th(label)), th('基本支出'), th('项目支出')]);
  const count = 2 + 7 + 1 + 2 + UNIT_FIELDS.length;
  if (units.length === 0) return { head, body: emptyBody(count), columnCount: count };
  const body = units
    .map((u) =>
      targetRows(
        (n) => [
          td(u.unitCode, { rowspan: n, cls: 'code' }),
          td(u.unitName ?? u.name.value, { rowspan: n, cls: 'label' }),
          money(u.funding['total'], { rowspan: n }),
          ...FUNDING.map(([key]) => money(u.funding[key], { rowspan: n })),
          money(u.funding['basic'], { rowspan: n }),
          money(u.funding['project'], { rowspan: n }),
          td(u.goal?.value, { rowspan: n, cls: 'w-goal' }),
        ],
        indicatorCells(u.indicators, UNIT_FIELDS),
      ),
    )
    .join('');
  return { head, body, columnCount: count };
}
