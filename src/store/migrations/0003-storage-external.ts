// Large per-document texts and bytes stored out of line without compression: they are written once per
// import and read whole, and compressing them cost more import time than the disk it saved.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const COLUMNS = ['model', 'original', 'source_lines', 'summary'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const c of COLUMNS)
    await sql.raw(`alter table documents alter column ${c} set storage external`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const c of COLUMNS)
    await sql.raw(`alter table documents alter column ${c} set storage extended`).execute(db);
}
