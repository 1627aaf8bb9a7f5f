// The workflow's tables: where each document stands (returned, adjustment, approved and published
// versions), every version's model, opinions, explanations of findings, reviewer comments pinned to
// a cell, project or indicator, region settings (主管部门 step, 申报截止日期), and the audit trail.
// The audit trail is append-only BY THE DATABASE: a trigger refuses UPDATE, DELETE and TRUNCATE on it
// (PGlite runs the same plpgsql), and each entry carries the hash chain (core/workflow/audit-chain.ts).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const UP = [
  `alter table documents
    add column returned boolean not null default false,
    add column adjustment boolean not null default false,
    add column approved_version integer,
    add column published_version integer`,
  `create table document_versions (
    document_id text not null references documents(id) on delete cascade,
    version integer not null,
    model text not null,
    created_by text,
    created_at timestamptz not null default now(),
    primary key (document_id, version))`,
  `create table opinions (
    id serial primary key,
    document_id text not null references documents(id) on delete cascade,
    version integer not null,
    action text not null,
    actor text not null,
    opinion text not null,
    at timestamptz not null default now())`,
  `create index opinions_document on opinions (document_id, id)`,
  `create table explanations (
    document_id text not null references documents(id) on delete cascade,
    finding_key text not null,
    text text not null,
    actor text not null,
    at timestamptz not null default now(),
    primary key (document_id, finding_key))`,
  `create table review_comments (
    id serial primary key,
    document_id text not null references documents(id) on delete cascade,
    version integer not null,
    target json not null,
    text text not null,
    actor text not null,
    at timestamptz not null default now())`,
  `create index review_comments_document on review_comments (document_id, id)`,
  `create table region_settings (
    region_code text primary key references regions(code),
    department_review boolean not null default false,
    deadlines json not null default '{}',
    updated_at timestamptz not null default now())`,
  `create table audit_log (
    seq bigint primary key,
    document_id text,
    action text not null,
    actor text,
    at text not null,
    from_state text,
    to_state text,
    version integer,
    change text not null,
    opinion text,
    address text,
    prev_hash text not null,
    hash text not null unique)`,
  `create index audit_log_document on audit_log (document_id, seq)`,
  `create function audit_log_refuse() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end $$`,
  `create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_refuse()`,
  `create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'audit_log',
    'region_settings',
    'review_comments',
    'explanations',
    'opinions',
    'document_versions',
  ])
    await sql.raw(`drop table if exists ${t}`).execute(db);
  await sql.raw(`drop function if exists audit_log_refuse()`).execute(db);
  await sql
    .raw(
      `alter table documents drop column returned, drop column adjustment, drop column approved_version, drop column published_version`,
    )
    .execute(db);
}
