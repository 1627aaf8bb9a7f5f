// The self-evaluation's use cases (issue 12, part 5): the view of a document's evaluation (its owners
// and reviewers see the working one, everybody the published one), a live preview of entries not yet
// saved, saving the unit's entries, the chain (submit → [主管部门] → approve → publish, return with an
// opinion) decided by core/workflow's machine on the evaluation's own status, and the finance bureau's
// adjusted scores. Each write is one transaction with its audit entry; scores come from src/scoring.
import type { Kysely, Transaction } from 'kysely';
import { decodeDocument } from '../core/codec/index.js';
import { Decimal } from '../core/decimal.js';
import { YusuanError } from '../core/errors.js';
import type { BudgetDocument } from '../core/model/document.js';
import type { DocumentEvaluation, EvaluationSettings } from '../core/model/performance.js';
import { maySeeWorking, relationOf, unitPartOf } from '../core/workflow/actors.js';
import type { WorkflowStatus } from '../core/workflow/machine.js';
import { availableActions, decide, INITIAL_STATUS, mayEdit } from '../core/workflow/machine.js';
import type { EvaluationAction } from '../core/workflow/states.js';
import { isEvaluationAction, WORKFLOW_ACTION_LABELS } from '../core/workflow/states.js';
import { appendAudit } from '../store/audit.js';
import type { EvaluationStatusRow } from '../store/evaluation.js';
import {
  evaluationRows,
  evaluationStatus,
  openEvaluation,
  replaceEvaluationRows,
  saveEvaluationStatus,
} from '../store/evaluation.js';
import type { Store } from '../store/index.js';
import type { Database } from '../store/schema.js';
import type { Actor } from '../store/visibility.js';
import { versionModel } from '../store/workflow-content.js';
import type { ActionOutcome, Context, WorkflowRow } from '../store/workflow.js';
import { actorName, coreActor, currentModel, regionSettings, workflowRow } from '../store/workflow.js';
import type { ActualsPatch, Computed, Entries, TargetView } from './evaluation-compute.js';
import { applyPatch, computeEvaluation, entriesOf, reviewedEvaluation } from './evaluation-compute.js';
import type { EvaluationSettingsJson } from './evaluation-settings.js';
import { scoringSettings, scoringSettingsOf } from './evaluation-settings.js';

export type { ActualsPatch, IndicatorView, TargetView } from './evaluation-compute.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A document with its evaluation: where both stand, and the model whose targets are evaluated. */
interface Subject {
  row: WorkflowRow;
  evaluation: EvaluationStatusRow | null;
  status: WorkflowStatus;
  doc: BudgetDocument;
  modelVersion: number;
  /** The settings it is scored with: those kept at its submission, else the region's. */
  settings: EvaluationSettings;
  settingsJson: EvaluationSettingsJson;
  /** The unit whose part alone the actor works on (core/workflow's `unitPartOf`); null: the whole. */
  part: string | null;
}

const notFound = (id: string) =>
  new YusuanError('not-found', `文档 ${id} 的绩效自评不存在或尚未公开`, { id });

async function subjectOf(db: Db, id: string, lock = false): Promise<Subject | null> {
  const row = await workflowRow(db, id, lock);
  if (!row) return null;
  const evaluation = await evaluationStatus(db, id, lock);
  // The approved targets are evaluated, also while an adjustment request of the document runs.
  const modelVersion = evaluation?.modelVersion ?? row.status.approvedVersion ?? row.status.version;
  const text =
    modelVersion === row.status.version
      ? await currentModel(db, id)
      : ((await versionModel(db, id, modelVersion)) ?? (await currentModel(db, id)));
  const decoded = decodeDocument(JSON.parse(text));
  if (!decoded.ok) throw YusuanError.from(decoded.error);
  const scoring = evaluation?.settings
    ? scoringSettingsOf(evaluation.settings)
    : await scoringSettings(db, row.scope.region);
  return {
    row,
    evaluation,
    status: evaluation?.status ?? INITIAL_STATUS,
    doc: decoded.document,
    modelVersion,
    settings: scoring.evaluation,
    settingsJson: scoring.json,
    part: null,
  };
}

/**
 * Owners and reviewers of the document see the working evaluation; everybody a published one (its
 * publication by the bureau is the decision to make the results public); a unit account limited to
 * one unit of a department-level document the working evaluation of its own unit's targets.
 */
function visibility(actor: Actor, s: Subject): { seen: 'working' | 'published'; part: string | null } | null {
  const a = coreActor(actor);
  if (maySeeWorking(a, s.row.scope)) return { seen: 'working', part: null };
  if (s.status.state === 'published') return { seen: 'published', part: null };
  const part = unitPartOf(a, s.row.scope);
  return part ? { seen: 'working', part } : null;
}

async function visibleSubject(db: Db, actor: Actor, id: string, lock = false) {
  const found = await subjectOf(db, id, lock);
  const v = found ? visibility(actor, found) : null;
  if (!found || !v) throw notFound(id);
  return { s: { ...found, part: v.part }, seen: v.seen };
}

/** The targets of the actor's part: all of them, or its unit's. */
const inPart = (s: Subject) => (t: { unit: string | null }) => s.part === null || t.unit === s.part;

async function workingSubject(db: Db, actor: Actor, id: string, lock = false): Promise<Subject> {
  const { s, seen } = await visibleSubject(db, actor, id, lock);
  if (seen !== 'working')
    throw new YusuanError('forbidden', '只能查看已公开的绩效自评结果', { id, reason: 'published-only' });
  return s;
}

async function storedEntries(db: Db, s: Subject): Promise<Entries> {
  return entriesOf(s.evaluation ? await evaluationRows(db, s.row.id) : { targets: [], indicators: [] });
}

/** The unit may enter figures: owners, the document approved, the evaluation a draft. */
function refuseEntry(actor: Actor, s: Subject): YusuanError | null {
  if (s.row.status.approvedVersion === null)
    return new YusuanError('conflict', '文档尚未批复，不能填报绩效自评', {
      reason: 'not-approved',
      state: s.row.status.state,
    });
  // A unit's part: its own targets, while the department's evaluation is a draft.
  const refused =
    s.part === null
      ? mayEdit(coreActor(actor), s.row.scope, s.status)
      : s.status.state === 'draft'
        ? null
        : { code: 'conflict' as const, details: { reason: 'wrong-state' } };
  if (!refused) return null;
  if (refused.code === 'conflict')
    return new YusuanError('conflict', `绩效自评已${stateLabel(s.status)}，不能修改`, {
      reason: 'wrong-state',
      state: s.status.state,
    });
  return new YusuanError(refused.code, '无权填报该文档的绩效自评', refused.details);
}

const STATE_WORDS: Record<WorkflowStatus['state'], string> = {
  draft: '退回修改',
  submitted: '报送',
  'department-reviewed': '经主管部门审核',
  approved: '审定',
  published: '公开',
};
const stateLabel = (s: WorkflowStatus) => STATE_WORDS[s.state];

/** The reviewer (its region) or an admin, while the evaluation waits for the bureau's check. */
function refuseAdjustment(actor: Actor, s: Subject): YusuanError | null {
  const a = coreActor(actor);
  const relation = a ? relationOf(a, s.row.scope) : 'other';
  if (!(relation === 'admin' || (a?.role === 'reviewer' && relation === 'region')))
    return new YusuanError('forbidden', '只有财政部门审核人可以调整评分', { reason: 'role' });
  if (s.status.state !== 'submitted' && s.status.state !== 'department-reviewed')
    return new YusuanError('conflict', '只能在绩效自评报送后、审定前调整评分', {
      reason: 'wrong-state',
      state: s.status.state,
    });
  return null;
}

export interface EvaluationOpinion {
  action: string;
  actor: string;
  opinion: string;
  at: string;
}

export interface EvaluationView {
  documentId: string;
  title: string | null;
  department: string | null;
  departmentCode: string | null;
  regionCode: string | null;
  year: number | null;
  /** The document has been approved (批复): its targets can be evaluated. */
  documentApproved: boolean;
  /** The document version whose targets are evaluated. */
  modelVersion: number;
  state: WorkflowStatus['state'];
  version: number;
  returned: boolean;
  /** Only the published results (the caller does not own or review the document). */
  publishedOnly: boolean;
  /** A unit account's part: only this unit's targets are shown and entered; the chain is the 主管部门's. */
  unitPart: string | null;
  actions: EvaluationAction[];
  mayEnter: boolean;
  mayAdjust: boolean;
  opinions: EvaluationOpinion[];
  totals: { budget: string; executed: string; targets: number; complete: number };
  targets: TargetView[];
  unparsed: { target: string; indicator: string; standard: string; reason: string }[];
}

async function opinionsOf(db: Db, id: string): Promise<EvaluationOpinion[]> {
  const rows = await db
    .selectFrom('opinions')
    .select(['action', 'actor', 'opinion', 'at'])
    .where('document_id', '=', id)
    .where('action', 'like', 'evaluation-%')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    action: r.action.replace(/^evaluation-/, ''),
    actor: r.actor,
    opinion: r.opinion,
    at: new Date(r.at).toISOString(),
  }));
}

async function viewOf(db: Db, actor: Actor, s: Subject, c: Computed, seen: 'working' | 'published') {
  const a = coreActor(actor);
  const settings = await regionSettings(db, s.row.scope.region);
  const working = seen === 'working';
  const sum = (xs: (string | null)[]) =>
    Decimal.sum(xs.filter((x): x is string => x !== null).map((x) => Decimal.from(x))).toString();
  const targets = c.targets.filter(inPart(s));
  // The chain and the bureau's check are the department's whole, not a unit's part.
  const whole = working && s.part === null;
  const view: EvaluationView = {
    documentId: s.row.id,
    title: s.row.title,
    department: s.row.department,
    departmentCode: s.row.scope.department,
    regionCode: s.row.scope.region,
    year: s.row.year,
    documentApproved: s.row.status.approvedVersion !== null,
    modelVersion: s.modelVersion,
    state: s.status.state,
    version: s.status.version,
    returned: s.status.returned,
    publishedOnly: !working,
    unitPart: s.part,
    actions:
      whole && a && s.row.status.approvedVersion !== null
        ? availableActions(a, s.row.scope, s.status, settings).filter(isEvaluationAction)
        : [],
    mayEnter: working && refuseEntry(actor, s) === null,
    mayAdjust: whole && s.evaluation !== null && refuseAdjustment(actor, s) === null,
    opinions: working ? await opinionsOf(db, s.row.id) : [],
    totals: {
      budget: sum(targets.map((t) => t.execution.budget)),
      executed: sum(targets.map((t) => t.execution.executed)),
      targets: targets.length,
      complete: targets.filter((t) => t.complete).length,
    },
    targets,
    unparsed: c.evaluation.unparsed
      .filter((u) => inPart(s)(u.key))
      .map((u) => ({
        target: u.key.target,
        indicator: u.key.indicator,
        standard: u.standard,
        reason: u.reason,
      })),
  };
  return view;
}

export async function evaluationView(store: Store, actor: Actor, id: string): Promise<EvaluationView> {
  const { s, seen } = await visibleSubject(store.db, actor, id);
  return viewOf(
    store.db,
    actor,
    s,
    computeEvaluation(s.doc, await storedEntries(store.db, s), s.settings),
    seen,
  );
}

/**
 * The evaluation as the self-evaluation forms show it (src/scoring's result with the bureau's adjusted
 * scores), to whoever may see the evaluation: its owners and reviewers, everybody once published.
 */
export async function evaluationForForms(
  store: Store,
  actor: Actor,
  id: string,
): Promise<DocumentEvaluation> {
  const { s } = await visibleSubject(store.db, actor, id);
  const ev = reviewedEvaluation(computeEvaluation(s.doc, await storedEntries(store.db, s), s.settings));
  return {
    ...ev,
    targets: ev.targets.filter(inPart(s)),
    unparsed: ev.unparsed.filter((u) => inPart(s)(u.key)),
  };
}

/** The evaluation as it would be with the entries of a patch (nothing saved): live scores as the unit types. */
export async function previewEvaluation(
  store: Store,
  actor: Actor,
  id: string,
  patch: ActualsPatch,
): Promise<EvaluationView> {
  const s = await workingSubject(store.db, actor, id);
  const refused = refuseEntry(actor, s);
  if (refused) throw refused;
  const applied = applyPatch(s.doc, await storedEntries(store.db, s), patch, s.settings, s.part);
  if (!applied.ok) throw invalid(applied.problems);
  return viewOf(store.db, actor, s, computeEvaluation(s.doc, applied.entries, s.settings), 'working');
}

function invalid(problems: { path: string; message: string }[]): YusuanError {
  return new YusuanError(
    'validation',
    `填报内容有 ${problems.length} 处错误：${problems[0]?.message ?? ''}`,
    {
      problems,
    },
  );
}

/** Saves the unit's entries (all or nothing) and the scores computed from them. */
export async function saveActuals(
  store: Store,
  ctx: Context,
  id: string,
  patch: ActualsPatch,
): Promise<EvaluationView> {
  return store.db.transaction().execute(async (tx) => {
    const s = await workingSubject(tx, ctx.actor, id, true);
    const refused = refuseEntry(ctx.actor, s);
    if (refused) throw refused;
    const applied = applyPatch(s.doc, await storedEntries(tx, s), patch, s.settings, s.part);
    if (!applied.ok) throw invalid(applied.problems);
    await openEvaluation(tx, id, s.modelVersion, ctx.now);
    const c = computeEvaluation(s.doc, applied.entries, s.settings);
    await replaceEvaluationRows(tx, id, c.rows);
    await saveEvaluationStatus(tx, id, s.status, ctx.now);
    await appendAudit(tx, {
      documentId: id,
      action: 'evaluation-actuals',
      actor: actorName(ctx.actor),
      at: ctx.now,
      fromState: s.status.state,
      toState: s.status.state,
      version: s.status.version,
      change: { changes: applied.changes },
      opinion: null,
      address: ctx.address,
    });
    const saved = { ...((await subjectOf(tx, id)) ?? s), part: s.part };
    return viewOf(tx, ctx.actor, saved, c, 'working');
  });
}

const figures = (c: Computed) =>
  c.targets.map((t) => ({
    target: t.name,
    score: t.score,
    grade: t.grade,
    finalScore: t.finalScore,
    finalGrade: t.finalGrade,
  }));

/** One step of the evaluation's chain; a submission must be complete, every lost point explained. */
export async function evaluationAction(
  store: Store,
  ctx: Context,
  id: string,
  action: EvaluationAction,
  opinion: string | null,
): Promise<ActionOutcome> {
  return store.db.transaction().execute(async (tx) => {
    const s = await workingSubject(tx, ctx.actor, id, true).catch((e: unknown) => {
      // A published evaluation is no one's to act on but its owners and reviewers: forbidden, not found.
      if (e instanceof YusuanError && e.code === 'forbidden')
        throw new YusuanError('forbidden', `无权${WORKFLOW_ACTION_LABELS[action]}该绩效自评`, {
          reason: 'role',
        });
      throw e;
    });
    if (s.part !== null)
      throw new YusuanError(
        'forbidden',
        `单位账号只填报本单位（${s.part}）项目的绩效自评；部门的绩效自评由主管部门${WORKFLOW_ACTION_LABELS[action]}`,
        { reason: 'role' },
      );
    if (s.row.status.approvedVersion === null)
      throw new YusuanError('conflict', '文档尚未批复，不能报送绩效自评', { reason: 'not-approved' });
    const d = decide({
      action,
      actor: coreActor(ctx.actor),
      scope: s.row.scope,
      status: s.status,
      settings: await regionSettings(tx, s.row.scope.region),
      opinion,
    });
    if (!d.ok) throw YusuanError.from(d.error);
    await openEvaluation(tx, id, s.modelVersion, ctx.now);
    const c = computeEvaluation(s.doc, await storedEntries(tx, s), s.settings);
    if (action === 'submit') {
      const open = c.targets
        .filter(
          (t) =>
            !t.complete || t.execution.explanationMissing || t.indicators.some((i) => i.explanationMissing),
        )
        .map((t) => ({ target: t.name, issues: t.issues }));
      if (open.length)
        throw new YusuanError(
          'evaluation-incomplete',
          `有 ${open.length} 个项目（单位）的自评尚未完成，不能报送：${open[0]?.target ?? ''}：${open[0]?.issues[0] ?? ''}`,
          { targets: open },
        );
    }
    // A submission keeps the settings it was scored with; a return to the unit lets the region's apply.
    const settings = action === 'submit' ? s.settingsJson : d.status.state === 'draft' ? null : undefined;
    await saveEvaluationStatus(tx, id, d.status, ctx.now, settings);
    const by = actorName(ctx.actor);
    if (d.opinion !== null && by !== null)
      await tx
        .insertInto('opinions')
        .values({
          document_id: id,
          version: d.status.version,
          action: `evaluation-${action}`,
          actor: by,
          opinion: d.opinion,
        })
        .execute();
    await appendAudit(tx, {
      documentId: id,
      action: `evaluation-${action}`,
      actor: by,
      at: ctx.now,
      fromState: d.from,
      toState: d.status.state,
      version: d.status.version,
      change: { status: { from: s.status, to: d.status }, figures: figures(c) },
      opinion: d.opinion,
      address: ctx.address,
    });
    return { id, state: d.status.state, version: d.status.version };
  });
}

export interface ScoreAdjustment {
  target: string;
  indicator: string;
  /** The bureau's score (decimal string), or null to withdraw an adjustment. */
  score: string | null;
  reason: string;
}

/** The finance bureau's score for one indicator, with its reason, kept beside the self-assessed one. */
export async function adjustScore(
  store: Store,
  ctx: Context,
  id: string,
  a: ScoreAdjustment,
): Promise<EvaluationView> {
  return store.db.transaction().execute(async (tx) => {
    const s = await workingSubject(tx, ctx.actor, id, true);
    if (!s.evaluation) throw new YusuanError('conflict', '该文档尚未报送绩效自评', { reason: 'wrong-state' });
    const refused = refuseAdjustment(ctx.actor, s);
    if (refused) throw refused;
    const entries = await storedEntries(tx, s);
    const before = computeEvaluation(s.doc, entries, s.settings);
    const target = before.targets.find((t) => t.id === a.target);
    const indicator = target?.indicators.find((i) => i.id === a.indicator);
    if (!target || !indicator)
      throw new YusuanError('validation', '没有这个项目或指标', {
        problems: [{ path: target ? 'indicator' : 'target', message: '不存在' }],
      });
    const reason = a.reason.trim();
    if (!reason)
      throw new YusuanError('validation', '调整评分须填写理由', {
        problems: [{ path: 'reason', message: '不能为空' }],
      });
    if (indicator.status !== 'scored' || indicator.score === null)
      throw new YusuanError('conflict', `指标“${indicator.name}”尚未评分，不能调整`, {
        reason: 'not-scored',
      });
    const key = `${target.id}/${indicator.id}`;
    if (a.score === null) entries.adjustments.delete(key);
    else {
      const score = Decimal.parse(a.score.trim());
      const weight = Decimal.from(indicator.weight);
      if (!score || score.isNegative() || score.gt(weight) || !score.eq(score.round(2)))
        throw new YusuanError(
          'validation',
          `调整后的得分应在 0 到 ${weight.toFixed(2)} 之间（最多两位小数）`,
          {
            problems: [{ path: 'score', message: `应为 0–${weight.toFixed(2)}` }],
          },
        );
      entries.adjustments.set(key, {
        score: score.toFixed(2),
        reason,
        actor: actorName(ctx.actor),
        at: ctx.now,
      });
    }
    const c = computeEvaluation(s.doc, entries, s.settings);
    await replaceEvaluationRows(tx, id, c.rows);
    await appendAudit(tx, {
      documentId: id,
      action: 'evaluation-score',
      actor: actorName(ctx.actor),
      at: ctx.now,
      fromState: s.status.state,
      toState: s.status.state,
      version: s.status.version,
      change: {
        target: target.name,
        indicator: indicator.name,
        selfScore: indicator.score,
        before: indicator.adjustment?.score ?? null,
        after: a.score === null ? null : (entries.adjustments.get(key)?.score ?? null),
        reason,
      },
      opinion: reason,
      address: ctx.address,
    });
    return viewOf(tx, ctx.actor, s, c, 'working');
  });
}
