// One demo department budget as a model (Hunan template, ten tables, seven sections, targets), built
// from the department's figures of the year and of the year before. The model is what the text
// publisher renders; the demo hands out the rendered bytes, so narrative facts are left to the
// importer to read (facts and classAmounts are empty here) and provenance is the importer's.

import type { DepartmentBudgetDocument } from '../core/model/document.js';
import { HUNAN } from '../core/templates/hunan.js';
import type { FigureContext } from './figures.js';
import { departmentFigures } from './figures.js';
import { totals } from './functional.js';
import { at0, amt } from './model-parts.js';
import { narrative } from './narrative.js';
import {
  basicTable,
  expenditureTable,
  fiscalSummaryTable,
  fundTable,
  generalTable,
  incomeTable,
  summaryTable,
  threePublicTable,
} from './tables.js';
import { projectTargets, targetTables, unitTargets } from './targets.js';
import { unitTotals } from './functional.js';

export function departmentBudget(ctx: FigureContext, year: number): DepartmentBudgetDocument {
  const f = departmentFigures(ctx, year);
  const t = totals(f);
  const last = totals(departmentFigures(ctx, year - 1));
  const sections = narrative(f, t, last);
  return {
    schemaVersion: 1,
    kind: 'department-budget',
    source: { file: `${f.name}-${year}.txt`, encoding: 'utf-8', lineCount: 0, flavour: 'plain' },
    template: HUNAN.id,
    title: { value: `${f.name}${year}年部门预算公开`, source: at0 },
    year,
    department: { value: f.name, source: at0 },
    units: f.units.map((u) => ({ code: u.code, name: u.name })),
    narrative: {
      sections,
      facts: [],
      classAmounts: [],
      unitsListed: f.units.map((u) => ({ value: u.name, source: at0 })),
      onlyOwnLevel: false,
      threePublicChangeReason: null,
      otherMatters: {
        operating: at0,
        threePublic: at0,
        generalSpending: at0,
        procurement: at0,
        assets: at0,
        performance: at0,
      },
    },
    tables: {
      summary: summaryTable(f, t),
      income: incomeTable(f, t),
      expenditure: expenditureTable(f, t),
      'fiscal-summary': fiscalSummaryTable(f, t),
      'general-expenditure': generalTable(f),
      'basic-expenditure': basicTable(f, t),
      'three-public': threePublicTable(f, t),
      'fund-expenditure': fundTable(f),
      ...targetTables(f, t),
    },
    projectTargets: projectTargets(f, ctx.seed),
    projectTargetUnits: f.units
      .filter((u) => u.projects.length > 0)
      .map((u) => ({ code: u.code, name: u.name, amount: amt(unitTotals(u).project), source: at0 })),
    unitTargets: unitTargets(f),
    diagnostics: [],
  };
}
