// 部门整体支出绩效目标表 (table 10): per budget unit a first row (code, name, the funding split
// 资金总额 = 一般公共预算 + … and = 基本支出 + 项目支出, 整体绩效目标, first indicator) and its indicator
// rows. Pages repeat the header and the unit's first row, merged here. Some conversions print the
// 整体绩效目标 as a quoted paragraph after the page instead of in its column (the Beijing document):
// that paragraph is reattached to the unit whose goal cell is empty.

import type { Diagnostic } from '../../core/model/common.js';
import type { TargetTable } from '../../core/model/tables.js';
import type { UnitTarget } from '../../core/model/targets.js';
import type { Located } from '../../core/source.js';
import { compact } from '../../core/text.js';
import type { MoneyUnit } from '../../core/vocabulary.js';
import type { ImportContext } from '../context.js';
import { quote } from '../context.js';
import { lineText } from '../lines.js';
import type { SourceLine } from '../lines.js';
import { rowAligner } from '../indicators/align-row.js';
import { isHeaderRow } from '../indicators/header-rows.js';
import { FUNDING_KEYS, UNIT_TARGETS_LAYOUT } from '../indicators/layouts.js';
import { TargetCollector } from '../indicators/target-collector.js';
import type { TargetDraft } from '../indicators/target-collector.js';
import { amountOf, locatedText, moneyUnit } from '../indicators/target-values.js';
import type { TablePage, TableSource } from './pages.js';
import { tableBase } from './table-base.js';

const LAYOUT = UNIT_TARGETS_LAYOUT;

export function parseUnitTargets(
  ctx: ImportContext,
  src: TableSource,
  department: string | null,
): { table: TargetTable; targets: UnitTarget[] } {
  const unit = moneyUnit(src.pages.map((p) => p.unit?.text).find((u) => u !== undefined));
  const collector = new TargetCollector(ctx, LAYOUT, '单位');
  const align = rowAligner(LAYOUT);
  const looseGoals = new Map<TargetDraft, Located<string>>();

  src.pages.forEach((page, pageIndex) => {
    const touched: TargetDraft[] = [];
    for (const row of page.rows) {
      if (row.blank || isHeaderRow(row, LAYOUT)) continue;
      const a = align(row);
      collector.reportAlignment(a);
      const t = a.fields['code']?.text;
      const code = t !== undefined && /^\d{6}$/.test(compact(t)) ? compact(t) : null;
      const draft = collector.add(a, pageIndex, code);
      if (draft && !touched.includes(draft)) touched.push(draft);
    }
    if (page.loose.length > 0) attachLooseGoal(ctx, page, touched, looseGoals);
  });
  collector.finish();

  const targets = collector.drafts.map((d) => toUnitTarget(d, department, unit, looseGoals.get(d) ?? null));
  return { table: { ...tableBase(src, targets.length === 0), shape: 'targets', total: null }, targets };
}

/** The page's paragraph as one text: lines joined, the enclosing quotation marks removed. */
function paragraph(lines: readonly SourceLine[]): string {
  return lines
    .map((l) => lineText(l))
    .join('\n')
    .replace(/^[“"「]\s*/, '')
    .replace(/\s*[”"」]$/, '')
    .trim();
}

function attachLooseGoal(
  ctx: ImportContext,
  page: TablePage,
  touched: readonly TargetDraft[],
  looseGoals: Map<TargetDraft, Located<string>>,
): void {
  const first = page.loose[0];
  const last = page.loose[page.loose.length - 1];
  if (!first || !last) return;
  const text = paragraph(page.loose);
  const range = first.no === last.no ? `第${first.no}行` : `第${first.no}–${last.no}行`;
  const report = (code: Diagnostic['code'], severity: Diagnostic['severity'], message: string) =>
    ctx.report(code, severity, message, first.no, { table: LAYOUT.table });
  const withoutGoal = touched.filter((d) => !d.cells['goal']);
  const target = withoutGoal.length === 1 ? withoutGoal[0] : undefined;
  if (!target) {
    report(
      'unplaced-line',
      'warning',
      `${LAYOUT.table}${range}的段落“${quote(text)}”不在表格内，且本页${withoutGoal.length === 0 ? '没有' : '有多个'}缺少整体绩效目标的单位，无法归属`,
    );
    return;
  }
  const name = quote(target.cells['targetName']?.text ?? '', 30);
  const earlier = looseGoals.get(target);
  if (earlier && compact(earlier.value) === compact(text)) {
    report(
      'cell-reattached',
      'info',
      `${LAYOUT.table}${range}的段落重复了第${earlier.source.line}行起的单位“${name}”整体绩效目标，已合并`,
    );
    return;
  }
  if (earlier) {
    report(
      'unplaced-line',
      'warning',
      `${LAYOUT.table}${range}的段落与第${earlier.source.line}行起已归入单位“${name}”的整体绩效目标不同，未采用：“${quote(text)}”`,
    );
    return;
  }
  looseGoals.set(target, { value: text, source: { line: first.no } });
  report(
    'cell-reattached',
    'info',
    `${LAYOUT.table}中单位“${name}”的整体绩效目标列为空，${range}表格后的引文段落即其整体绩效目标，已归入该单位`,
  );
}

function toUnitTarget(
  d: TargetDraft,
  department: string | null,
  unit: MoneyUnit,
  looseGoal: Located<string> | null,
): UnitTarget {
  const funding: UnitTarget['funding'] = {};
  for (const key of FUNDING_KEYS) funding[key] = amountOf(d.cells[key], d.cellLines[key], unit);
  const name = locatedText(d.cells['targetName'], d.cellLines['targetName']) ?? {
    value: '',
    source: { line: d.head.line.no },
  };
  return {
    kind: 'unit',
    department,
    unitCode: d.code,
    unitName: name.value === '' ? null : name.value,
    name,
    amount: funding['total'] ?? null,
    goal: locatedText(d.cells['goal'], d.cellLines['goal']) ?? looseGoal,
    indicators: d.sequence.indicators,
    spans: d.spans,
    funding,
  };
}
