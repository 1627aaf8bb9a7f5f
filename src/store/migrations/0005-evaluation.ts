// Performance management after approval (issue 12, part 5): a document's self-evaluation (自评) with
// its own place in the review chain, the figures a unit reports and the scores src/scoring computes
// from them (kept per target and per indicator, with the finance bureau's adjusted score and its
// reason beside the self-assessed one), and monthly monitoring records (双监控) with their warnings.
// Figures are `numeric` (exact; both drivers read them back as decimal strings).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const UP = [
  `create table evaluations (
    document_id text primary key references documents(id) on delete cascade,
    state text not null default 'draft',
    version integer not null default 1,
    returned boolean not null default false,
    approved_version integer,
    published_version integer,
    model_version integer not null,
    updated_at timestamptz not null default now())`,
  `create index evaluations_state on evaluations (state)`,
  `create table evaluation_targets (
    document_id text not null references evaluations(document_id) on delete cascade,
    target_id text not null,
    ordinal integer not null,
    kind text not null,
    unit text,
    name text not null,
    budget numeric,
    executed numeric,
    execution_explanation text,
    rate numeric,
    execution_score numeric,
    score numeric not null,
    final_score numeric not null,
    grade text,
    final_grade text,
    complete boolean not null,
    primary key (document_id, target_id))`,
  `create table evaluation_indicators (
    document_id text not null,
    target_id text not null,
    indicator_id text not null,
    ordinal integer not null,
    name text not null,
    actual text,
    explanation text,
    weight numeric not null,
    score numeric,
    adjusted_score numeric,
    adjustment_reason text,
    adjusted_by text,
    adjusted_at timestamptz,
    primary key (document_id, target_id, indicator_id),
    foreign key (document_id, target_id) references evaluation_targets(document_id, target_id) on delete cascade)`,
  `create table monitoring_records (
    document_id text not null references documents(id) on delete cascade,
    target_id text not null,
    month integer not null check (month between 1 and 12),
    record text not null,
    overall text not null,
    actor text not null,
    at timestamptz not null default now(),
    primary key (document_id, target_id, month))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['monitoring_records', 'evaluation_indicators', 'evaluation_targets', 'evaluations'])
    await sql.raw(`drop table if exists ${t}`).execute(db);
}
