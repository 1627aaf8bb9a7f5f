// The one-object summary of a document that `yusuan inspect --summary` prints: kind, department,
// year, units, key totals, tables present, projects with indicator counts and weight sums.
// Amounts stay exact (Decimal) here; the CLI prints them with two decimals. The totals are the key
// totals of core/model/access.ts, whose header says which table each comes from.

import { Decimal } from '../core/decimal.js';
import type { BudgetDocument, DepartmentBudgetDocument } from '../core/model/document.js';
import type { Amount } from '../core/model/common.js';
import { keyTotals } from '../core/model/access.js';
import type { Indicator, PerformanceTarget } from '../core/model/targets.js';
import { HUNAN } from '../core/templates/hunan.js';
import { convertMoney } from '../core/money.js';
import { isTabledDocument } from '../core/model/document.js';
import type { TabledDocument } from '../core/model/document.js';
import { documentTotals } from '../core/model/totals.js';
import { labelKey } from '../core/text.js';
import type { Template, TotalKey } from '../core/templates/template.js';
import { templateById } from '../core/templates/registry.js';
import type { DocumentKind } from '../core/vocabulary.js';

export interface SummaryTotals {
  income: Decimal | null;
  expenditure: Decimal | null;
  basic: Decimal | null;
  project: Decimal | null;
  personnel: Decimal | null;
  publicFunds: Decimal | null;
  threePublic: Decimal | null;
}

export interface SummaryProject {
  department: string | null;
  unit: string | null;
  name: string;
  amount: Decimal | null;
  indicators: number;
  weightSum: Decimal | null;
}

export interface DocumentSummary {
  kind: DocumentKind;
  department: string | null;
  year: number | null;
  units: { code: string | null; name: string }[];
  totals: SummaryTotals;
  tables: string[];
  projects: SummaryProject[];
  diagnostics: number;
}

/** An indicator row counts when it has a 三级 name or a 指标值 (placeholders such as 无 do not). */
export function countsAsIndicator(i: Indicator): boolean {
  return !i.placeholder;
}

export function indicatorStats(indicators: readonly Indicator[]): {
  count: number;
  weightSum: Decimal | null;
} {
  const counted = indicators.filter(countsAsIndicator);
  const weights = counted.map((i) => i.weight).filter((w): w is Decimal => w !== null);
  return { count: counted.length, weightSum: weights.length ? Decimal.sum(weights) : null };
}

const value = (a: Amount | null | undefined): Decimal | null => a?.value ?? null;

/** A project target of a table or list; `department` stands in where the target names none. */
function projectSummary(p: PerformanceTarget, department: string | null): SummaryProject {
  const s = indicatorStats(p.indicators);
  return {
    department: p.department ?? department,
    unit: p.unitCode,
    name: p.name.value,
    amount: value(p.amount),
    indicators: s.count,
    weightSum: s.weightSum,
  };
}

export function summarize(doc: BudgetDocument): DocumentSummary {
  if (doc.kind === 'department-budget' && doc.template === HUNAN.id) return summarizeDepartment(doc);
  if (isTabledDocument(doc)) return summarizeTabled(doc);
  if (doc.kind === 'key-projects') {
    return {
      kind: doc.kind,
      department: null,
      year: doc.year,
      units: [],
      totals: emptyTotals(),
      tables: [],
      projects: doc.projects.map((p) => projectSummary(p, null)),
      diagnostics: doc.diagnostics.length,
    };
  }
  const dept = doc.departmentForms[0];
  const department = doc.department?.value ?? null;
  return {
    kind: doc.kind,
    department,
    year: doc.year,
    units: doc.departmentForms.flatMap((f) => (f.unit ? [{ code: null, name: f.unit.value }] : [])),
    totals: {
      income: value(dept?.income['total']),
      expenditure: value(dept?.expenditure['total']),
      basic: value(dept?.expenditure['basic']),
      project: value(dept?.expenditure['project']),
      personnel: null,
      publicFunds: null,
      threePublic: value(dept?.threePublic['total']),
    },
    tables: [],
    projects: doc.projectForms.map((f) => {
      const s = indicatorStats(f.indicators);
      const total = f.funding.find((l) => l.label === '合计') ?? f.spending.find((l) => l.label === '合计');
      return {
        department,
        unit: null,
        name: f.name.value,
        amount: value(total?.current),
        indicators: s.count,
        weightSum: s.weightSum,
      };
    }),
    diagnostics: doc.diagnostics.length,
  };
}

function emptyTotals(): SummaryTotals {
  return {
    income: null,
    expenditure: null,
    basic: null,
    project: null,
    personnel: null,
    publicFunds: null,
    threePublic: null,
  };
}

function summarizeDepartment(doc: DepartmentBudgetDocument): DocumentSummary {
  const t = keyTotals(doc);
  const department = doc.department?.value ?? null;
  return {
    kind: doc.kind,
    department,
    year: doc.year,
    units: doc.units.map((u) => ({ code: u.code, name: u.name })),
    totals: {
      income: t.income,
      expenditure: t.expenditure,
      basic: t.basic,
      project: t.project,
      personnel: t.personnel,
      publicFunds: t.publicFunds,
      threePublic: t.threePublic,
    },
    tables: HUNAN.tables.filter((t) => doc.tables[t.id]).map((t) => t.name),
    projects: doc.projectTargets.map((p) => projectSummary(p, department)),
    diagnostics: doc.diagnostics.length,
  };
}

/** In 万元, exact: a 元 figure keeps all its digits (189,767,551 元 is 18976.7551 万元). */
const tenThousands = (a: Amount | null): Decimal | null =>
  a ? convertMoney(a.value, a.unit, '万元').trimmed(Math.min(2, a.value.scale + 4)) : null;

/** A budget or final accounts in another layout: the totals where its template says they are printed. */
function summarizeTabled(doc: TabledDocument): DocumentSummary {
  const template = templateById(doc.template);
  const t = documentTotals(doc, template);
  const total = (key: TotalKey): Decimal | null =>
    tenThousands(t[key]) ?? (printedBlank(doc, template, key) ? Decimal.ZERO : null);
  const department = doc.department?.value ?? null;
  return {
    kind: doc.kind,
    department,
    year: doc.year,
    units: doc.units.map((u) => ({ code: u.code, name: u.name })),
    totals: {
      income: total('income'),
      expenditure: total('expenditure'),
      basic: total('basic'),
      project: total('project'),
      personnel: total('personnel'),
      publicFunds: total('publicFunds'),
      threePublic: total('threePublic'),
    },
    tables: template.tables.filter((x) => doc.tables[x.id]).map((x) => x.name),
    projects:
      doc.kind === 'final-accounts' ? [] : doc.projectTargets.map((p) => projectSummary(p, department)),
    diagnostics: doc.diagnostics.length,
  };
}

/**
 * Whether a total is printed blank: its row or item is in a table that holds figures, and the cell is
 * empty — nothing spent (final accounts leave a zero 决算数 blank beside its 预算数), not a missing
 * figure. A table printed empty, or a row not printed, leaves the total unknown (null).
 */
function printedBlank(doc: TabledDocument, template: Template, key: TotalKey): boolean {
  for (const loc of template.totals[key] ?? []) {
    const table = doc.tables[loc.table];
    if (!table) continue;
    if (table.empty) return false;
    if ('side' in loc) {
      return table.shape === 'balance' && table[loc.side].some((e) => e.key === loc.item);
    }
    if (table.shape !== 'amounts') return false;
    const wanted = loc.row;
    return wanted === 'total'
      ? table.rows.some((r) => r.kind === 'total')
      : table.rows.some((r) => labelKey(r.name) === labelKey(wanted.name));
  }
  return false;
}
