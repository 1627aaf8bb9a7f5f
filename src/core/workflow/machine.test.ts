import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, SubjectScope } from './actors.js';
import { maySee, relationOf } from './actors.js';
import type { WorkflowStatus } from './machine.js';
import { availableActions, decide, INITIAL_STATUS, mayComment, mayEdit } from './machine.js';
import type { DocumentState, RegionSettings, WorkflowAction } from './states.js';
import { DOCUMENT_STATES, WORKFLOW_ACTIONS } from './states.js';

const scope: SubjectScope = { region: '430100', department: '157', unit: '157001' };
const A = {
  admin: { role: 'admin', region: null, department: null, unit: null },
  reviewer: { role: 'reviewer', region: '430100', department: null, unit: null },
  otherReviewer: { role: 'reviewer', region: '430200', department: null, unit: null },
  department: { role: 'department', region: '430100', department: '157', unit: null },
  otherDepartment: { role: 'department', region: '430100', department: '104', unit: null },
  unit: { role: 'unit', region: null, department: '157', unit: null },
  ownUnit: { role: 'unit', region: null, department: '157', unit: '157001' },
  siblingUnit: { role: 'unit', region: null, department: '157', unit: '157002' },
  otherUnit: { role: 'unit', region: null, department: '104', unit: null },
} satisfies Record<string, Actor>;
type Who = keyof typeof A;

const plain: RegionSettings = { departmentReview: false, deadlines: {} };
const withDept: RegionSettings = { departmentReview: true, deadlines: {} };
const at = (state: DocumentState, extra: Partial<WorkflowStatus> = {}): WorkflowStatus => ({
  ...INITIAL_STATUS,
  state,
  ...extra,
});

function run(
  action: WorkflowAction,
  who: Who | null,
  status: WorkflowStatus,
  settings = plain,
  opinion = '意见',
) {
  return decide({ action, actor: who === null ? null : A[who], scope, status, settings, opinion });
}
const code = (r: ReturnType<typeof decide>) => (r.ok ? r.status.state : r.error.code);

describe('relations', () => {
  it.each([
    ['admin', 'admin'],
    ['reviewer', 'region'],
    ['otherReviewer', 'other'],
    ['department', 'own-department'],
    ['otherDepartment', 'other'],
    ['unit', 'own-department'],
    ['ownUnit', 'own-unit'],
    ['siblingUnit', 'other'],
    ['otherUnit', 'other'],
  ] as const)('%s is %s', (who, rel) => expect(relationOf(A[who], scope)).toBe(rel));

  it('a draft is seen by those related to it only; a published document by everyone', () => {
    expect(maySee(null, scope, at('draft'))).toBe(false);
    expect(maySee(A.otherUnit, scope, at('approved'))).toBe(false);
    expect(maySee(A.unit, scope, at('draft'))).toBe(true);
    expect(maySee(null, scope, at('published', { publishedVersion: 1 }))).toBe(true);
    // under adjustment, the published version stays public
    expect(maySee(null, scope, at('draft', { publishedVersion: 1, version: 2 }))).toBe(true);
  });
});

describe('the chain without the 主管部门 step', () => {
  it('unit submits, reviewer returns, unit resubmits, reviewer approves and publishes', () => {
    let s = INITIAL_STATUS;
    const step = (action: WorkflowAction, who: Who) => {
      const r = run(action, who, s);
      if (!r.ok) throw new Error(r.error.message);
      s = r.status;
      return s;
    };
    expect(step('submit', 'unit').state).toBe('submitted');
    expect(step('return', 'reviewer')).toMatchObject({ state: 'draft', returned: true });
    expect(step('submit', 'ownUnit')).toMatchObject({ state: 'submitted', returned: false });
    expect(step('approve', 'reviewer')).toMatchObject({ state: 'approved', approvedVersion: 1 });
    expect(step('publish', 'reviewer')).toMatchObject({ state: 'published', publishedVersion: 1 });
    expect(step('adjust', 'unit')).toMatchObject({
      state: 'draft',
      version: 2,
      adjustment: true,
      publishedVersion: 1,
    });
    expect(step('submit', 'unit').state).toBe('submitted');
    expect(step('approve', 'reviewer')).toMatchObject({
      state: 'approved',
      approvedVersion: 2,
      adjustment: false,
    });
    expect(step('publish', 'admin')).toMatchObject({ state: 'published', publishedVersion: 2 });
  });

  it('the 主管部门 step is refused where the region does not ask for it', () => {
    const r = run('department-review', 'department', at('submitted'));
    expect(r.ok ? null : r.error).toMatchObject({ code: 'conflict', message: '本地区不需要主管部门审核' });
  });
});

describe('the chain with the 主管部门 step', () => {
  it('submitted → department-reviewed → approved; the reviewer cannot approve before', () => {
    expect(code(run('approve', 'reviewer', at('submitted'), withDept))).toBe('conflict');
    expect(code(run('department-review', 'department', at('submitted'), withDept))).toBe(
      'department-reviewed',
    );
    expect(code(run('department-review', 'otherDepartment', at('submitted'), withDept))).toBe('not-found');
    expect(code(run('department-review', 'reviewer', at('submitted'), withDept))).toBe('forbidden');
    expect(code(run('approve', 'reviewer', at('department-reviewed'), withDept))).toBe('approved');
    expect(code(run('return', 'department', at('submitted'), withDept))).toBe('draft');
    expect(code(run('return', 'department', at('department-reviewed'), withDept))).toBe('conflict');
    expect(code(run('return', 'reviewer', at('department-reviewed'), withDept))).toBe('draft');
  });
});

describe('every action × state × actor', () => {
  // Expected outcome when the actor may act and the state is right: the next state.
  const NEXT: Record<WorkflowAction, [DocumentState[], DocumentState]> = {
    submit: [['draft'], 'submitted'],
    'department-review': [[], 'department-reviewed'],
    return: [['submitted', 'department-reviewed'], 'draft'],
    approve: [['submitted', 'department-reviewed'], 'approved'],
    publish: [['approved'], 'published'],
    adjust: [['approved', 'published'], 'draft'],
  };
  const MAY: Record<WorkflowAction, Who[]> = {
    submit: ['admin', 'department', 'unit', 'ownUnit'],
    'department-review': ['admin', 'department'],
    return: ['admin', 'reviewer', 'department'],
    approve: ['admin', 'reviewer'],
    publish: ['admin', 'reviewer'],
    adjust: ['admin', 'department', 'unit', 'ownUnit'],
  };
  const cases = WORKFLOW_ACTIONS.flatMap((action) =>
    DOCUMENT_STATES.flatMap((state) =>
      ([null, ...Object.keys(A)] as (Who | null)[]).map((who) => [action, state, who] as const),
    ),
  );
  it.each(cases)('%s in %s by %s', (action, state, who) => {
    const published = state === 'published';
    const status = at(state, published ? { publishedVersion: 1 } : {});
    const r = run(action, who, status);
    const related = who !== null && relationOf(A[who], scope) !== 'other';
    let expected: string;
    if (who === null) expected = published ? 'unauthenticated' : 'not-found';
    else if (!related && !published) expected = 'not-found';
    else if (!MAY[action].includes(who)) expected = 'forbidden';
    else if (
      !NEXT[action][0].includes(state) ||
      (action === 'return' && who === 'department' && state !== 'submitted')
    )
      expected = 'conflict';
    else expected = NEXT[action][1];
    expect(code(r)).toBe(expected);
  });
});

describe('opinions', () => {
  it('a return needs an opinion; an approval keeps the one given', () => {
    const r = run('return', 'reviewer', at('submitted'), plain, '  ');
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'validation',
      details: { problems: [{ path: 'opinion' }] },
    });
    const ok = run('approve', 'reviewer', at('submitted'), plain, ' 同意申报 ');
    expect(ok.ok && ok.opinion).toBe('同意申报');
  });
});

describe('editing and comments', () => {
  it('owners edit drafts only; approved documents need an adjustment', () => {
    expect(mayEdit(A.unit, scope, at('draft'))).toBeNull();
    expect(mayEdit(A.reviewer, scope, at('draft'))?.code).toBe('forbidden');
    expect(mayEdit(A.otherUnit, scope, at('draft'))?.code).toBe('forbidden');
    expect(mayEdit(null, scope, at('draft'))?.code).toBe('unauthenticated');
    expect(mayEdit(A.unit, scope, at('submitted'))?.code).toBe('conflict');
    expect(mayEdit(A.unit, scope, at('approved'))?.message).toContain('调整申请');
  });
  it('reviewers and the 主管部门 comment; units do not', () => {
    expect(mayComment(A.reviewer, scope)).toBeNull();
    expect(mayComment(A.department, scope)).toBeNull();
    expect(mayComment(A.unit, scope)?.code).toBe('forbidden');
    expect(mayComment(A.otherReviewer, scope)?.code).toBe('forbidden');
  });
  it('available actions follow the state', () => {
    expect(availableActions(A.unit, scope, at('draft'), plain)).toEqual(['submit']);
    expect(availableActions(A.reviewer, scope, at('submitted'), plain)).toEqual(['return', 'approve']);
  });
});

describe('properties', () => {
  const whoArb = fc.constantFrom(...(Object.keys(A) as Who[]));
  it('any sequence of attempts keeps the invariants', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.constantFrom(...WORKFLOW_ACTIONS), whoArb), { maxLength: 40 }),
        (dept, attempts) => {
          const settings = dept ? withDept : plain;
          let s = INITIAL_STATUS;
          for (const [action, who] of attempts) {
            const r = run(action, who, s, settings);
            if (!r.ok) continue;
            expect(r.from).toBe(s.state);
            const prev = s;
            s = r.status;
            // versions only grow, by one on an adjustment
            expect(s.version).toBe(prev.version + (action === 'adjust' ? 1 : 0));
            if (s.approvedVersion !== null) expect(s.approvedVersion).toBeLessThanOrEqual(s.version);
            if (s.publishedVersion !== null)
              expect(s.publishedVersion).toBeLessThanOrEqual(s.approvedVersion ?? 0);
            if (s.state === 'published') expect(s.publishedVersion).toBe(s.version);
            if (s.state === 'approved') expect(s.approvedVersion).toBe(s.version);
            // nobody outside approves or publishes
            if (action === 'approve' || action === 'publish') expect(['admin', 'reviewer']).toContain(who);
            if (action === 'approve' && dept) expect(prev.state).toBe('department-reviewed');
          }
        },
      ),
    );
  });
});
