// 项目支出绩效目标表 (table 9): the 合计 row, one subtotal row per budget unit (104001 长沙市人民政府办公厅
// 795.80), then per project a first row (unit code, name, 资金总额, 绩效目标, first indicator) and its
// indicator rows. Pages repeat the header and the current project's first row; both are undone here.
// A project's unit code is the one printed on its row, else the one in force above it.

import type { Amount } from '../../core/model/common.js';
import type { MoneyUnit } from '../../core/vocabulary.js';
import type { TargetTable } from '../../core/model/tables.js';
import type { PerformanceTarget, TargetUnitSubtotal } from '../../core/model/targets.js';
import { compact } from '../../core/text.js';
import type { ImportContext } from '../context.js';
import { quote } from '../context.js';
import { lineText } from '../lines.js';
import type { SourceLine } from '../lines.js';
import { rowAligner } from '../indicators/align-row.js';
import type { RowAlignment } from '../indicators/align-row.js';
import { isHeaderRow } from '../indicators/header-rows.js';
import { hasIndicatorCells } from '../indicators/indicator-sequence.js';
import { PROJECT_TARGETS_LAYOUT } from '../indicators/layouts.js';
import { TargetCollector } from '../indicators/target-collector.js';
import type { TargetDraft } from '../indicators/target-collector.js';
import { amountOf, locatedText, moneyUnit } from '../indicators/target-values.js';
import type { TableSource } from './pages.js';
import { tableBase } from './table-base.js';

const LAYOUT = PROJECT_TARGETS_LAYOUT;

export function parseProjectTargets(
  ctx: ImportContext,
  src: TableSource,
  department: string | null,
): { table: TargetTable; targets: PerformanceTarget[]; units: TargetUnitSubtotal[] } {
  const unit = moneyUnit(src.pages.map((p) => p.unit?.text).find((u) => u !== undefined));
  const collector = new TargetCollector(ctx, LAYOUT, '项目');
  const align = rowAligner(LAYOUT);
  const units: TargetUnitSubtotal[] = [];
  let total: Amount | null = null;
  let code: string | null = null;

  for (const [pageIndex, page] of src.pages.entries()) {
    for (const row of page.rows) {
      if (row.blank || isHeaderRow(row, LAYOUT)) continue;
      if (isTotalRow(row)) {
        total ??= totalOf(row, unit);
        continue;
      }
      const a = align(row);
      collector.reportAlignment(a);
      const rowCode = codeOf(a);
      if (a.usesHead && rowCode !== null && isSubtotal(a)) {
        collector.finish();
        units.push(subtotalOf(a, rowCode, unit));
        code = rowCode;
        continue;
      }
      if (rowCode !== null) code = rowCode;
      collector.add(a, pageIndex, code);
    }
    for (const l of page.loose) {
      ctx.report(
        'unplaced-line',
        'warning',
        `${LAYOUT.table}第${l.no}行不是表格行，无法归入任何项目：${quote(l.text)}`,
        l.no,
        { table: LAYOUT.table },
      );
    }
  }
  collector.finish();

  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  const targets = collector.drafts.map((d) => toTarget(d, department, unitNames, unit));
  const empty = targets.length === 0 && (total === null || total.value.isZero());
  return { table: { ...tableBase(src, empty), shape: 'targets', total }, targets, units };
}

function isTotalRow(row: SourceLine): boolean {
  const first = row.cells.find((c) => c.text !== '');
  return first !== undefined && compact(first.text) === '合计';
}

function totalOf(row: SourceLine, unit: MoneyUnit): Amount | null {
  for (const c of row.cells) {
    const a = amountOf(c, row.no, unit);
    if (a) return a;
  }
  return null;
}

function codeOf(a: RowAlignment): string | null {
  const t = a.fields['code']?.text;
  return t !== undefined && /^\d{6}$/.test(compact(t)) ? compact(t) : null;
}

/** A unit's subtotal row: code, name and amount, and neither goal nor indicator. */
function isSubtotal(a: RowAlignment): boolean {
  return !a.fields['goal'] && !hasIndicatorCells(a);
}

function subtotalOf(a: RowAlignment, code: string, unit: MoneyUnit): TargetUnitSubtotal {
  return {
    code,
    name: a.fields['targetName']?.text ?? lineText(a.line),
    amount: amountOf(a.fields['amount'], a.line.no, unit),
    source: { line: a.line.no },
  };
}

function toTarget(
  d: TargetDraft,
  department: string | null,
  unitNames: Map<string, string>,
  unit: MoneyUnit,
): PerformanceTarget {
  return {
    kind: 'project',
    department,
    unitCode: d.code,
    unitName: d.code === null ? null : (unitNames.get(d.code) ?? null),
    name: locatedText(d.cells['targetName'], d.cellLines['targetName']) ?? {
      value: '',
      source: { line: d.head.line.no },
    },
    amount: amountOf(d.cells['amount'], d.cellLines['amount'], unit),
    goal: locatedText(d.cells['goal'], d.cellLines['goal']),
    indicators: d.sequence.indicators,
    spans: d.spans,
  };
}
