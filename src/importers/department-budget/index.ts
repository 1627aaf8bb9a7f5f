// Department budget documents (部门预算公开): Part 1's narrative and Part 2's ten standard tables.
// This module cuts the document into its parts and hands each table to the reader for its shape.

import type { DepartmentBudgetDocument, BudgetUnit } from '../../core/model/document.js';
import type { PerformanceTarget, TargetUnitSubtotal, UnitTarget } from '../../core/model/targets.js';
import type { StandardTable } from '../../core/model/tables.js';
import type { TableId, Template } from '../../core/templates/template.js';
import { compact } from '../../core/text.js';
import type { ImportContext } from '../context.js';
import type { BaseInfo } from '../base-info.js';
import { groupPages, matchTitle, splitPages } from './pages.js';
import { parseBalanceTable } from './balance-table.js';
import { parseAmountTable } from './amount-table.js';
import { parseProjectTargets } from './project-targets.js';
import { parseUnitTargets } from './unit-targets.js';
import { parseNarrative } from './narrative/index.js';
import { readFraming } from './contents.js';

export function importDepartmentBudget(
  ctx: ImportContext,
  base: BaseInfo,
  template: Template,
): DepartmentBudgetDocument {
  const lines = ctx.lines;
  const firstTitle = lines.findIndex((l) => matchTitle(l, template) !== null);
  const part1End = firstTitle < 0 ? lines.length : firstTitle;
  const narrative = parseNarrative(ctx, lines.slice(0, part1End));
  const framing = readFraming(lines.slice(0, part1End), template);

  const tables: Partial<Record<TableId, StandardTable>> = {};
  let projectTargets: PerformanceTarget[] = [];
  let projectTargetUnits: TargetUnitSubtotal[] = [];
  let unitTargets: UnitTarget[] = [];
  const sources = firstTitle < 0 ? [] : groupPages(splitPages(lines, firstTitle, template));
  for (const src of sources) {
    const t = src.template;
    if (src.pages.length > 1) {
      ctx.report(
        'table-continued',
        'info',
        `${t.name}跨${src.pages.length}页，已拼接（续页行 ${src.pages
          .slice(1)
          .map((p) => p.first)
          .join('、')}）`,
        src.pages[1]?.first ?? src.pages[0]?.first ?? 1,
        { table: t.name },
      );
    }
    if (t.shape === 'balance') tables[src.id] = parseBalanceTable(ctx, src, t);
    else if (t.shape === 'amounts') tables[src.id] = parseAmountTable(ctx, src, t);
    else if (t.target === 'project') {
      const r = parseProjectTargets(ctx, src, base.department?.value ?? null);
      tables[src.id] = r.table;
      projectTargets = r.targets;
      projectTargetUnits = r.units;
    } else {
      const r = parseUnitTargets(ctx, src, base.department?.value ?? null);
      tables[src.id] = r.table;
      unitTargets = r.targets;
    }
  }
  const lastLine = lines.length;
  for (const t of template.tables) {
    if (!tables[t.id]) {
      ctx.report('table-missing', 'error', `缺少第${t.no}张表“${t.name}”`, lastLine, { table: t.name });
    }
  }

  const department =
    base.department ??
    (() => {
      const fromTable = Object.values(tables).find((t) => t?.department)?.department;
      const first = sources[0]?.pages[0]?.department;
      return fromTable && first ? { value: fromTable, source: { line: first.line } } : null;
    })();

  return {
    schemaVersion: 1,
    kind: 'department-budget',
    source: base.source,
    template: template.id,
    title: base.title,
    year: base.year,
    ...(base.yearSource ? { yearSource: base.yearSource } : {}),
    department,
    units: collectUnits(
      projectTargetUnits,
      unitTargets,
      narrative.unitsListed.map((u) => u.value),
      department?.value ?? null,
    ),
    narrative,
    contents: framing.contents,
    parts: framing.parts,
    tables,
    projectTargets,
    projectTargetUnits,
    unitTargets,
    diagnostics: ctx.diagnostics,
  };
}

/**
 * The department's budget units: coded units from the target tables, in order of first appearance,
 * then units named only in the narrative. A department with only its own level is one unit.
 */
function collectUnits(
  subtotals: readonly TargetUnitSubtotal[],
  unitTargets: readonly UnitTarget[],
  listed: readonly string[],
  department: string | null,
): BudgetUnit[] {
  const units: BudgetUnit[] = [];
  const seen = new Set<string>();
  const add = (code: string | null, name: string) => {
    const key = code ?? compact(name);
    if (seen.has(key) || units.some((u) => compact(u.name) === compact(name))) return;
    seen.add(key);
    units.push({ code, name });
  };
  for (const s of subtotals) add(s.code, s.name);
  for (const u of unitTargets) if (u.unitCode) add(u.unitCode, u.unitName ?? u.name.value);
  for (const name of listed) add(null, name);
  if (units.length === 0 && department) add(null, department);
  return units;
}
