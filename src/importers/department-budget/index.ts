// Documents read from a template's tables — department budgets (部门预算公开), unit budgets and final
// accounts: the explanation and the standard tables. This module cuts the document into table pages
// and the text around them, and hands each table to the reader for its shape and the text to the
// explanation's reader (Hunan's seven sections, or the sections the template lists).

import type { BudgetUnit, TabledDocument } from '../../core/model/document.js';
import type { PerformanceTarget, TargetUnitSubtotal, UnitTarget } from '../../core/model/targets.js';
import type { StandardTable } from '../../core/model/tables.js';
import type { TableId, Template } from '../../core/templates/template.js';
import { compact } from '../../core/text.js';
import type { ImportContext } from '../context.js';
import type { BaseInfo } from '../base-info.js';
import { groupPages, splitPages } from './pages.js';
import { parseBalanceTable } from './balance-table.js';
import { parseAmountTable } from './amount-table.js';
import { parseProjectTargets } from './project-targets.js';
import { parseUnitTargets } from './unit-targets.js';
import { parseNarrative } from './narrative/index.js';
import { parseTemplateNarrative } from './narrative/template-narrative.js';
import { readFraming } from './contents.js';

export function importDepartmentBudget(
  ctx: ImportContext,
  base: BaseInfo,
  template: Template,
): TabledDocument {
  const lines = ctx.lines;
  const { pages, outside } = splitPages(lines, template);
  const firstTitle = pages[0]?.first;
  const before = firstTitle === undefined ? lines : lines.slice(0, firstTitle - 1);
  const framing = readFraming(before, template);
  const contentsLines = new Set(framing.contents.map((c) => c.source.line));
  const narrative = template.narrative
    ? parseTemplateNarrative(ctx, outside, template, contentsLines)
    : parseNarrative(ctx, before);

  const tables: Partial<Record<TableId, StandardTable>> = {};
  let projectTargets: PerformanceTarget[] = [];
  let projectTargetUnits: TargetUnitSubtotal[] = [];
  let unitTargets: UnitTarget[] = [];
  const sources = groupPages(pages);
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
    if (t.shape === 'balance') tables[src.id] = parseBalanceTable(ctx, src, t, template.unit);
    else if (t.shape === 'amounts') tables[src.id] = parseAmountTable(ctx, src, t, template.unit);
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
      const first = sources.flatMap((s) => s.pages).find((p) => p.department && p.department.text !== '');
      return first?.department
        ? { value: first.department.text, source: { line: first.department.line } }
        : null;
    })();

  const common = {
    schemaVersion: 1 as const,
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
  };
  if (template.kind === 'final-accounts') {
    return { ...common, kind: 'final-accounts', diagnostics: ctx.diagnostics };
  }
  const targets = { projectTargets, projectTargetUnits, unitTargets, diagnostics: ctx.diagnostics };
  return template.kind === 'unit-budget'
    ? { ...common, kind: 'unit-budget', ...targets }
    : { ...common, kind: 'department-budget', ...targets };
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
