// The state machine of declaration → review → approval → publication, as data and one pure function.
// `ACTION_RULES` says, per action, which roles in which relation may take it, from which states (which
// may depend on the region's settings) and whether an opinion is required. `decide` checks an attempt
// in a fixed order — visible (else not-found), role (else forbidden), state (else conflict), opinion
// (else validation) — and returns the next status or the error as a value. The server maps the codes
// to 404 / 403 / 409 / 400; nothing here knows HTTP.

import { errorInfo } from '../errors.js';
import type { ErrorInfo } from '../errors.js';
import type { Actor, Relation, SubjectScope } from './actors.js';
import { maySeeWorking, relationOf } from './actors.js';
import type { DocumentState, RegionSettings, Role, WorkflowAction } from './states.js';
import { DOCUMENT_STATE_LABELS, WORKFLOW_ACTION_LABELS } from './states.js';

/** Where a subject stands in the chain. */
export interface WorkflowStatus {
  state: DocumentState;
  /** Revision number from 1; every edit and every adjustment request makes a new one. */
  version: number;
  /** True while an adjustment request (调整申请) of an approved document runs the chain. */
  adjustment: boolean;
  /** True when the last action was a return (back in draft with an opinion). */
  returned: boolean;
  /** The version last approved (批复), null before the first approval. */
  approvedVersion: number | null;
  /** The version the public sees, null before the first publication. */
  publishedVersion: number | null;
}

export const INITIAL_STATUS: WorkflowStatus = {
  state: 'draft',
  version: 1,
  adjustment: false,
  returned: false,
  approvedVersion: null,
  publishedVersion: null,
};

export interface ActionRule {
  /** Roles and the relations in which each may act. */
  who: Partial<Record<Role, readonly Relation[]>>;
  /** The states the action starts from, under the region's settings. */
  from: (settings: RegionSettings) => readonly DocumentState[];
  /** An opinion (意见) must be given. */
  opinionRequired: boolean;
  /** The status after the action. */
  next: (status: WorkflowStatus) => WorkflowStatus;
}

const OWNERS = ['own-department', 'own-unit'] as const;

export const ACTION_RULES: Record<WorkflowAction, ActionRule> = {
  submit: {
    who: { unit: OWNERS, department: ['own-department'], admin: ['admin'] },
    from: () => ['draft'],
    opinionRequired: false,
    next: (s) => ({ ...s, state: 'submitted', returned: false }),
  },
  'department-review': {
    who: { department: ['own-department'], admin: ['admin'] },
    from: (r) => (r.departmentReview ? ['submitted'] : []),
    opinionRequired: false,
    next: (s) => ({ ...s, state: 'department-reviewed' }),
  },
  return: {
    who: { reviewer: ['region'], department: ['own-department'], admin: ['admin'] },
    from: () => ['submitted', 'department-reviewed'],
    opinionRequired: true,
    next: (s) => ({ ...s, state: 'draft', returned: true }),
  },
  approve: {
    who: { reviewer: ['region'], admin: ['admin'] },
    from: (r) => (r.departmentReview ? ['department-reviewed'] : ['submitted', 'department-reviewed']),
    opinionRequired: false,
    next: (s) => ({ ...s, state: 'approved', adjustment: false, approvedVersion: s.version }),
  },
  publish: {
    who: { reviewer: ['region'], admin: ['admin'] },
    from: () => ['approved'],
    opinionRequired: false,
    next: (s) => ({ ...s, state: 'published', publishedVersion: s.version }),
  },
  adjust: {
    who: { unit: OWNERS, department: ['own-department'], admin: ['admin'] },
    from: () => ['approved', 'published'],
    opinionRequired: true,
    next: (s) => ({ ...s, state: 'draft', version: s.version + 1, adjustment: true, returned: false }),
  },
};

/** A department 主管部门 may return only what waits for it; the reviewer what waits for the bureau. */
function stateAllowedFor(role: Role, action: WorkflowAction, state: DocumentState): boolean {
  if (action === 'return' && role === 'department') return state === 'submitted';
  return true;
}

export interface Attempt {
  action: WorkflowAction;
  /** null: anonymous. */
  actor: Actor | null;
  scope: SubjectScope;
  status: WorkflowStatus;
  settings: RegionSettings;
  opinion?: string | null;
}

export type Decision =
  | { ok: true; status: WorkflowStatus; from: DocumentState; opinion: string | null }
  | {
      ok: false;
      error: ErrorInfo<'not-found' | 'unauthenticated' | 'forbidden' | 'conflict' | 'validation'>;
    };

/** Whether a role may ever take the action in that relation (the state aside). */
export function roleMay(action: WorkflowAction, role: Role, relation: Relation): boolean {
  return ACTION_RULES[action].who[role]?.includes(relation) ?? false;
}

/** Checks an attempted action and gives the next status, or the reason it is refused. */
export function decide(a: Attempt): Decision {
  const rule = ACTION_RULES[a.action];
  const label = WORKFLOW_ACTION_LABELS[a.action];
  if (a.actor === null) {
    return a.status.publishedVersion === null && a.status.state !== 'published'
      ? { ok: false, error: errorInfo('not-found', '找不到该文档') }
      : { ok: false, error: errorInfo('unauthenticated', `${label}需要登录`) };
  }
  if (
    !maySeeWorking(a.actor, a.scope) &&
    a.status.publishedVersion === null &&
    a.status.state !== 'published'
  )
    return { ok: false, error: errorInfo('not-found', '找不到该文档') };
  const relation = relationOf(a.actor, a.scope);
  if (!roleMay(a.action, a.actor.role, relation))
    return {
      ok: false,
      error: errorInfo('forbidden', `无权${label}该文档`, {
        reason: 'role',
        action: a.action,
        role: a.actor.role,
        relation,
      }),
    };
  const from = rule.from(a.settings);
  if (!from.includes(a.status.state) || !stateAllowedFor(a.actor.role, a.action, a.status.state)) {
    const now = DOCUMENT_STATE_LABELS[a.status.state];
    const why =
      a.action === 'department-review' && !a.settings.departmentReview
        ? '本地区不需要主管部门审核'
        : a.action === 'approve' && a.settings.departmentReview && a.status.state === 'submitted'
          ? '须先经主管部门审核'
          : `文档当前状态为“${now}”，不能${label}`;
    return {
      ok: false,
      error: errorInfo('conflict', why, {
        reason: 'wrong-state',
        action: a.action,
        state: a.status.state,
        allowedFrom: [...from],
      }),
    };
  }
  const opinion = a.opinion?.trim() ? a.opinion.trim() : null;
  if (rule.opinionRequired && opinion === null)
    return {
      ok: false,
      error: errorInfo('validation', `${label}须填写意见`, {
        problems: [{ path: 'opinion', message: '不能为空' }],
      }),
    };
  return { ok: true, status: rule.next(a.status), from: a.status.state, opinion };
}

/** The actions an actor could take now (for inboxes and buttons). */
export function availableActions(
  actor: Actor,
  scope: SubjectScope,
  status: WorkflowStatus,
  settings: RegionSettings,
): WorkflowAction[] {
  return (Object.keys(ACTION_RULES) as WorkflowAction[]).filter(
    (action) => decide({ action, actor, scope, status, settings, opinion: '—' }).ok,
  );
}

/** Editing (tables, facts, projects, indicators, form fields): owners, while the subject is a draft. */
export function mayEdit(actor: Actor | null, scope: SubjectScope, status: WorkflowStatus): ErrorInfo | null {
  if (actor === null) return errorInfo('unauthenticated', '编辑需要登录');
  const relation = relationOf(actor, scope);
  const owner = relation === 'admin' || relation === 'own-department' || relation === 'own-unit';
  if (!owner || actor.role === 'reviewer')
    return errorInfo('forbidden', '无权编辑该文档', { reason: 'role', role: actor.role, relation });
  if (status.state !== 'draft')
    return errorInfo(
      'conflict',
      status.state === 'approved' || status.state === 'published'
        ? '文档已批复，修改须先提出调整申请'
        : `文档当前状态为“${DOCUMENT_STATE_LABELS[status.state]}”，不能编辑`,
      { reason: 'wrong-state', state: status.state },
    );
  return null;
}

/** Reviewer comments (pinned to a cell, project or indicator): the bureau and the 主管部门. */
export function mayComment(actor: Actor | null, scope: SubjectScope): ErrorInfo | null {
  if (actor === null) return errorInfo('unauthenticated', '需要登录');
  const relation = relationOf(actor, scope);
  const ok =
    relation === 'admin' ||
    (actor.role === 'reviewer' && relation === 'region') ||
    (actor.role === 'department' && relation === 'own-department');
  return ok
    ? null
    : errorInfo('forbidden', '无权添加审核意见', { reason: 'role', role: actor.role, relation });
}
