// Reads of a stored document's parts, each behind the visibility filter: findings, tables with their
// rows, projects with their indicators. Amounts are decimal strings in 万元.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { Actor } from './visibility.js';
import { visibleTo } from './visibility.js';

type Db = Kysely<Database> | Transaction<Database>;

async function visible(db: Db, actor: Actor, id: string): Promise<boolean> {
  const r = await db
    .selectFrom('documents')
    .select('id')
    .where('id', '=', id)
    .where(visibleTo(actor))
    .executeTakeFirst();
  return r !== undefined;
}

export interface StoredFinding {
  rule: string;
  category: string;
  severity: string;
  message: string;
  lines: number[];
  table?: string;
  unit?: string;
  project?: string;
  indicator?: string;
  found?: string;
  expected?: string;
  difference?: string;
}

/** The findings as the review gave them (the Finding shape), or null when the document is not visible. */
export async function getFindings(db: Db, actor: Actor, id: string): Promise<StoredFinding[] | null> {
  if (!(await visible(db, actor, id))) return null;
  const rows = await db
    .selectFrom('findings')
    .selectAll()
    .where('document_id', '=', id)
    .orderBy('ordinal')
    .execute();
  return rows.map((r) => {
    const f: StoredFinding = {
      rule: r.rule,
      category: r.category,
      severity: r.severity,
      message: r.message,
      lines: typeof r.lines === 'string' ? (JSON.parse(r.lines) as number[]) : r.lines,
    };
    if (r.table_name !== null) f.table = r.table_name;
    if (r.unit !== null) f.unit = r.unit;
    if (r.project !== null) f.project = r.project;
    if (r.indicator !== null) f.indicator = r.indicator;
    if (r.found !== null) f.found = r.found;
    if (r.expected !== null) f.expected = r.expected;
    if (r.difference !== null) f.difference = r.difference;
    return f;
  });
}

export interface StoredTable {
  id: string;
  name: string;
  title: string;
  moneyUnit: string | null;
  shape: string;
  classification: string | null;
  empty: boolean;
  line: number | null;
}

export interface StoredRow {
  side: string | null;
  kind: string;
  code: string | null;
  name: string;
  amount: string | null;
  amounts: Record<string, string | null>;
  line: number;
}

export async function getTables(db: Db, actor: Actor, id: string): Promise<StoredTable[] | null> {
  if (!(await visible(db, actor, id))) return null;
  const rows = await db
    .selectFrom('doc_tables')
    .selectAll()
    .where('document_id', '=', id)
    .orderBy('first_line')
    .execute();
  return rows.map(tableOf);
}

const tableOf = (r: {
  table_id: string;
  name: string;
  title: string;
  money_unit: string | null;
  shape: string;
  classification: string | null;
  empty: boolean;
  first_line: number | null;
}): StoredTable => ({
  id: r.table_id,
  name: r.name,
  title: r.title,
  moneyUnit: r.money_unit,
  shape: r.shape,
  classification: r.classification,
  empty: r.empty,
  line: r.first_line,
});

const parseAmounts = (v: unknown): Record<string, string | null> =>
  (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, string | null>;

/** One table with its rows (amounts in 万元), or null when the document or table is not there. */
export async function getTable(
  db: Db,
  actor: Actor,
  id: string,
  tableId: string,
): Promise<(StoredTable & { rows: StoredRow[] }) | null> {
  if (!(await visible(db, actor, id))) return null;
  const t = await db
    .selectFrom('doc_tables')
    .selectAll()
    .where('document_id', '=', id)
    .where('table_id', '=', tableId)
    .executeTakeFirst();
  if (!t) return null;
  const rows = await db
    .selectFrom('table_rows')
    .selectAll()
    .where('document_id', '=', id)
    .where('table_id', '=', tableId)
    .orderBy('ordinal')
    .execute();
  return {
    ...tableOf(t),
    rows: rows.map((r) => ({
      side: r.side,
      kind: r.kind,
      code: r.code,
      name: r.name,
      amount: r.amount,
      amounts: parseAmounts(r.amounts),
      line: r.line,
    })),
  };
}

export interface StoredIndicator {
  level1: string | null;
  level2: string | null;
  name: string | null;
  value: string | null;
  unit: string | null;
  comparator: string | null;
  weight: string | null;
  scoring: string | null;
  content: string | null;
  placeholder: boolean;
  line: number;
}

export interface StoredProject {
  ordinal: number;
  kind: string;
  name: string;
  department: string | null;
  unitCode: string | null;
  unitName: string | null;
  amount: string | null;
  amountText: string | null;
  goal: string | null;
  indicatorCount: number;
  weightSum: string | null;
  line: number;
  indicators: StoredIndicator[];
}

/** Projects (and whole-unit targets) with their indicators, or null when the document is not visible. */
export async function getProjects(db: Db, actor: Actor, id: string): Promise<StoredProject[] | null> {
  if (!(await visible(db, actor, id))) return null;
  const [projects, indicators] = await Promise.all([
    db.selectFrom('projects').selectAll().where('document_id', '=', id).orderBy('ordinal').execute(),
    db
      .selectFrom('indicators')
      .selectAll()
      .where('document_id', '=', id)
      .orderBy('project_ordinal')
      .orderBy('ordinal')
      .execute(),
  ]);
  const byProject = new Map<number, StoredIndicator[]>();
  for (const i of indicators) {
    const list = byProject.get(i.project_ordinal) ?? [];
    list.push({
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      value: i.value,
      unit: i.unit,
      comparator: i.comparator,
      weight: i.weight,
      scoring: i.scoring,
      content: i.content,
      placeholder: i.placeholder,
      line: i.line,
    });
    byProject.set(i.project_ordinal, list);
  }
  return projects.map((p) => ({
    ordinal: p.ordinal,
    kind: p.target_kind,
    name: p.name,
    department: p.department,
    unitCode: p.unit_code,
    unitName: p.unit_name,
    amount: p.amount,
    amountText: p.amount_text,
    goal: p.goal,
    indicatorCount: p.indicator_count,
    weightSum: p.weight_sum,
    line: p.line,
    indicators: byProject.get(p.ordinal) ?? [],
  }));
}
