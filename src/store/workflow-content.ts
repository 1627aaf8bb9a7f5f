// Replacing a document's content after an edit: the model, its derived rows (tables, projects,
// indicators, facts, diagnostics, findings), its key totals and counts, and a new version kept —
// inside the caller's transaction, so an edit is all or nothing.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DocumentRows } from './flatten.js';
import type { KeyTotalsText } from './documents.js';
import type { Database } from './schema.js';
import './workflow-schema.js';

const CHILD_TABLES = [
  'doc_tables',
  'table_rows',
  'projects',
  'indicators',
  'facts',
  'diagnostics',
  'findings',
] as const;
const CHUNK = 500;

async function insertAll<T extends (typeof CHILD_TABLES)[number]>(
  tx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await tx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

export interface NewContent {
  model: string;
  summary: string;
  totals: KeyTotalsText;
  findingCount: number;
  errorCount: number;
  rows: DocumentRows;
  title: string | null;
}

/** Writes the new content as `version` of document `id` (the row already locked by the caller). */
export async function replaceContent(
  tx: Transaction<Database>,
  id: string,
  version: number,
  c: NewContent,
  by: string | null,
  now: string,
): Promise<void> {
  for (const t of CHILD_TABLES) await tx.deleteFrom(t).where('document_id', '=', id).execute();
  const t = c.totals;
  await tx
    .updateTable('documents')
    .set({
      model: c.model,
      summary: c.summary,
      version,
      title: c.title,
      income_total: t.income,
      expenditure_total: t.expenditure,
      basic_total: t.basic,
      project_total: t.project,
      personnel_total: t.personnel,
      public_funds_total: t.publicFunds,
      three_public_total: t.threePublic,
      finding_count: c.findingCount,
      error_count: c.errorCount,
      updated_at: new Date(now),
    })
    .where('id', '=', id)
    .execute();
  const r = c.rows;
  await insertAll(tx, 'doc_tables', r.tables);
  await insertAll(tx, 'table_rows', r.rows);
  await insertAll(tx, 'projects', r.projects);
  await insertAll(tx, 'indicators', r.indicators);
  await insertAll(tx, 'facts', r.facts);
  await insertAll(tx, 'diagnostics', r.diagnostics);
  await insertAll(tx, 'findings', r.findings);
  await tx
    .insertInto('document_versions')
    .values({ document_id: id, version, model: c.model, created_by: by })
    .onConflict((oc) => oc.columns(['document_id', 'version']).doUpdateSet({ model: c.model }))
    .execute();
}

export interface VersionInfo {
  version: number;
  createdBy: string | null;
  createdAt: string;
}

export async function listVersions(
  tx: Transaction<Database> | Kysely<Database>,
  id: string,
): Promise<VersionInfo[]> {
  const rows = await tx
    .selectFrom('document_versions')
    .select(['version', 'created_by', 'created_at'])
    .where('document_id', '=', id)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

export async function versionModel(
  db: Transaction<Database> | Kysely<Database>,
  id: string,
  version: number,
): Promise<string | null> {
  const r = await db
    .selectFrom('document_versions')
    .select('model')
    .where('document_id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return r?.model ?? null;
}
