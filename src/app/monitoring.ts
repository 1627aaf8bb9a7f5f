// In-year monitoring (双监控) of an approved document's targets: a unit's record per target and month
// — executed to date, the year's forecast, each indicator's progress and forecast with the deviation's
// cause, reason, likelihood and correction — kept as entered, with the red/yellow/green warnings
// src/scoring's `monitorTarget` gives. Owners and reviewers see them; they are not published.
import type { Kysely, Transaction } from 'kysely';
import type { Decimal } from '../core/decimal.js';
import { YusuanError } from '../core/errors.js';
import type {
  DeviationCause,
  Likelihood,
  MonitoringRecord,
  MonitoringResult,
  Warning,
  WarningLevel,
} from '../core/model/performance.js';
import { parseAmount } from '../core/money.js';
import { maySeeWorking, relationOf, unitPartOf } from '../core/workflow/actors.js';
import { keyedTargets, monitorTarget, recordProblems } from '../scoring/index.js';
import type { KeyedTarget } from '../scoring/index.js';
import { appendAudit } from '../store/audit.js';
import { monitoringRows, saveMonitoringRow } from '../store/evaluation.js';
import type { Store } from '../store/index.js';
import type { Database } from '../store/schema.js';
import type { Actor } from '../store/visibility.js';
import type { Context } from '../store/workflow.js';
import { actorName, coreActor, currentModel, workflowRow } from '../store/workflow.js';
import { versionModel } from '../store/workflow-content.js';
import { decodeDocument } from '../core/codec/index.js';
import { indicatorIdOf, keyedTargetId } from './evaluation-compute.js';
import { scoringSettings } from './evaluation-settings.js';

/** A monitoring record as the unit enters it and the store keeps it (figures as decimal strings). */
type Db = Kysely<Database> | Transaction<Database>;

export interface MonitoringEntry {
  target: string;
  month: number;
  executed: string;
  forecastExecuted?: string | null | undefined;
  indicators: {
    id: string;
    progress?: string | null | undefined;
    forecast?: string | null | undefined;
    cause?: DeviationCause | null | undefined;
    reason?: string | null | undefined;
    likelihood?: Likelihood | null | undefined;
    correction?: string | null | undefined;
  }[];
}

export interface MonitoringTargetView {
  id: string;
  kind: 'project' | 'unit';
  unit: string | null;
  name: string;
  budget: string | null;
  indicators: {
    id: string;
    level1: string | null;
    level2: string | null;
    name: string;
    targetValue: string | null;
    unitOfMeasure: string | null;
  }[];
}

export interface MonitoringRecordView {
  target: string;
  targetName: string;
  month: number;
  entry: MonitoringEntry;
  actor: string;
  at: string;
  executionRate: string | null;
  elapsed: string;
  execution: Warning;
  indicators: { id: string; name: string; level: WarningLevel; message: string; unexplained: boolean }[];
  overall: WarningLevel;
}

export interface MonitoringView {
  documentId: string;
  year: number | null;
  mayEnter: boolean;
  targets: MonitoringTargetView[];
  records: MonitoringRecordView[];
}

const text = (s: string | null | undefined): string | null =>
  s === null || s === undefined || s.trim() === '' ? null : s.trim();

/**
 * The document, its approved model and its region's margins, for its owners and reviewers — or, for
 * a unit account limited to one unit of a department-level document, with `part` its unit: its own
 * targets alone are shown and entered.
 */
async function subject(db: Db, actor: Actor, id: string, lock = false) {
  const row = await workflowRow(db, id, lock);
  const a = coreActor(actor);
  const part = row ? unitPartOf(a, row.scope) : null;
  if (!row || !(maySeeWorking(a, row.scope) || part))
    throw new YusuanError('not-found', `文档 ${id} 不存在或无权查看其运行监控`, { id });
  const v = row.status.approvedVersion ?? row.status.version;
  const model =
    v === row.status.version
      ? await currentModel(db, id)
      : ((await versionModel(db, id, v)) ?? (await currentModel(db, id)));
  const decoded = decodeDocument(JSON.parse(model));
  if (!decoded.ok) throw YusuanError.from(decoded.error);
  const { monitoring } = await scoringSettings(db, row.scope.region);
  const targets = keyedTargets(decoded.document).filter((t) => part === null || t.view.unit === part);
  return { row, doc: decoded.document, settings: monitoring, targets, part };
}

function mayEnter(
  actor: Actor,
  scope: { region: string | null; department: string | null; unit: string | null },
) {
  const a = coreActor(actor);
  if (!a || a.role === 'reviewer') return false;
  const r = relationOf(a, scope);
  return r === 'admin' || r === 'own-department' || r === 'own-unit';
}

/** The entry as src/scoring's record, or the problems with it (paths in the request body). */
function recordOf(
  t: KeyedTarget,
  year: number,
  e: MonitoringEntry,
): { ok: true; record: MonitoringRecord } | { ok: false; problems: { path: string; message: string }[] } {
  const problems: { path: string; message: string }[] = [];
  const amount = (s: string | null | undefined, path: string): Decimal | null => {
    const v = text(s);
    if (v === null) return null;
    const a = parseAmount(v);
    if (!a) problems.push({ path, message: `“${v}”不是有效的金额（万元）` });
    return a?.value ?? null;
  };
  const executed = amount(e.executed, 'executed');
  if (text(e.executed) === null) problems.push({ path: 'executed', message: '须填写截至本月的执行数' });
  const forecastExecuted = amount(e.forecastExecuted, 'forecastExecuted');
  const budget = t.view.amount?.value ?? null;
  if (budget === null) problems.push({ path: 'target', message: `“${t.view.name}”没有预算数，无法监控执行` });
  const byId = new Map(t.indicators.map((k) => [indicatorIdOf(k.key), k]));
  const indicators = e.indicators.flatMap((i, n) => {
    const k = byId.get(i.id);
    if (!k) {
      problems.push({ path: `indicators.${n}.id`, message: `“${t.view.name}”没有编号为 ${i.id} 的指标` });
      return [];
    }
    return [
      {
        key: k.key,
        progress: text(i.progress),
        forecast: text(i.forecast),
        cause: i.cause ?? null,
        reason: text(i.reason),
        likelihood: i.likelihood ?? null,
        correction: text(i.correction),
      },
    ];
  });
  if (problems.length || executed === null || budget === null) return { ok: false, problems };
  const record: MonitoringRecord = {
    targetKind: t.view.kind,
    unit: t.view.unit ?? null,
    target: t.view.name,
    year,
    month: e.month,
    budget,
    executed,
    forecastExecuted,
    indicators,
  };
  const own = recordProblems(record);
  if (own.length) return { ok: false, problems: own.map((message) => ({ path: 'record', message })) };
  return { ok: true, record };
}

function recordView(
  t: KeyedTarget,
  entry: MonitoringEntry,
  r: MonitoringResult,
  actor: string,
  at: string,
): MonitoringRecordView {
  return {
    target: keyedTargetId(t),
    targetName: t.view.name,
    month: entry.month,
    entry,
    actor,
    at,
    executionRate: r.executionRate?.toString() ?? null,
    elapsed: r.elapsed.toString(),
    execution: r.execution,
    indicators: r.indicators.map((i) => ({
      id: indicatorIdOf(i.key),
      name: i.key.indicator,
      level: i.level,
      message: i.message,
      unexplained: i.unexplained,
    })),
    overall: r.overall,
  };
}

export async function monitoringView(store: Store, actor: Actor, id: string): Promise<MonitoringView> {
  const { row, doc, settings, targets, part } = await subject(store.db, actor, id);
  const byId = new Map(targets.map((t) => [keyedTargetId(t), t]));
  const records: MonitoringRecordView[] = [];
  for (const r of await monitoringRows(store.db, id)) {
    const t = byId.get(r.targetId);
    const entry = JSON.parse(r.record) as MonitoringEntry;
    const built = t ? recordOf(t, doc.year ?? 0, entry) : null;
    if (t && built?.ok)
      records.push(recordView(t, entry, monitorTarget(t, built.record, settings), r.actor, r.at));
  }
  return {
    documentId: id,
    year: doc.year,
    mayEnter: row.status.approvedVersion !== null && (part !== null || mayEnter(actor, row.scope)),
    targets: targets.map((t) => ({
      id: keyedTargetId(t),
      kind: t.view.kind === 'unit' || t.view.kind === 'declaration-department' ? 'unit' : 'project',
      unit: t.view.unit ?? null,
      name: t.view.name,
      budget: t.view.amount?.value.toString() ?? null,
      indicators: t.indicators.map((k) => ({
        id: indicatorIdOf(k.key),
        level1: k.key.level1,
        level2: k.key.level2,
        name: k.key.indicator,
        targetValue: k.indicator.value,
        unitOfMeasure: k.indicator.unit,
      })),
    })),
    records,
  };
}

/** Saves one target's record for a month (replacing an earlier one of that month), with its warnings. */
export async function saveMonitoring(
  store: Store,
  ctx: Context,
  id: string,
  entry: MonitoringEntry,
): Promise<MonitoringRecordView> {
  return store.db.transaction().execute(async (tx) => {
    const { row, doc, settings, targets, part } = await subject(tx, ctx.actor, id, true);
    if (part === null && !mayEnter(ctx.actor, row.scope))
      throw new YusuanError('forbidden', '只有预算单位和主管部门可以填报运行监控', { reason: 'role' });
    if (row.status.approvedVersion === null)
      throw new YusuanError('conflict', '文档尚未批复，不能填报运行监控', { reason: 'not-approved' });
    const t = targets.find((x) => keyedTargetId(x) === entry.target);
    if (!t)
      throw new YusuanError('validation', `文档中没有编号为 ${entry.target} 的项目或单位`, {
        problems: [{ path: 'target', message: '不存在' }],
      });
    const built = recordOf(t, doc.year ?? 0, entry);
    if (!built.ok)
      throw new YusuanError(
        'validation',
        `运行监控有 ${built.problems.length} 处错误：${built.problems[0]?.message ?? ''}`,
        {
          problems: built.problems,
        },
      );
    const result = monitorTarget(t, built.record, settings);
    const by = actorName(ctx.actor) ?? '';
    const before = await saveMonitoringRow(tx, id, {
      targetId: entry.target,
      month: entry.month,
      record: JSON.stringify(entry),
      overall: result.overall,
      actor: by,
      at: ctx.now,
    });
    await appendAudit(tx, {
      documentId: id,
      action: 'monitoring',
      actor: by,
      at: ctx.now,
      fromState: null,
      toState: null,
      version: row.status.version,
      change: {
        target: t.view.name,
        month: entry.month,
        before: before ? (JSON.parse(before.record) as unknown) : null,
        after: entry,
        overall: result.overall,
      },
      opinion: null,
      address: ctx.address,
    });
    return recordView(t, entry, result, by, ctx.now);
  });
}
