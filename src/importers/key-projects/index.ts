// The city-wide list of key policies and projects (重大政策和重点项目绩效目标): a title, 金额单位, then
// one table, printed over many pages that each repeat the header: per project a first row (主管单位,
// 项目名称, 资金总额, 绩效目标, first indicator) and its indicator rows. A project continued on the
// next page repeats its first row (城乡医疗救助); blank 主管单位 means the one above.

import type { KeyProjectsDocument } from '../../core/model/document.js';
import type { PerformanceTarget } from '../../core/model/targets.js';
import type { Located } from '../../core/source.js';
import { compact } from '../../core/text.js';
import type { MoneyUnit } from '../../core/vocabulary.js';
import type { BaseInfo } from '../base-info.js';
import type { ImportContext } from '../context.js';
import { quote } from '../context.js';
import { lineText } from '../lines.js';
import { rowAligner } from '../indicators/align-row.js';
import { isHeaderRow } from '../indicators/header-rows.js';
import { KEY_PROJECTS_LAYOUT } from '../indicators/layouts.js';
import { TargetCollector } from '../indicators/target-collector.js';
import type { TargetDraft } from '../indicators/target-collector.js';
import { amountOf, locatedText, moneyUnit } from '../indicators/target-values.js';

const LAYOUT = KEY_PROJECTS_LAYOUT;
const UNIT_LINE = /^(?:金额)?单位[:：](.*)$/;
const NOTE_LINE = /^注[:：]/;

export function importKeyProjects(ctx: ImportContext, base: BaseInfo): KeyProjectsDocument {
  const collector = new TargetCollector(ctx, LAYOUT, '项目');
  const align = rowAligner(LAYOUT);
  let unitText: string | null = null;
  let note: Located<string> | null = null;
  let page = 0;
  let rowsOnPage = 0;
  let tableStarted = false;
  const titleLine = base.title?.source.line ?? null;

  for (const line of ctx.lines) {
    if (line.blank) continue;
    if (!line.tabular) {
      const text = compact(line.text);
      const unitMatch = UNIT_LINE.exec(text);
      if (unitMatch && unitText === null) unitText = unitMatch[1] ?? '';
      // The note is printed under the list; a 注 line before the table is something else (a banner).
      else if (NOTE_LINE.test(text) && note === null && tableStarted) {
        note = { value: lineText(line), source: { line: line.no } };
      } else if (line.no !== titleLine) {
        const message = `第${line.no}行不是表格行，无法归入任何项目：${quote(line.text)}`;
        ctx.report('unplaced-line', 'warning', message, line.no, { table: LAYOUT.table });
      }
      continue;
    }
    tableStarted = true;
    if (isHeaderRow(line, LAYOUT)) {
      // A header after data rows starts a new printed page.
      if (rowsOnPage > 0) page++;
      rowsOnPage = 0;
      continue;
    }
    rowsOnPage++;
    const a = align(line);
    collector.reportAlignment(a);
    collector.add(a, page, null);
  }
  collector.finish();

  const unit = moneyUnit(unitText);
  const projects: PerformanceTarget[] = [];
  let department: string | null = null;
  for (const d of collector.drafts) {
    department = d.cells['department']?.text ?? department;
    projects.push(toProject(d, department, unit));
  }
  return {
    schemaVersion: 1,
    kind: 'key-projects',
    source: base.source,
    template: 'hunan',
    title: base.title,
    year: base.year,
    ...(base.yearSource ? { yearSource: base.yearSource } : {}),
    unit: unitText,
    projects,
    note,
    diagnostics: ctx.diagnostics,
  };
}

function toProject(d: TargetDraft, department: string | null, unit: MoneyUnit): PerformanceTarget {
  return {
    kind: 'key-project',
    department,
    unitCode: null,
    unitName: null,
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
