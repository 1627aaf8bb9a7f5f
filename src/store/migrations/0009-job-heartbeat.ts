// A job's heartbeat: its worker touches it while working, so that a job whose worker died (a killed
// process, a lost machine) is seen within a minute and handed out again, instead of waiting for the
// queue's expiry of a quarter of an hour.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table jobs add column heartbeat_at timestamptz`.execute(db);
  await sql`create index jobs_active_heartbeat on jobs (heartbeat_at) where state = 'active'`.execute(db);
  await sql`create index jobs_finished on jobs (finished_at) where finished_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index jobs_finished`.execute(db);
  await sql`drop index jobs_active_heartbeat`.execute(db);
  await sql`alter table jobs drop column heartbeat_at`.execute(db);
}
