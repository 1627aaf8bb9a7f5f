// A reviewed document as the rows of the relational schema: its tables' rows (amounts in 万元, exact),
// projects and their indicators, narrative facts, diagnostics and findings, each with its source line.
// Pure: the repository writes what this returns inside one transaction.
import { convertMoney } from '../core/money.js';
import type { Amount } from '../core/model/common.js';
import type { BudgetDocument } from '../core/model/document.js';
import { isTabledDocument } from '../core/model/document.js';
import type { StandardTable } from '../core/model/tables.js';
import type { Indicator, PerformanceTarget } from '../core/model/targets.js';
import type { Finding } from '../rules/rule.js';
import type { Insertable } from 'kysely';
import type {
  DiagnosticsTable,
  DocTablesTable,
  FactsTable,
  FindingsTable,
  IndicatorsTable,
  ProjectsTable,
  TableRowsTable,
} from './schema.js';

export interface DocumentRows {
  tables: Insertable<DocTablesTable>[];
  rows: Insertable<TableRowsTable>[];
  projects: Insertable<ProjectsTable>[];
  indicators: Insertable<IndicatorsTable>[];
  facts: Insertable<FactsTable>[];
  diagnostics: Insertable<DiagnosticsTable>[];
  findings: Insertable<FindingsTable>[];
}

/** An amount in 万元, exact (a 元 figure keeps every digit: 189,767,551 元 is 18976.7551 万元). */
export function tenThousand(a: Amount | null | undefined): string | null {
  if (!a) return null;
  return convertMoney(a.value, a.unit, '万元')
    .trimmed(Math.min(2, a.value.scale + 4))
    .toString();
}

function amountsOf(map: Record<string, Amount | null>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(map)) out[k] = tenThousand(v);
  return out;
}

/** The row's headline figure: its 'total' column, else its first column. */
function headline(map: Record<string, Amount | null>, columns: readonly { key: string }[]): string | null {
  const key = columns.some((c) => c.key === 'total') ? 'total' : columns[0]?.key;
  return key === undefined ? null : tenThousand(map[key]);
}

function tableRows(documentId: string, t: StandardTable): Insertable<TableRowsTable>[] {
  const rows: Insertable<TableRowsTable>[] = [];
  if (t.shape === 'amounts') {
    t.rows.forEach((r, i) =>
      rows.push({
        document_id: documentId,
        table_id: t.id,
        ordinal: i,
        side: null,
        kind: r.kind,
        code: r.code,
        name: r.name,
        amount: headline(r.amounts, t.columns),
        amounts: JSON.stringify(amountsOf(r.amounts)),
        line: r.source.line,
      }),
    );
  } else if (t.shape === 'balance') {
    const sides = [
      ['income', t.income, t.columns.income],
      ['expenditure', t.expenditure, t.columns.expenditure],
    ] as const;
    for (const [side, entries, columns] of sides)
      for (const e of entries)
        rows.push({
          document_id: documentId,
          table_id: t.id,
          ordinal: rows.length,
          side,
          kind: e.role,
          code: e.key,
          name: e.label,
          amount: headline(e.amounts, columns),
          amounts: JSON.stringify(amountsOf(e.amounts)),
          line: e.source.line,
        });
  }
  return rows;
}

interface TargetLike {
  kind: string;
  name: string;
  department: string | null;
  unitCode: string | null;
  unitName: string | null;
  amount: Amount | null;
  goal: string | null;
  indicators: Indicator[];
  line: number;
}

const fromTarget = (p: PerformanceTarget): TargetLike => ({
  kind: p.kind,
  name: p.name.value,
  department: p.department,
  unitCode: p.unitCode,
  unitName: p.unitName,
  amount: p.amount,
  goal: p.goal?.value ?? null,
  indicators: p.indicators,
  line: p.name.source.line,
});

function targetsOf(doc: BudgetDocument): TargetLike[] {
  switch (doc.kind) {
    case 'department-budget':
    case 'unit-budget':
      return [...doc.projectTargets, ...doc.unitTargets].map(fromTarget);
    case 'final-accounts':
      return [];
    case 'key-projects':
      return doc.projects.map(fromTarget);
    case 'declaration-forms':
      return doc.projectForms.map((f) => {
        const total = f.funding.find((l) => l.label === '合计') ?? f.spending.find((l) => l.label === '合计');
        return {
          kind: 'declaration-project',
          name: f.name.value,
          department: f.competentDepartment?.value ?? doc.department?.value ?? null,
          unitCode: null,
          unitName: f.filler,
          amount: total?.current ?? null,
          goal: f.annualGoal?.value ?? null,
          indicators: f.indicators,
          line: f.name.source.line,
        };
      });
  }
}

export function flattenDocument(id: string, doc: BudgetDocument, findings: readonly Finding[]): DocumentRows {
  const out: DocumentRows = {
    tables: [],
    rows: [],
    projects: [],
    indicators: [],
    facts: [],
    diagnostics: [],
    findings: [],
  };
  if (isTabledDocument(doc)) {
    for (const t of Object.values(doc.tables)) {
      if (!t) continue;
      out.tables.push({
        document_id: id,
        table_id: t.id,
        name: t.name,
        title: t.title.value,
        money_unit: t.unit,
        shape: t.shape,
        classification: t.shape === 'amounts' ? t.classification : null,
        empty: t.empty,
        first_line: t.pages[0]?.first ?? t.title.source.line,
      });
      out.rows.push(...tableRows(id, t));
    }
    doc.narrative.facts.forEach((f, i) =>
      out.facts.push({
        document_id: id,
        ordinal: i,
        key: f.key,
        value: f.value.toString(),
        unit: f.unit,
        text: f.text,
        qualifier: f.qualifier ?? null,
        line: f.source.line,
      }),
    );
  }
  targetsOf(doc).forEach((p, i) => {
    const counted = p.indicators.filter((x) => !x.placeholder);
    const weights = counted.flatMap((x) => (x.weight ? [x.weight] : []));
    out.projects.push({
      document_id: id,
      ordinal: i,
      target_kind: p.kind,
      name: p.name,
      department: p.department,
      unit_code: p.unitCode,
      unit_name: p.unitName,
      amount: tenThousand(p.amount),
      amount_text: p.amount?.text ?? null,
      goal: p.goal,
      indicator_count: counted.length,
      weight_sum: weights.length ? weights.reduce((a, b) => a.add(b)).toString() : null,
      line: p.line,
    });
    p.indicators.forEach((x, j) =>
      out.indicators.push({
        document_id: id,
        project_ordinal: i,
        ordinal: j,
        level1: x.level1Text ?? x.level1,
        level2: x.level2Text ?? x.level2,
        name: x.name,
        value: x.value,
        unit: x.unit,
        comparator: x.comparator,
        weight: x.weight?.toString() ?? null,
        scoring: x.scoring,
        content: x.content,
        placeholder: x.placeholder,
        line: x.source.line,
      }),
    );
  });
  doc.diagnostics.forEach((d, i) =>
    out.diagnostics.push({
      document_id: id,
      ordinal: i,
      code: d.code,
      severity: d.severity,
      message: d.message,
      table_name: d.table ?? null,
      line: d.source.line,
    }),
  );
  findings.forEach((f, i) =>
    out.findings.push({
      document_id: id,
      ordinal: i,
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      message: f.message,
      lines: JSON.stringify(f.lines),
      table_name: f.table ?? null,
      unit: f.unit ?? null,
      project: f.project ?? null,
      indicator: f.indicator ?? null,
      found: f.found ?? null,
      expected: f.expected ?? null,
      difference: f.difference ?? null,
      line: f.lines[0] ?? null,
    }),
  );
  return out;
}
