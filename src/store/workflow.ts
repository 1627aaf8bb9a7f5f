// The workflow repository: a document's place in the chain, moved by one action in one transaction
// (the row locked, the decision taken by core/workflow/machine.ts, the state written, the opinion and
// the audit entry appended), so a process killed mid-approval leaves it before or after, never half.
// Also: region settings, explanations of findings, reviewer comments and versions.
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { YusuanError } from '../core/errors.js';
import type { Actor as CoreActor, SubjectScope } from '../core/workflow/actors.js';
import type { WorkflowStatus } from '../core/workflow/machine.js';
import { decide } from '../core/workflow/machine.js';
import type { GateFinding } from '../core/workflow/review-gate.js';
import { reviewGate } from '../core/workflow/review-gate.js';
import type { RegionSettings, WorkflowAction } from '../core/workflow/states.js';
import { DEFAULT_REGION_SETTINGS } from '../core/workflow/states.js';
import { appendAudit } from './audit.js';
import { requireRegion } from './regions.js';
import type { Severity } from '../core/vocabulary.js';
import type { Database, DocumentState } from './schema.js';
import type { Actor } from './visibility.js';
import './workflow-schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface WorkflowRow {
  id: string;
  scope: SubjectScope;
  status: WorkflowStatus;
  kind: string;
  year: number | null;
  title: string | null;
  department: string | null;
}

/** The core's view of a signed-in actor (null for anonymous). */
export function coreActor(actor: Actor): CoreActor | null {
  return actor.kind === 'anonymous'
    ? null
    : { role: actor.role, region: actor.region, department: actor.department, unit: actor.unit };
}

export const actorName = (actor: Actor): string | null => (actor.kind === 'anonymous' ? null : actor.name);

/** The document's workflow row, locked for update when inside a transaction that asks for it. */
export async function workflowRow(db: Db, id: string, lock = false): Promise<WorkflowRow | null> {
  let q = db
    .selectFrom('documents')
    .select([
      'id',
      'region_code',
      'department_code',
      'unit_code',
      'state',
      'version',
      'returned',
      'adjustment',
      'approved_version',
      'published_version',
      'kind',
      'year',
      'title',
      'department_name',
    ])
    .where('id', '=', id);
  if (lock) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    scope: { region: r.region_code, department: r.department_code, unit: r.unit_code },
    status: {
      state: r.state,
      version: r.version,
      returned: r.returned,
      adjustment: r.adjustment,
      approvedVersion: r.approved_version,
      publishedVersion: r.published_version,
    },
    kind: r.kind,
    year: r.year,
    title: r.title,
    department: r.department_name,
  };
}

export async function regionSettings(db: Db, region: string | null): Promise<RegionSettings> {
  if (region === null) return DEFAULT_REGION_SETTINGS;
  const r = await db
    .selectFrom('region_settings')
    .select(['department_review', 'deadlines'])
    .where('region_code', '=', region)
    .executeTakeFirst();
  if (!r) return DEFAULT_REGION_SETTINGS;
  const deadlines =
    typeof r.deadlines === 'string' ? (JSON.parse(r.deadlines) as Record<string, string>) : r.deadlines;
  return { departmentReview: r.department_review, deadlines };
}

export interface Context {
  actor: Actor;
  /** The client's address, for the audit trail. */
  address: string | null;
  /** ISO time of the request. */
  now: string;
}

/** The audit entry of a change of a region's settings (no document): `change` says what changed. */
export async function auditSettings(tx: Transaction<Database>, ctx: Context, change: object): Promise<void> {
  await appendAudit(tx, {
    documentId: null,
    action: 'settings',
    actor: actorName(ctx.actor),
    at: ctx.now,
    fromState: null,
    toState: null,
    version: null,
    change,
    opinion: null,
    address: ctx.address,
  });
}

export async function saveRegionSettings(
  db: Kysely<Database>,
  ctx: Context,
  region: string,
  s: RegionSettings,
): Promise<RegionSettings> {
  return db.transaction().execute(async (tx) => {
    await requireRegion(tx, region);
    const before = await regionSettings(tx, region);
    await tx
      .insertInto('region_settings')
      .values({
        region_code: region,
        department_review: s.departmentReview,
        deadlines: JSON.stringify(s.deadlines),
      })
      .onConflict((oc) =>
        oc.column('region_code').doUpdateSet({
          department_review: s.departmentReview,
          deadlines: JSON.stringify(s.deadlines),
          updated_at: new Date(ctx.now),
        }),
      )
      .execute();
    await auditSettings(tx, ctx, { region, before, after: s });
    return s;
  });
}

/** Findings of the stored review, in the gate's shape. */
export async function storedFindings(db: Db, id: string): Promise<GateFinding[]> {
  const rows = await db
    .selectFrom('findings')
    .select(['rule', 'severity', 'message', 'lines', 'table_name', 'unit', 'project', 'indicator'])
    .where('document_id', '=', id)
    .orderBy('ordinal')
    .execute();
  return rows.map((r) => ({
    rule: r.rule,
    severity: r.severity as Severity,
    message: r.message,
    lines: typeof r.lines === 'string' ? (JSON.parse(r.lines) as number[]) : r.lines,
    ...(r.table_name ? { table: r.table_name } : {}),
    ...(r.unit ? { unit: r.unit } : {}),
    ...(r.project ? { project: r.project } : {}),
    ...(r.indicator ? { indicator: r.indicator } : {}),
  }));
}

export async function explanations(
  db: Db,
  id: string,
): Promise<{ key: string; text: string; actor: string; at: string }[]> {
  const rows = await db
    .selectFrom('explanations')
    .select(['finding_key', 'text', 'actor', 'at'])
    .where('document_id', '=', id)
    .orderBy('finding_key')
    .execute();
  return rows.map((r) => ({
    key: r.finding_key,
    text: r.text,
    actor: r.actor,
    at: new Date(r.at).toISOString(),
  }));
}

/** The current model's JSON text (read only when needed: it is the largest column). */
export async function currentModel(db: Db, id: string): Promise<string> {
  const r = await db.selectFrom('documents').select('model').where('id', '=', id).executeTakeFirstOrThrow();
  return r.model;
}

/** Makes sure the current version's model is kept before the document changes (copied inside the database). */
export async function keepVersion(
  tx: Transaction<Database>,
  row: WorkflowRow,
  by: string | null,
): Promise<void> {
  await tx
    .insertInto('document_versions')
    .columns(['document_id', 'version', 'model', 'created_by'])
    .expression(
      tx
        .selectFrom('documents')
        .select([
          'id',
          sql<number>`${row.status.version}::int`.as('version'),
          'model',
          sql<string | null>`${by}::text`.as('created_by'),
        ])
        .where('id', '=', row.id),
    )
    .onConflict((oc) => oc.columns(['document_id', 'version']).doNothing())
    .execute();
}

export interface ActionOutcome {
  id: string;
  state: DocumentState;
  version: number;
}

/** Takes one workflow action, atomically. Throws YusuanError (not-found, forbidden, conflict, validation, review-errors). */
export async function takeAction(
  db: Kysely<Database>,
  ctx: Context,
  id: string,
  action: WorkflowAction,
  opinion: string | null,
  /** With a submit: explanations of findings, stored before the gate runs. */
  explain: readonly { key: string; text: string }[] = [],
): Promise<ActionOutcome> {
  return db.transaction().execute(async (tx) => {
    const row = await workflowRow(tx, id, true);
    if (!row) throw new YusuanError('not-found', '找不到该文档');
    const settings = await regionSettings(tx, row.scope.region);
    const d = decide({
      action,
      actor: coreActor(ctx.actor),
      scope: row.scope,
      status: row.status,
      settings,
      opinion,
    });
    if (!d.ok) throw YusuanError.from(d.error);
    const by = actorName(ctx.actor);
    if (action === 'submit') {
      for (const e of explain.filter((x) => x.text.trim()))
        await tx
          .insertInto('explanations')
          .values({
            document_id: id,
            finding_key: e.key,
            text: e.text.trim(),
            actor: by ?? '',
            at: new Date(ctx.now),
          })
          .onConflict((oc) =>
            oc
              .columns(['document_id', 'finding_key'])
              .doUpdateSet({ text: e.text.trim(), actor: by ?? '', at: new Date(ctx.now) }),
          )
          .execute();
      const gate = reviewGate(await storedFindings(tx, id), await explanations(tx, id));
      if (gate.error) throw YusuanError.from(gate.error);
    }
    if (action === 'adjust' || action === 'approve') await keepVersion(tx, row, by);
    const s = d.status;
    await tx
      .updateTable('documents')
      .set({
        state: s.state,
        version: s.version,
        returned: s.returned,
        adjustment: s.adjustment,
        approved_version: s.approvedVersion,
        published_version: s.publishedVersion,
        updated_at: new Date(ctx.now),
      })
      .where('id', '=', id)
      .execute();
    if (action === 'adjust') await keepVersion(tx, { ...row, status: s }, by);
    if (d.opinion !== null && by !== null)
      await tx
        .insertInto('opinions')
        .values({ document_id: id, version: s.version, action, actor: by, opinion: d.opinion })
        .execute();
    await appendAudit(tx, {
      documentId: id,
      action,
      actor: by,
      at: ctx.now,
      fromState: d.from,
      toState: s.state,
      version: s.version,
      change: { status: { from: row.status, to: s }, ...(explain.length ? { explanations: explain } : {}) },
      opinion: d.opinion,
      address: ctx.address,
    });
    return { id, state: s.state, version: s.version };
  });
}
