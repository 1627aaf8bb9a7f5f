// The ONE permission table: for every action a route performs, what each role (and the anonymous
// reader) may do. 'all': any object; 'own': objects within the actor's scope (region, department,
// unit), checked by `authorizeScope` once the object's scope is known; 'visible': reads, filtered by
// the store's visibleTo (published for everyone, more by role); 'none': refused (401 when anonymous,
// 403 otherwise). Every route names its action in `config.action`; a test fails on a route without one.
import type { Actor, DocumentScope } from '../app/index.js';
import { ownsScope, YusuanError } from '../app/index.js';

export type Level = 'all' | 'own' | 'visible' | 'none';
export type Subject = 'anonymous' | 'admin' | 'reviewer' | 'department' | 'unit';

const PUBLIC = { anonymous: 'all', admin: 'all', reviewer: 'all', department: 'all', unit: 'all' } as const;
const READ = {
  anonymous: 'visible',
  admin: 'visible',
  reviewer: 'visible',
  department: 'visible',
  unit: 'visible',
} as const;
const SIGNED_IN = {
  anonymous: 'none',
  admin: 'all',
  reviewer: 'all',
  department: 'all',
  unit: 'all',
} as const;
const ADMIN = {
  anonymous: 'none',
  admin: 'all',
  reviewer: 'none',
  department: 'none',
  unit: 'none',
} as const;

/** The document's owners: its unit and 主管部门. */
const OWNERS = { anonymous: 'none', admin: 'all', reviewer: 'none', department: 'own', unit: 'own' } as const;
/** The finance bureau of the region. */
const BUREAU = {
  anonymous: 'none',
  admin: 'all',
  reviewer: 'own',
  department: 'none',
  unit: 'none',
} as const;
const DEPARTMENT = {
  anonymous: 'none',
  admin: 'all',
  reviewer: 'none',
  department: 'own',
  unit: 'none',
} as const;
const RETURNERS = {
  anonymous: 'none',
  admin: 'all',
  reviewer: 'own',
  department: 'own',
  unit: 'none',
} as const;
/** Everybody the document concerns: owners and the bureau. */
const INVOLVED = {
  anonymous: 'none',
  admin: 'all',
  reviewer: 'own',
  department: 'own',
  unit: 'own',
} as const;

export const PERMISSIONS = {
  'health.read': PUBLIC,
  'api-docs.read': PUBLIC,
  'auth.login': PUBLIC,
  'auth.logout': PUBLIC,
  'auth.me': PUBLIC,
  'document.read': READ,
  'document.create': { anonymous: 'none', admin: 'all', reviewer: 'own', department: 'own', unit: 'own' },
  'region.read': READ,
  'region.write': ADMIN,
  'department.read': READ,
  'aggregate.read': READ,
  'search.read': READ,
  'export.read': READ,
  'token.create': SIGNED_IN,
  'user.read': ADMIN,
  'user.create': ADMIN,
  'user.update': ADMIN,
  'user.password': ADMIN,
  // The workflow (routes/workflow.ts): the role gate here; state and ownership are decided by core/workflow.
  'workflow.submit': OWNERS,
  'workflow.department-review': DEPARTMENT,
  'workflow.return': RETURNERS,
  'workflow.approve': BUREAU,
  'workflow.publish': BUREAU,
  'workflow.adjust': OWNERS,
  'workflow.edit': OWNERS,
  'workflow.comment': RETURNERS,
  'workflow.read': INVOLVED,
  'workflow.history': INVOLVED,
  'workflow.inbox': { anonymous: 'none', admin: 'all', reviewer: 'all', department: 'all', unit: 'all' },
  // Jobs (routes/jobs.ts): an import job's scope is checked by the worker once the document is read
  // ('own'); a render needs a document the actor may see; a job is read by the one who asked.
  'job.import': { anonymous: 'none', admin: 'all', reviewer: 'own', department: 'own', unit: 'own' },
  'job.render': {
    anonymous: 'none',
    admin: 'visible',
    reviewer: 'visible',
    department: 'visible',
    unit: 'visible',
  },
  'job.read': { anonymous: 'none', admin: 'all', reviewer: 'own', department: 'own', unit: 'own' },
  // The self-evaluation (routes/evaluation.ts) runs the workflow's chain with the same role gate;
  // scope and state are the use cases'. The bureau adjusts scores; owners enter figures and monitoring.
  'evaluation.list': READ,
  'evaluation.read': READ,
  'evaluation.enter': OWNERS,
  'evaluation.submit': OWNERS,
  'evaluation.department-review': DEPARTMENT,
  'evaluation.return': RETURNERS,
  'evaluation.approve': BUREAU,
  'evaluation.publish': BUREAU,
  'evaluation.score': BUREAU,
  'monitoring.read': INVOLVED,
  'monitoring.write': OWNERS,
  'audit.read': { anonymous: 'none', admin: 'all', reviewer: 'own', department: 'none', unit: 'none' },
} as const satisfies Record<string, Record<Subject, Level>>;

export type Action = keyof typeof PERMISSIONS;
export const isAction = (x: unknown): x is Action => typeof x === 'string' && Object.hasOwn(PERMISSIONS, x);

export const subjectOf = (actor: Actor): Subject => (actor.kind === 'anonymous' ? 'anonymous' : actor.role);

export function levelFor(actor: Actor, action: Action): Level {
  return PERMISSIONS[action][subjectOf(actor)];
}

/** Refuses an action the actor's role may not perform at all (before the route runs). */
export function authorize(actor: Actor, action: Action): Level {
  const level = levelFor(actor, action);
  if (level === 'none') {
    if (actor.kind === 'anonymous') throw new YusuanError('unauthenticated', '需要登录（会话或 API 令牌）');
    throw new YusuanError('forbidden', `角色 ${actor.role} 无权执行 ${action}`);
  }
  return level;
}

/** Whether a scope lies within the actor's own (region, department, unit), for 'own' actions: the
 * relation the store's visibility and the workflow use (app's ownsScope), so nobody creates what they
 * could not see afterwards. */
export function withinScope(actor: Actor, scope: DocumentScope): boolean {
  return ownsScope(actor, scope);
}

/** For an 'own' action: refuses an object outside the actor's scope; 'all' passes. */
export function authorizeScope(actor: Actor, action: Action, scope: DocumentScope): void {
  const level = authorize(actor, action);
  if (level === 'own' && !withinScope(actor, scope)) {
    const what = [
      scope.region && `行政区划 ${scope.region}`,
      scope.departmentCode && `部门 ${scope.departmentCode}`,
      scope.unitCode && `单位 ${scope.unitCode}`,
    ]
      .filter(Boolean)
      .join('、');
    const departmentLevel =
      actor.kind === 'user' && actor.role === 'unit' && actor.unit !== null && scope.unitCode === null;
    throw new YusuanError(
      'forbidden',
      `该文档（${what || '范围不明'}）不在您的权限范围内` +
        (departmentLevel
          ? `：部门级文档由主管部门或部门级账号办理，单位账号只办理本单位 ${actor.unit} 的文档`
          : ''),
      { ...scope },
    );
  }
}
