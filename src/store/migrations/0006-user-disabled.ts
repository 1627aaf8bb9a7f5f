// Accounts an admin has disabled: they can no longer sign in, and their sessions and API tokens stop
// working at once (the account and its history stay, for the audit log).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column disabled_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop column disabled_at`.execute(db);
}
