// The self-evaluation repository: a document's evaluation status (its own place in the review chain),
// the figures the unit reported and the scores computed from them — one row per target, one per
// indicator, with the finance bureau's adjusted score and reason beside the self-assessed one — and
// monthly monitoring records. Writers run inside the caller's transaction, which also appends the
// audit entry, so a write is all or nothing.
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { WorkflowStatus } from '../core/workflow/machine.js';
import type { EvaluationSettingsJson } from '../scoring/index.js';
import type { Database } from './schema.js';
import './evaluation-schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface EvaluationStatusRow {
  documentId: string;
  status: WorkflowStatus;
  /** The document version whose targets are evaluated. */
  modelVersion: number;
  /** The settings it was scored with when submitted; null while a draft (the region's apply). */
  settings: EvaluationSettingsJson | null;
  updatedAt: string;
}

/** What is kept per target: the reported execution and the computed figures. */
export interface EvaluationTargetRow {
  targetId: string;
  ordinal: number;
  kind: string;
  unit: string | null;
  name: string;
  budget: string | null;
  executed: string | null;
  executionExplanation: string | null;
  rate: string | null;
  executionScore: string | null;
  score: string;
  finalScore: string;
  grade: string | null;
  finalGrade: string | null;
  complete: boolean;
}

/** What is kept per indicator: the reported actual, the computed score, the bureau's adjustment. */
export interface EvaluationIndicatorRow {
  targetId: string;
  indicatorId: string;
  ordinal: number;
  name: string;
  actual: string | null;
  explanation: string | null;
  weight: string;
  score: string | null;
  adjustedScore: string | null;
  adjustmentReason: string | null;
  adjustedBy: string | null;
  adjustedAt: string | null;
}

export async function evaluationStatus(
  db: Db,
  documentId: string,
  lock = false,
): Promise<EvaluationStatusRow | null> {
  let q = db.selectFrom('evaluations').selectAll().where('document_id', '=', documentId);
  if (lock) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) return null;
  return {
    documentId: r.document_id,
    status: {
      state: r.state,
      version: r.version,
      returned: r.returned,
      adjustment: false,
      approvedVersion: r.approved_version,
      publishedVersion: r.published_version,
    },
    modelVersion: r.model_version,
    settings: (typeof r.settings === 'string'
      ? JSON.parse(r.settings)
      : r.settings) as EvaluationSettingsJson | null,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** Creates the evaluation of a document (a draft over the given model version) when it has none. */
export async function openEvaluation(
  tx: Transaction<Database>,
  documentId: string,
  modelVersion: number,
  now: string,
): Promise<void> {
  await tx
    .insertInto('evaluations')
    .values({
      document_id: documentId,
      approved_version: null,
      published_version: null,
      model_version: modelVersion,
      updated_at: new Date(now),
    })
    .onConflict((oc) => oc.column('document_id').doNothing())
    .execute();
}

/**
 * Saves the evaluation's place in the chain; with `settings`, also the settings it is scored with
 * from now on (null: the region's again).
 */
export async function saveEvaluationStatus(
  tx: Transaction<Database>,
  documentId: string,
  s: WorkflowStatus,
  now: string,
  settings?: EvaluationSettingsJson | null,
): Promise<void> {
  await tx
    .updateTable('evaluations')
    .set({
      state: s.state,
      version: s.version,
      returned: s.returned,
      approved_version: s.approvedVersion,
      published_version: s.publishedVersion,
      updated_at: new Date(now),
      ...(settings === undefined ? {} : { settings: settings === null ? null : JSON.stringify(settings) }),
    })
    .where('document_id', '=', documentId)
    .execute();
}

export async function evaluationRows(
  db: Db,
  documentId: string,
): Promise<{ targets: EvaluationTargetRow[]; indicators: EvaluationIndicatorRow[] }> {
  const targets = await db
    .selectFrom('evaluation_targets')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('ordinal')
    .execute();
  const indicators = await db
    .selectFrom('evaluation_indicators')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('target_id')
    .orderBy('ordinal')
    .execute();
  return {
    targets: targets.map((t) => ({
      targetId: t.target_id,
      ordinal: t.ordinal,
      kind: t.kind,
      unit: t.unit,
      name: t.name,
      budget: t.budget,
      executed: t.executed,
      executionExplanation: t.execution_explanation,
      rate: t.rate,
      executionScore: t.execution_score,
      score: t.score,
      finalScore: t.final_score,
      grade: t.grade,
      finalGrade: t.final_grade,
      complete: t.complete,
    })),
    indicators: indicators.map((i) => ({
      targetId: i.target_id,
      indicatorId: i.indicator_id,
      ordinal: i.ordinal,
      name: i.name,
      actual: i.actual,
      explanation: i.explanation,
      weight: i.weight,
      score: i.score,
      adjustedScore: i.adjusted_score,
      adjustmentReason: i.adjustment_reason,
      adjustedBy: i.adjusted_by,
      adjustedAt: i.adjusted_at ? new Date(i.adjusted_at).toISOString() : null,
    })),
  };
}

/** Replaces the stored rows of a document's evaluation with freshly computed ones. */
export async function replaceEvaluationRows(
  tx: Transaction<Database>,
  documentId: string,
  rows: { targets: readonly EvaluationTargetRow[]; indicators: readonly EvaluationIndicatorRow[] },
): Promise<void> {
  await tx.deleteFrom('evaluation_indicators').where('document_id', '=', documentId).execute();
  await tx.deleteFrom('evaluation_targets').where('document_id', '=', documentId).execute();
  if (rows.targets.length)
    await tx
      .insertInto('evaluation_targets')
      .values(
        rows.targets.map((t) => ({
          document_id: documentId,
          target_id: t.targetId,
          ordinal: t.ordinal,
          kind: t.kind,
          unit: t.unit,
          name: t.name,
          budget: t.budget,
          executed: t.executed,
          execution_explanation: t.executionExplanation,
          rate: t.rate,
          execution_score: t.executionScore,
          score: t.score,
          final_score: t.finalScore,
          grade: t.grade,
          final_grade: t.finalGrade,
          complete: t.complete,
        })),
      )
      .execute();
  // In slices: a department's document has a few hundred indicators, each row 13 parameters.
  for (let i = 0; i < rows.indicators.length; i += 500)
    await tx
      .insertInto('evaluation_indicators')
      .values(
        rows.indicators.slice(i, i + 500).map((r) => ({
          document_id: documentId,
          target_id: r.targetId,
          indicator_id: r.indicatorId,
          ordinal: r.ordinal,
          name: r.name,
          actual: r.actual,
          explanation: r.explanation,
          weight: r.weight,
          score: r.score,
          adjusted_score: r.adjustedScore,
          adjustment_reason: r.adjustmentReason,
          adjusted_by: r.adjustedBy,
          adjusted_at: r.adjustedAt ? new Date(r.adjustedAt) : null,
        })),
      )
      .execute();
}

/**
 * Evaluations with their documents' scope, for lists (filtered by the caller), and approved documents
 * whose evaluation is not opened yet (a draft without figures).
 */
export async function evaluationList(
  db: Db,
  filter: { year?: number | undefined; department?: string | undefined },
): Promise<
  {
    documentId: string;
    state: string;
    regionCode: string | null;
    departmentCode: string | null;
    unitCode: string | null;
    department: string | null;
    title: string | null;
    year: number | null;
    updatedAt: string;
  }[]
> {
  // Approved documents whose evaluation nobody has opened yet are listed too, as drafts to fill in.
  let q = db
    .selectFrom('documents as d')
    .leftJoin('evaluations as e', 'e.document_id', 'd.id')
    .where((eb) => eb.or([eb('e.document_id', 'is not', null), eb('d.approved_version', 'is not', null)]))
    .select([
      'd.id as document_id',
      sql<string>`coalesce(e.state, 'draft')`.as('state'),
      sql<Date>`coalesce(e.updated_at, d.updated_at)`.as('updated_at'),
      'd.region_code',
      'd.department_code',
      'd.unit_code',
      'd.department_name',
      'd.title',
      'd.year',
    ])
    .orderBy('d.year', 'desc')
    .orderBy('d.department_code')
    .orderBy('d.id');
  if (filter.year !== undefined) q = q.where('d.year', '=', filter.year);
  if (filter.department !== undefined) q = q.where('d.department_code', '=', filter.department);
  return (await q.execute()).map((r) => ({
    documentId: r.document_id,
    state: r.state,
    regionCode: r.region_code,
    departmentCode: r.department_code,
    unitCode: r.unit_code,
    department: r.department_name,
    title: r.title,
    year: r.year,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

export interface MonitoringRow {
  targetId: string;
  month: number;
  /** The record as JSON text. */
  record: string;
  overall: string;
  actor: string;
  at: string;
}

export async function saveMonitoringRow(
  tx: Transaction<Database>,
  documentId: string,
  r: MonitoringRow,
): Promise<MonitoringRow | null> {
  const before = await tx
    .selectFrom('monitoring_records')
    .selectAll()
    .where('document_id', '=', documentId)
    .where('target_id', '=', r.targetId)
    .where('month', '=', r.month)
    .forUpdate()
    .executeTakeFirst();
  const values = { record: r.record, overall: r.overall, actor: r.actor, at: new Date(r.at) };
  await tx
    .insertInto('monitoring_records')
    .values({ document_id: documentId, target_id: r.targetId, month: r.month, ...values })
    .onConflict((oc) => oc.columns(['document_id', 'target_id', 'month']).doUpdateSet(values))
    .execute();
  return before ? monitoringRowOf(before) : null;
}

function monitoringRowOf(r: {
  target_id: string;
  month: number;
  record: string;
  overall: string;
  actor: string;
  at: Date;
}): MonitoringRow {
  return {
    targetId: r.target_id,
    month: r.month,
    record: r.record,
    overall: r.overall,
    actor: r.actor,
    at: new Date(r.at).toISOString(),
  };
}

export async function monitoringRows(db: Db, documentId: string): Promise<MonitoringRow[]> {
  const rows = await db
    .selectFrom('monitoring_records')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('month')
    .orderBy('target_id')
    .execute();
  return rows.map(monitoringRowOf);
}
