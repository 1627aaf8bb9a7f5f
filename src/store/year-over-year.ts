// Year over year for one department: every row of every table of its budget for a year against the
// same row (same table, side and code — or name where there is no code) of the year before, with the
// change and the percentage, exact (numeric). Both documents must be visible to the actor.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { Actor } from './visibility.js';
import { visibleTo } from './visibility.js';

export interface YearOverYearRow {
  table: string;
  side: string | null;
  kind: string;
  code: string | null;
  name: string;
  current: string | null;
  previous: string | null;
  change: string | null;
  /** Change in per cent of the previous year's amount, two decimals; null when that is zero or absent. */
  changePct: string | null;
}

export interface YearOverYear {
  departmentId: number;
  year: number;
  current: { id: string; year: number } | null;
  previous: { id: string; year: number } | null;
  rows: YearOverYearRow[];
}

async function budgetOf(db: Kysely<Database>, actor: Actor, departmentId: number, year: number) {
  return db
    .selectFrom('documents')
    .select(['id', 'year'])
    .where('department_id', '=', departmentId)
    .where('year', '=', year)
    .where('kind', '=', 'department-budget')
    .where(visibleTo(actor))
    .orderBy('version', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function yearOverYear(
  db: Kysely<Database>,
  actor: Actor,
  departmentId: number,
  year: number,
): Promise<YearOverYear> {
  const [cur, prev] = await Promise.all([
    budgetOf(db, actor, departmentId, year),
    budgetOf(db, actor, departmentId, year - 1),
  ]);
  const out: YearOverYear = {
    departmentId,
    year,
    current: cur?.id ? { id: cur.id, year } : null,
    previous: prev?.id ? { id: prev.id, year: year - 1 } : null,
    rows: [],
  };
  if (!cur && !prev) return out;
  const r = await sql<YearOverYearRow>`
    with cur as (
      select *, row_number() over (partition by table_id, side, coalesce(code, name) order by ordinal) as rn
      from table_rows where document_id = ${cur?.id ?? ''}),
    prev as (
      select *, row_number() over (partition by table_id, side, coalesce(code, name) order by ordinal) as rn
      from table_rows where document_id = ${prev?.id ?? ''})
    select coalesce(c.table_id, p.table_id) as "table", coalesce(c.side, p.side) as side,
      coalesce(c.kind, p.kind) as kind, coalesce(c.code, p.code) as code, coalesce(c.name, p.name) as name,
      c.amount::text as current, p.amount::text as previous, (c.amount - p.amount)::text as change,
      case when p.amount <> 0 then round((c.amount - p.amount) * 100 / p.amount, 2)::text end as "changePct"
    from cur c full join prev p
      on c.table_id = p.table_id and coalesce(c.side, '') = coalesce(p.side, '')
      and coalesce(c.code, c.name) = coalesce(p.code, p.name) and c.rn = p.rn
    order by 1, coalesce(c.ordinal, 100000 + p.ordinal)`.execute(db);
  out.rows = r.rows;
  return out;
}
