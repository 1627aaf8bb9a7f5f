// Each user's inbox: what awaits them (submissions to review, approvals to publish), their documents
// returned with an opinion, their drafts, and deadlines (申报截止日期) near or past for documents not
// yet submitted. Built from the documents the actor may see (the store's one visibility filter) and
// the core's action table, so the inbox offers exactly what the actor may do.
import { sql } from 'kysely';
import { availableActions } from '../core/workflow/machine.js';
import type { DocumentState, RegionSettings, WorkflowAction } from '../core/workflow/states.js';
import type { Store } from '../store/index.js';
import type { Actor } from '../store/visibility.js';
import { visibleTo } from '../store/visibility.js';
import { coreActor, regionSettings } from '../store/workflow.js';

export type InboxReason = 'awaiting' | 'returned' | 'draft';

export interface InboxItem {
  documentId: string;
  /** Why it is in the inbox: awaiting the actor's review/approval/publication, returned, a draft to submit. */
  reason: InboxReason;
  title: string | null;
  department: string | null;
  year: number | null;
  state: DocumentState;
  version: number;
  actions: WorkflowAction[];
  /** The last opinion given (a return's reason). */
  opinion: string | null;
  deadline: string | null;
  /** Days left to the deadline (negative: overdue). */
  daysLeft: number | null;
  overdue: boolean;
}

export interface Inbox {
  /** Awaiting the actor first, then returned documents, then drafts; overdue and near deadlines first within each. */
  items: InboxItem[];
  /** Items whose deadline is within `nearDays` or past (drafts and returned documents). */
  deadlinesNear: number;
  overdue: number;
}

const ORDER: Record<InboxReason, number> = { awaiting: 0, returned: 1, draft: 2 };

const REVIEW_ACTIONS: readonly WorkflowAction[] = ['department-review', 'approve', 'publish', 'return'];
const DAY = 86_400_000;

export async function inbox(store: Store, actor: Actor, now: Date, nearDays = 7): Promise<Inbox> {
  const a = coreActor(actor);
  if (a === null) return { items: [], deadlinesNear: 0, overdue: 0 };
  const rows = await store.db
    .selectFrom('documents')
    .select([
      'id',
      'title',
      'department_name',
      'year',
      'region_code',
      'department_code',
      'unit_code',
      'state',
      'version',
      'returned',
      'adjustment',
      'approved_version',
      'published_version',
      sql<
        string | null
      >`(select o.opinion from opinions o where o.document_id = documents.id order by o.id desc limit 1)`.as(
        'opinion',
      ),
    ])
    .where(visibleTo(actor))
    .where('state', '!=', 'published')
    .orderBy('updated_at', 'desc')
    .limit(1000)
    .execute();
  const settingsCache = new Map<string | null, RegionSettings>();
  const items: InboxItem[] = [];
  for (const r of rows) {
    let settings = settingsCache.get(r.region_code);
    if (!settings) {
      settings = await regionSettings(store.db, r.region_code);
      settingsCache.set(r.region_code, settings);
    }
    const scope = { region: r.region_code, department: r.department_code, unit: r.unit_code };
    const status = {
      state: r.state,
      version: r.version,
      returned: r.returned,
      adjustment: r.adjustment,
      approvedVersion: r.approved_version,
      publishedVersion: r.published_version,
    };
    const actions = availableActions(a, scope, status, settings);
    const deadline = r.year !== null ? (settings.deadlines[String(r.year)] ?? null) : null;
    const daysLeft = deadline ? Math.ceil((Date.parse(`${deadline}T23:59:59Z`) - now.getTime()) / DAY) : null;
    const reason: InboxReason | null = actions.some((x) => REVIEW_ACTIONS.includes(x))
      ? 'awaiting'
      : actions.includes('submit')
        ? r.returned
          ? 'returned'
          : 'draft'
        : null;
    if (reason === null) continue;
    items.push({
      documentId: r.id,
      reason,
      title: r.title,
      department: r.department_name,
      year: r.year,
      state: status.state,
      version: r.version,
      actions,
      opinion: r.returned ? r.opinion : null,
      deadline,
      daysLeft,
      overdue: daysLeft !== null && daysLeft < 0 && reason !== 'awaiting',
    });
  }
  items.sort((x, y) => ORDER[x.reason] - ORDER[y.reason] || (x.daysLeft ?? 1e9) - (y.daysLeft ?? 1e9));
  const pending = items.filter((i) => i.reason !== 'awaiting' && i.daysLeft !== null);
  return {
    items,
    deadlinesNear: pending.filter((i) => (i.daysLeft ?? 0) >= 0 && (i.daysLeft ?? 0) <= nearDays).length,
    overdue: pending.filter((i) => i.overdue).length,
  };
}
