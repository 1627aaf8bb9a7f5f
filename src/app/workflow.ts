// The workflow's use cases: actions along the chain, the history, edits with optimistic concurrency
// (each re-runs the review), versions and their differences, explanations of findings, reviewer
// comments, the inbox and region settings. Each takes the store and the request context (actor,
// address, time); the decisions are core/workflow's, the writes store/workflow*'s, one transaction each.
import type { Kysely } from 'kysely';
import { decodeDocument } from '../core/codec/index.js';
import { errorInfo, YusuanError } from '../core/errors.js';
import type { BudgetDocument } from '../core/model/document.js';
import { maySee, maySeeWorking } from '../core/workflow/actors.js';
import type { Change } from '../core/workflow/diff.js';
import { diffDocuments } from '../core/workflow/diff.js';
import type { EditOp } from '../core/workflow/edits.js';
import { applyEdits } from '../core/workflow/edits.js';
import { availableActions, mayComment, mayEdit } from '../core/workflow/machine.js';
import type { GateFinding } from '../core/workflow/review-gate.js';
import { findingKey, reviewGate } from '../core/workflow/review-gate.js';
import type { RegionSettings, WorkflowAction } from '../core/workflow/states.js';
import { review } from '../rules/engine.js';
import type { Finding } from '../rules/rule.js';
import { appendAudit, documentHistory } from '../store/audit.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/index.js';
import type { Actor } from '../store/visibility.js';
import { listVersions, replaceContent, versionModel } from '../store/workflow-content.js';
import type { VersionInfo } from '../store/workflow-content.js';
import type { ActionOutcome, Context, WorkflowRow } from '../store/workflow.js';
import {
  actorName,
  coreActor,
  currentModel,
  explanations,
  keepVersion,
  regionSettings,
  saveRegionSettings,
  storedFindings,
  takeAction,
  workflowRow,
} from '../store/workflow.js';
import { prepareDocument } from './store-import.js';

export type { ActionOutcome, Context } from '../store/workflow.js';

const notFound = (id: string) => new YusuanError('not-found', `文档 ${id} 不存在或无权查看`, { id });

/** The row when the actor may see the document at all; else not found. */
async function visibleRow(db: Kysely<Database>, actor: Actor, id: string): Promise<WorkflowRow> {
  const row = await workflowRow(db, id);
  if (!row || !maySee(coreActor(actor), row.scope, row.status)) throw notFound(id);
  return row;
}

/** The row when the actor may see its working state (not only what is published). */
async function workingRow(db: Kysely<Database>, actor: Actor, id: string): Promise<WorkflowRow> {
  const row = await visibleRow(db, actor, id);
  if (!maySeeWorking(coreActor(actor), row.scope))
    throw new YusuanError('forbidden', '只能查看已公开的内容', { id, reason: 'published-only' });
  return row;
}

export function workflowAction(
  store: Store,
  ctx: Context,
  id: string,
  action: WorkflowAction,
  opinion: string | null,
  explanations: readonly { key: string; text: string }[] = [],
): Promise<ActionOutcome> {
  return takeAction(store.db, ctx, id, action, opinion, explanations);
}

export interface HistoryEntry {
  seq: number;
  action: string;
  actor: string | null;
  at: string;
  opinion: string | null;
  fromState: string | null;
  toState: string | null;
  version: number | null;
  change: unknown;
}

export async function workflowHistory(store: Store, actor: Actor, id: string): Promise<HistoryEntry[]> {
  await workingRow(store.db, actor, id);
  return (await documentHistory(store.db, id)).map((e) => ({
    seq: e.seq,
    action: e.action,
    actor: e.actor,
    at: e.at,
    opinion: e.opinion,
    fromState: e.fromState,
    toState: e.toState,
    version: e.version,
    change: e.change,
  }));
}

export interface WorkflowStatusView {
  id: string;
  state: string;
  version: number;
  returned: boolean;
  adjustment: boolean;
  approvedVersion: number | null;
  publishedVersion: number | null;
  /** What the actor may do now. */
  actions: WorkflowAction[];
  settings: RegionSettings;
}

export async function workflowStatus(store: Store, actor: Actor, id: string): Promise<WorkflowStatusView> {
  const row = await visibleRow(store.db, actor, id);
  const settings = await regionSettings(store.db, row.scope.region);
  const a = coreActor(actor);
  return {
    id,
    ...row.status,
    actions: a ? availableActions(a, row.scope, row.status, settings) : [],
    settings,
  };
}

/** Parses an If-Match header: `"3"`, `W/"3"`, `3`; `*` matches any version. */
export function parseIfMatch(header: string | undefined): number | '*' | null {
  if (header === undefined) return null;
  const t = header.trim();
  if (t === '*') return '*';
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(t);
  return m ? Number(m[1]) : null;
}

export const etagOf = (version: number) => `"${version}"`;

export interface EditOutcome extends ActionOutcome {
  findings: Finding[];
  changes: Change[];
}

/** How a revision changes the model: edits at paths, or a whole new model (the web form editor). */
export type Revision = { edits: readonly EditOp[] } | { model: unknown };

function revise(doc: BudgetDocument, r: Revision): BudgetDocument {
  if ('edits' in r) {
    const edited = applyEdits(doc, r.edits);
    if (!edited.ok) throw YusuanError.from(edited.error);
    return edited.document;
  }
  const decoded = decodeDocument(r.model);
  if (!decoded.ok) throw YusuanError.from(decoded.error);
  if (decoded.document.kind !== doc.kind)
    throw new YusuanError('validation', `不能把${doc.kind}改成${decoded.document.kind}`, {
      problems: [{ path: 'kind', message: `应为 ${doc.kind}` }],
    });
  return decoded.document;
}

/** What the review would find after some edits, and what they change: nothing is saved. */
export interface EditPreview {
  /** The version the edits were applied to. */
  version: number;
  findings: Finding[];
  changes: Change[];
}

/**
 * The review of a draft as it would be after `edits`, for the editor to show while the user types;
 * the same checks as saving (may see, may edit, the edits valid), nothing written.
 */
export async function previewEdits(
  store: Store,
  actor: Actor,
  id: string,
  edits: readonly EditOp[],
): Promise<EditPreview> {
  const { row, before, after } = await revisedDraft(store.db, actor, id, { edits });
  return { version: row.status.version, findings: review(after), changes: diffDocuments(before, after) };
}

/**
 * The checks every revision of a draft passes — the actor may see it and may edit it, then `check`
 * (the saver's version) — and the draft's model before and after the revision.
 */
async function revisedDraft(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  revision: Revision,
  options: { lock?: boolean; check?: (row: WorkflowRow) => void } = {},
): Promise<{ row: WorkflowRow; before: BudgetDocument; after: BudgetDocument }> {
  const row = await workflowRow(db, id, options.lock ?? false);
  const a = coreActor(actor);
  if (!row || !maySee(a, row.scope, row.status)) throw notFound(id);
  const refused = mayEdit(a, row.scope, row.status);
  if (refused) throw YusuanError.from(refused);
  options.check?.(row);
  const decoded = decodeDocument(JSON.parse(await currentModel(db, id)));
  if (!decoded.ok) throw YusuanError.from(decoded.error);
  return { row, before: decoded.document, after: revise(decoded.document, revision) };
}

/** Applies edits to a draft, re-runs the review, keeps the new version. */
export async function editDocument(
  store: Store,
  ctx: Context,
  id: string,
  ifMatch: number | '*' | null,
  edits: readonly EditOp[],
): Promise<EditOutcome> {
  return reviseDocument(store, ctx, id, ifMatch, { edits });
}

/** Revises a draft (edits or a whole model) under If-Match, re-runs the review, keeps the new version. */
export async function reviseDocument(
  store: Store,
  ctx: Context,
  id: string,
  ifMatch: number | '*' | null,
  revision: Revision,
): Promise<EditOutcome> {
  if (ifMatch === null)
    throw new YusuanError('validation', '修改须带 If-Match 请求头（文档的 ETag），以免覆盖他人的修改', {
      problems: [{ path: 'If-Match', message: '缺少' }],
    });
  return store.db.transaction().execute(async (tx) => {
    const {
      row,
      before,
      after: doc,
    } = await revisedDraft(tx, ctx.actor, id, revision, {
      lock: true,
      check: (r) => {
        if (ifMatch !== '*' && ifMatch !== r.status.version)
          throw new YusuanError(
            'conflict',
            `文档已被修改（当前版本 ${r.status.version}，您的版本 ${ifMatch}），请刷新后再改`,
            {
              reason: 'stale-version',
              currentVersion: r.status.version,
              yourVersion: ifMatch,
              state: r.status.state,
            },
          );
      },
    });
    const findings = review(doc);
    const prepared = prepareDocument({
      id,
      fileName: '',
      bytes: new Uint8Array(),
      sha256: '',
      document: doc,
      findings,
      sourceLines: [],
      region: row.scope.region,
      createRegion: false,
      createdBy: null,
    });
    const by = actorName(ctx.actor);
    await keepVersion(tx, row, by);
    const version = row.status.version + 1;
    await replaceContent(
      tx,
      id,
      version,
      {
        model: prepared.model,
        summary: prepared.summary,
        totals: prepared.totals,
        findingCount: prepared.findingCount,
        errorCount: prepared.errorCount,
        rows: prepared.rows,
        title: prepared.title,
      },
      by,
      ctx.now,
    );
    const changes = diffDocuments(before, doc);
    await appendAudit(tx, {
      documentId: id,
      action: 'edit',
      actor: by,
      at: ctx.now,
      fromState: row.status.state,
      toState: row.status.state,
      version,
      change: 'edits' in revision ? { edits: revision.edits, changes } : { replaced: true, changes },
      opinion: null,
      address: ctx.address,
    });
    return { id, state: row.status.state, version, findings, changes };
  });
}

export async function documentVersions(store: Store, actor: Actor, id: string): Promise<VersionInfo[]> {
  const row = await workingRow(store.db, actor, id);
  const kept = await listVersions(store.db, id);
  if (!kept.some((v) => v.version === row.status.version))
    kept.push({ version: row.status.version, createdBy: null, createdAt: '' });
  return kept;
}

async function modelAt(db: Kysely<Database>, row: WorkflowRow, version: number): Promise<BudgetDocument> {
  const text =
    version === row.status.version ? await currentModel(db, row.id) : await versionModel(db, row.id, version);
  if (text === null) throw new YusuanError('not-found', `文档没有版本 ${version}`, { version });
  const d = decodeDocument(JSON.parse(text));
  if (!d.ok) throw YusuanError.from(d.error);
  return d.document;
}

export async function documentVersion(
  store: Store,
  actor: Actor,
  id: string,
  version: number,
): Promise<string> {
  const row = await visibleRow(store.db, actor, id);
  // Those who only see what is published see the published version only.
  if (!maySeeWorking(coreActor(actor), row.scope) && version !== row.status.publishedVersion)
    throw notFound(id);
  if (version === row.status.version) return currentModel(store.db, id);
  const text = await versionModel(store.db, id, version);
  if (text === null) throw new YusuanError('not-found', `文档没有版本 ${version}`, { version });
  return text;
}

export async function versionDiff(
  store: Store,
  actor: Actor,
  id: string,
  from: number,
  to: number,
): Promise<{ id: string; from: number; to: number; changes: Change[] }> {
  const row = await workingRow(store.db, actor, id);
  const [a, b] = [await modelAt(store.db, row, from), await modelAt(store.db, row, to)];
  return { id, from, to, changes: diffDocuments(a, b) };
}

export interface ReviewView {
  findings: (GateFinding & { key: string; explanation: string | null })[];
  /** Whether a submit would pass the gate. */
  submittable: boolean;
  comments: CommentView[];
}

export interface CommentTarget {
  table?: string | undefined;
  row?: string | undefined;
  column?: string | undefined;
  project?: string | undefined;
  indicator?: string | undefined;
}

export interface CommentView {
  id: number;
  version: number;
  target: CommentTarget;
  text: string;
  actor: string;
  at: string;
}

async function comments(db: Kysely<Database>, id: string): Promise<CommentView[]> {
  const rows = await db
    .selectFrom('review_comments')
    .select(['id', 'version', 'target', 'text', 'actor', 'at'])
    .where('document_id', '=', id)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    target: (typeof r.target === 'string' ? JSON.parse(r.target) : r.target) as CommentTarget,
    text: r.text,
    actor: r.actor,
    at: new Date(r.at).toISOString(),
  }));
}

export async function reviewView(store: Store, actor: Actor, id: string): Promise<ReviewView> {
  await workingRow(store.db, actor, id);
  const gate = reviewGate(await storedFindings(store.db, id), await explanations(store.db, id));
  return { findings: gate.findings, submittable: gate.ok, comments: await comments(store.db, id) };
}

/** The unit explains a finding (kept with it, shown to every reviewer after). */
export async function explainFinding(
  store: Store,
  ctx: Context,
  id: string,
  key: string,
  text: string,
): Promise<ReviewView> {
  await store.db.transaction().execute(async (tx) => {
    const row = await workflowRow(tx, id, true);
    const a = coreActor(ctx.actor);
    if (!row || !maySee(a, row.scope, row.status)) throw notFound(id);
    const refused = mayEdit(a, row.scope, row.status);
    if (refused) throw YusuanError.from(refused);
    const known = (await storedFindings(tx, id)).some((f) => findingKey(f) === key);
    if (!known) throw new YusuanError('not-found', `没有这条审核发现：${key}`, { key });
    const by = actorName(ctx.actor) ?? '';
    await tx
      .insertInto('explanations')
      .values({ document_id: id, finding_key: key, text, actor: by, at: new Date(ctx.now) })
      .onConflict((oc) =>
        oc.columns(['document_id', 'finding_key']).doUpdateSet({ text, actor: by, at: new Date(ctx.now) }),
      )
      .execute();
    await appendAudit(tx, {
      documentId: id,
      action: 'explain',
      actor: by,
      at: ctx.now,
      fromState: null,
      toState: null,
      version: row.status.version,
      change: { key, text },
      opinion: null,
      address: ctx.address,
    });
  });
  return reviewView(store, ctx.actor, id);
}

/** A reviewer's (or 主管部门's) own finding, pinned to a table cell, project or indicator. */
export async function addComment(
  store: Store,
  ctx: Context,
  id: string,
  target: CommentTarget,
  text: string,
): Promise<CommentView> {
  return store.db.transaction().execute(async (tx) => {
    const row = await workflowRow(tx, id, true);
    const a = coreActor(ctx.actor);
    if (!row || !maySee(a, row.scope, row.status)) throw notFound(id);
    const refused = mayComment(a, row.scope);
    if (refused) throw YusuanError.from(refused);
    const by = actorName(ctx.actor) ?? '';
    const r = await tx
      .insertInto('review_comments')
      .values({
        document_id: id,
        version: row.status.version,
        target: JSON.stringify(target),
        text,
        actor: by,
      })
      .returning(['id', 'at'])
      .executeTakeFirstOrThrow();
    await appendAudit(tx, {
      documentId: id,
      action: 'comment',
      actor: by,
      at: ctx.now,
      fromState: null,
      toState: null,
      version: row.status.version,
      change: { target, text },
      opinion: null,
      address: ctx.address,
    });
    return {
      id: r.id,
      version: row.status.version,
      target,
      text,
      actor: by,
      at: new Date(r.at).toISOString(),
    };
  });
}

export async function getRegionSettings(store: Store, region: string): Promise<RegionSettings> {
  return regionSettings(store.db, region);
}

export async function putRegionSettings(
  store: Store,
  ctx: Context,
  region: string,
  s: RegionSettings,
): Promise<RegionSettings> {
  for (const [year, date] of Object.entries(s.deadlines))
    if (!/^\d{4}$/.test(year) || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      throw YusuanError.from(
        errorInfo('validation', `申报截止日期应为 {"年度": "YYYY-MM-DD"}：${year}: ${date}`, {
          problems: [{ path: `deadlines.${year}`, message: '应为 YYYY-MM-DD' }],
        }),
      );
  return saveRegionSettings(store.db, ctx, region, s);
}
