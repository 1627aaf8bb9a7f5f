// The documents repository: a reviewed document stored with its original bytes, its model (codec
// JSON) and its rows, in one transaction; reads that go through the visibility filter, so that a
// document the actor may not see is simply not found.
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { CompiledQuery, sql } from 'kysely';
import { YusuanError } from '../core/errors.js';
import { byteaValue } from './bytes.js';
import type { DocumentRows } from './flatten.js';
import { ensureDepartment, ensureRegion, ensureUnits, regionExists } from './regions.js';
import type { Database, DocumentsTable, DocumentState } from './schema.js';
import type { Actor } from './visibility.js';
import { ownedBy, visibleTo } from './visibility.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface KeyTotalsText {
  income: string | null;
  expenditure: string | null;
  basic: string | null;
  project: string | null;
  personnel: string | null;
  publicFunds: string | null;
  threePublic: string | null;
}

export interface NewDocument {
  id: string;
  sha256: string;
  kind: string;
  template: string;
  year: number | null;
  title: string | null;
  department: string | null;
  departmentCode: string | null;
  unitCode: string | null;
  units: { code: string | null; name: string }[];
  region: string | null;
  /** Create the region when it does not exist yet (imports by admins and reviewers). */
  createRegion: boolean;
  fileName: string;
  original: Uint8Array;
  model: string;
  summary: string;
  sourceLines: string[];
  totals: KeyTotalsText;
  findingCount: number;
  errorCount: number;
  createdBy: number | null;
  rows: DocumentRows;
}

/** The tables of a document's parts, in the order their rows are written. */
const PART_TABLES = [
  ['doc_tables', 'tables'],
  ['table_rows', 'rows'],
  ['projects', 'projects'],
  ['indicators', 'indicators'],
  ['facts', 'facts'],
  ['diagnostics', 'diagnostics'],
  ['findings', 'findings'],
] as const satisfies readonly (readonly [keyof Database, keyof DocumentRows])[];

/** Columns whose values the rows carry as JSON text (the json columns), embedded as JSON in the batch. */
const JSON_COLUMNS = new Set(['amounts', 'lines']);

/** A part's rows as one JSON array (json_populate_recordset's input); json columns stay JSON, not strings. */
function rowsJson(rows: readonly object[]): { json: string; columns: string[] } {
  const columns = new Set<string>();
  const values = rows.map((r) => {
    const o: Record<string, unknown> = { ...r };
    for (const k of Object.keys(o)) {
      columns.add(k);
      const v = o[k];
      if (JSON_COLUMNS.has(k) && typeof v === 'string') o[k] = JSON.parse(v) as unknown;
    }
    return o;
  });
  return { json: JSON.stringify(values), columns: [...columns] };
}

/**
 * The document row and every row of its parts in ONE statement (data-modifying CTEs; each part's
 * rows one json_populate_recordset of one parameter): one round trip whatever the document's size,
 * and all or nothing by itself. Column names come from our own row objects, never from input.
 */
async function insertDocumentAndParts(
  tx: Db,
  row: Insertable<DocumentsTable>,
  parts: DocumentRows,
  year: number | null,
): Promise<void> {
  const doc = tx
    .insertInto('documents')
    .values({ ...row, original: byteaValue(row.original) })
    .compile();
  const params: unknown[] = [...doc.parameters];
  const ctes = [`d as (${doc.sql})`];
  if (year !== null) {
    params.push(year);
    ctes.push(
      `fiscal_years as (insert into fiscal_years (year) values ($${params.length}::integer) on conflict (year) do nothing)`,
    );
  }
  for (const [table, key] of PART_TABLES) {
    const rows = parts[key] as readonly object[];
    if (!rows.length) continue;
    const { json, columns } = rowsJson(rows);
    params.push(json);
    const cols = columns.map((c) => `"${c}"`).join(', ');
    ctes.push(
      `${table} as (insert into ${table} (${cols}) select ${cols} from json_populate_recordset(null::${table}, $${params.length}::json))`,
    );
  }
  await tx.executeQuery(CompiledQuery.raw(`with ${ctes.join(',\n')} select 1`, params));
}

const isUniqueViolation = (e: unknown) =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';

/** The id of a stored document with these bytes, whoever may see it. */
export async function documentIdBySha(db: Db, sha256: string): Promise<string | null> {
  const r = await db.selectFrom('documents').select('id').where('sha256', '=', sha256).executeTakeFirst();
  return r?.id ?? null;
}

/** Stores a document and its rows; the same bytes again give the stored id and `created: false`. */
export async function saveDocument(
  db: Kysely<Database>,
  doc: NewDocument,
): Promise<{ id: string; created: boolean }> {
  try {
    // The same bytes stored already (or at the same moment by another request) break the sha256's
    // uniqueness: the whole statement rolls back and the stored id is answered below.
    return await db.transaction().execute(async (tx) => {
      await insertDocument(tx, doc);
      return { id: doc.id, created: true };
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const id = await documentIdBySha(db, doc.sha256);
    if (!id) throw e;
    return { id, created: false };
  }
}

/** Inserts the document and every row of it (inside the caller's transaction). */
export async function insertDocument(tx: Db, doc: NewDocument): Promise<void> {
  let departmentId: number | null = null;
  if (doc.region) {
    if (!(await regionExists(tx, doc.region))) {
      if (!doc.createRegion)
        throw new YusuanError(
          'validation',
          `行政区划 ${doc.region} 不存在（只有管理员和财政审核人员导入时会自动创建）`,
          {
            field: 'region',
          },
        );
      await ensureRegion(tx, { code: doc.region });
    }
    if (doc.department) {
      departmentId = await ensureDepartment(tx, doc.region, doc.department, doc.departmentCode);
      await ensureUnits(tx, departmentId, doc.units);
    }
  }
  const t = doc.totals;
  const row: Insertable<DocumentsTable> = {
    id: doc.id,
    sha256: doc.sha256,
    kind: doc.kind,
    template: doc.template,
    year: doc.year,
    region_code: doc.region,
    department_id: departmentId,
    department_code: doc.departmentCode,
    department_name: doc.department,
    unit_code: doc.unitCode,
    title: doc.title,
    file_name: doc.fileName,
    byte_size: doc.original.length,
    original: doc.original,
    model: doc.model,
    summary: doc.summary,
    source_lines: JSON.stringify(doc.sourceLines),
    income_total: t.income,
    expenditure_total: t.expenditure,
    basic_total: t.basic,
    project_total: t.project,
    personnel_total: t.personnel,
    public_funds_total: t.publicFunds,
    three_public_total: t.threePublic,
    finding_count: doc.findingCount,
    error_count: doc.errorCount,
    created_by: doc.createdBy,
  };
  await insertDocumentAndParts(tx, row, doc.rows, doc.year);
}

export interface DocumentMeta {
  id: string;
  sha256: string;
  kind: string;
  template: string;
  year: number | null;
  regionCode: string | null;
  departmentId: number | null;
  departmentCode: string | null;
  department: string | null;
  unitCode: string | null;
  title: string | null;
  version: number;
  state: DocumentState;
  fileName: string;
  byteSize: number;
  totals: KeyTotalsText;
  findingCount: number;
  errorCount: number;
  createdAt: string;
  updatedAt: string;
}

const META_COLUMNS = [
  'documents.id',
  'documents.sha256',
  'documents.kind',
  'documents.template',
  'documents.year',
  'documents.region_code',
  'documents.department_id',
  'documents.department_code',
  'documents.department_name',
  'documents.unit_code',
  'documents.title',
  'documents.version',
  'documents.state',
  'documents.file_name',
  'documents.byte_size',
  'documents.income_total',
  'documents.expenditure_total',
  'documents.basic_total',
  'documents.project_total',
  'documents.personnel_total',
  'documents.public_funds_total',
  'documents.three_public_total',
  'documents.finding_count',
  'documents.error_count',
  'documents.created_at',
  'documents.updated_at',
] as const;

type MetaRow = Pick<
  Selectable<DocumentsTable>,
  (typeof META_COLUMNS)[number] extends `documents.${infer C}` ? C & keyof DocumentsTable : never
>;

/** numeric as text: both drivers give a string; normalise "1561.090" style trailing forms as stored. */
const num = (v: string | null): string | null => v;

function meta(r: MetaRow): DocumentMeta {
  return {
    id: r.id,
    sha256: r.sha256,
    kind: r.kind,
    template: r.template,
    year: r.year,
    regionCode: r.region_code,
    departmentId: r.department_id,
    departmentCode: r.department_code,
    department: r.department_name,
    unitCode: r.unit_code,
    title: r.title,
    version: r.version,
    state: r.state,
    fileName: r.file_name,
    byteSize: r.byte_size,
    totals: {
      income: num(r.income_total),
      expenditure: num(r.expenditure_total),
      basic: num(r.basic_total),
      project: num(r.project_total),
      personnel: num(r.personnel_total),
      publicFunds: num(r.public_funds_total),
      threePublic: num(r.three_public_total),
    },
    findingCount: r.finding_count,
    errorCount: r.error_count,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** A document's metadata, when the actor may see it. */
export async function getDocumentMeta(db: Db, actor: Actor, id: string): Promise<DocumentMeta | null> {
  const r = await db
    .selectFrom('documents')
    .select(META_COLUMNS)
    .where('documents.id', '=', id)
    .where(visibleTo(actor))
    .executeTakeFirst();
  return r ? meta(r) : null;
}

/** One of the stored texts of a visible document (the model JSON, the summary JSON). */
export async function getDocumentText(
  db: Db,
  actor: Actor,
  id: string,
  column: 'model' | 'summary',
): Promise<string | null> {
  const r = await db
    .selectFrom('documents')
    .select(column)
    .where('id', '=', id)
    .where(visibleTo(actor))
    .executeTakeFirst();
  return r ? (r as Record<typeof column, string>)[column] : null;
}

export async function getOriginal(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  const r = await db
    .selectFrom('documents')
    .select(['file_name', 'original'])
    .where('id', '=', id)
    .where(visibleTo(actor))
    .executeTakeFirst();
  return r ? { fileName: r.file_name, bytes: r.original } : null;
}

/** The source line `line` (1-based) of a visible document: null when no such document, undefined when no such line. */
export async function getSourceLine(
  db: Db,
  actor: Actor,
  id: string,
  line: number,
): Promise<{ line: number; text: string; lineCount: number } | null | undefined> {
  const r = await db
    .selectFrom('documents')
    .select([
      sql<string | null>`source_lines::json ->> (${line - 1})::int`.as('text'),
      sql<number>`json_array_length(source_lines::json)`.as('count'),
    ])
    .where('id', '=', id)
    .where(visibleTo(actor))
    .executeTakeFirst();
  if (!r) return null;
  if (r.text === null) return undefined;
  return { line, text: r.text, lineCount: r.count };
}

export interface DocumentListFilter {
  year?: number | undefined;
  region?: string | undefined;
  department?: number | undefined;
  kind?: string | undefined;
  state?: DocumentState | undefined;
  /** 'own': only the actor's own documents (not everything published). */
  scope?: 'own' | 'visible' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export async function listDocuments(
  db: Db,
  actor: Actor,
  f: DocumentListFilter,
): Promise<{ items: DocumentMeta[]; total: number }> {
  let q = db.selectFrom('documents').where(visibleTo(actor));
  if (f.scope === 'own') q = q.where(ownedBy(actor) ?? sql<boolean>`false`);
  if (f.year !== undefined) q = q.where('documents.year', '=', f.year);
  if (f.region !== undefined) q = q.where('documents.region_code', '=', f.region);
  if (f.department !== undefined) q = q.where('documents.department_id', '=', f.department);
  if (f.kind !== undefined) q = q.where('documents.kind', '=', f.kind);
  if (f.state !== undefined) q = q.where('documents.state', '=', f.state);
  const [rows, count] = await Promise.all([
    q
      .select(META_COLUMNS)
      .orderBy('documents.year', 'desc')
      .orderBy('documents.region_code')
      .orderBy('documents.department_code')
      .orderBy('documents.department_name')
      .orderBy('documents.id')
      .limit(f.limit ?? 100)
      .offset(f.offset ?? 0)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(meta), total: count.n };
}

/**
 * Refreshes the query planner's statistics of the documents' tables, after a bulk load: until
 * autovacuum gets to it, a planner that still thinks the tables empty picks plans that scan them.
 */
export async function refreshStatistics(db: Db): Promise<void> {
  await sql`analyze documents, doc_tables, table_rows, projects, indicators, facts, findings`.execute(db);
}
