// The row of a document's table by kind and code in one index lookup: the aggregation's labels (the
// name of a fact row's class or section, as the document's own table writes it) are looked up once
// per fact row, which without it scanned every row of that table, or every document's row of that
// code, per fact row.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index table_rows_lookup on table_rows (document_id, table_id, kind, code)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index table_rows_lookup`.execute(db);
}
