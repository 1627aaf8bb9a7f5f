// Work that takes long, done by workers: one row per job (an import or a PDF render) with who asked,
// its parameters and uploaded file, its state and progress, and its result (JSON, and the bytes of a
// rendered PDF) or error. The queue's transport is pg-boss (its own schema); this table is what the
// API reports. Failed logins are counted here too, so every API process shares one rate limit.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const UP = [
  `create table jobs (
    id text primary key,
    kind text not null check (kind in ('import', 'render-pdf')),
    state text not null default 'queued' check (state in ('queued', 'active', 'completed', 'failed')),
    progress integer not null default 0 check (progress between 0 and 100),
    actor json not null,
    created_by integer,
    params json not null,
    input bytea,
    result json,
    result_bytes bytea,
    error json,
    attempts integer not null default 0,
    created_at timestamptz not null default now(),
    started_at timestamptz,
    finished_at timestamptz)`,
  `create index jobs_created_by on jobs (created_by, created_at)`,
  `alter table jobs alter column input set storage external`,
  `alter table jobs alter column result_bytes set storage external`,
  `create table login_failures (
    key text not null,
    at timestamptz not null)`,
  `create index login_failures_key on login_failures (key, at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of UP) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table login_failures').execute(db);
  await sql.raw('drop table jobs').execute(db);
}
