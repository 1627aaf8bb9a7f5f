// Regions (行政区划) and departments: created by admins, or by an import that names them (see
// documents.ts). A region's level follows its code: 430000 province, 430100 city, 430124 county.
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { YusuanError } from '../core/errors.js';
import type { Actor } from './visibility.js';
import { visibleTo } from './visibility.js';
import type { Database, RegionLevel } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export const REGION_CODE = /^\d{6}$/;

export function regionLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

export function parentRegion(code: string): string | null {
  const level = regionLevel(code);
  if (level === 'province') return null;
  if (level === 'city') return `${code.slice(0, 2)}0000`;
  return `${code.slice(0, 4)}00`;
}

export interface RegionInput {
  code: string;
  name?: string;
}

/** Creates the region (and its parents, named by code until an admin names them) when missing. */
export async function ensureRegion(db: Db, input: RegionInput): Promise<void> {
  if (!REGION_CODE.test(input.code))
    throw new YusuanError('validation', `行政区划代码应为 6 位数字：${input.code}`, { field: 'region' });
  const parent = parentRegion(input.code);
  if (parent) await ensureRegion(db, { code: parent });
  await db
    .insertInto('regions')
    .values({
      code: input.code,
      name: input.name ?? input.code,
      level: regionLevel(input.code),
      parent_code: parent,
    })
    .onConflict((oc) =>
      input.name ? oc.column('code').doUpdateSet({ name: input.name }) : oc.column('code').doNothing(),
    )
    .execute();
}

/** Refuses a region that does not exist (`not-found`), locking its row inside a transaction. */
export async function requireRegion(tx: Transaction<Database>, code: string): Promise<void> {
  const r = await tx
    .selectFrom('regions')
    .select('code')
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst();
  if (!r) throw new YusuanError('not-found', `行政区划 ${code} 不存在`, { region: code });
}

export async function regionExists(db: Db, code: string): Promise<boolean> {
  const r = await db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
  return r !== undefined;
}

export interface RegionListItem {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  documents: number;
}

/** Every region, with the number of documents in it the actor may see. */
export async function listRegions(db: Db, actor: Actor): Promise<RegionListItem[]> {
  const rows = await db
    .selectFrom('regions')
    .leftJoin('documents', (j) => j.onRef('documents.region_code', '=', 'regions.code').on(visibleTo(actor)))
    .select([
      'regions.code',
      'regions.name',
      'regions.level',
      'regions.parent_code',
      sql<number>`count(documents.id)::int`.as('documents'),
    ])
    .groupBy(['regions.code', 'regions.name', 'regions.level', 'regions.parent_code'])
    .orderBy('regions.code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent_code,
    documents: r.documents,
  }));
}

/** The department of `name` in the region, created when missing; its code is set once known. */
export async function ensureDepartment(
  db: Db,
  region: string,
  name: string,
  code: string | null,
): Promise<number> {
  const row = await db
    .insertInto('departments')
    .values({ region_code: region, name, code })
    .onConflict((oc) =>
      oc
        .columns(['region_code', 'name'])
        .doUpdateSet({ code: sql`coalesce(departments.code, excluded.code)` }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function ensureUnits(
  db: Db,
  departmentId: number,
  units: readonly { code: string | null; name: string }[],
): Promise<void> {
  if (!units.length) return;
  await db
    .insertInto('units')
    .values(units.map((u) => ({ department_id: departmentId, code: u.code, name: u.name })))
    .onConflict((oc) => oc.columns(['department_id', 'name']).doNothing())
    .execute();
}

export interface DepartmentListItem {
  id: number;
  regionCode: string;
  code: string | null;
  name: string;
  documents: number;
  years: number[];
}

/** Departments (of a region when given), with the documents the actor may see. */
export async function listDepartments(
  db: Db,
  actor: Actor,
  filter: { region?: string | undefined },
): Promise<DepartmentListItem[]> {
  let q = db
    .selectFrom('departments')
    .leftJoin('documents', (j) =>
      j.onRef('documents.department_id', '=', 'departments.id').on(visibleTo(actor)),
    )
    .select([
      'departments.id',
      'departments.region_code',
      'departments.code',
      'departments.name',
      sql<number>`count(documents.id)::int`.as('documents'),
      sql<(number | null)[]>`array_agg(distinct documents.year)`.as('years'),
    ])
    .groupBy(['departments.id', 'departments.region_code', 'departments.code', 'departments.name'])
    .orderBy('departments.region_code')
    .orderBy(sql`departments.code nulls last`)
    .orderBy('departments.name');
  if (filter.region) q = q.where('departments.region_code', '=', filter.region);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.region_code,
    code: r.code,
    name: r.name,
    documents: r.documents,
    years: (r.years ?? []).filter((y): y is number => y !== null).sort(),
  }));
}
