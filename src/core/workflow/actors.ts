// Who acts, on what, and how the two relate. An actor is a signed-in user (anonymous readers are
// `null`); a subject's scope is the region, department (3-digit code) and unit (6-digit code) a
// document belongs to. The relation decides everything else: an admin is everywhere, a reviewer
// (finance bureau) owns its region, a 主管部门 its department in its region, a unit its department —
// or only its own unit when its account names one. The store's `visibleTo(actor)` filter says the same
// in SQL; `maySee` is the reference the permission tests compare it with.

import type { DocumentState, Role } from './states.js';

export interface Actor {
  role: Role;
  /** Region code (行政区划), for reviewers and 主管部门; may be null for units. */
  region: string | null;
  /** Department code (3 digits), for 主管部门 and units. */
  department: string | null;
  /** Unit code (6 digits), when a unit account is limited to one unit. */
  unit: string | null;
}

export interface SubjectScope {
  region: string | null;
  department: string | null;
  unit: string | null;
}

export const RELATIONS = ['admin', 'region', 'own-department', 'own-unit', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

const same = (a: string | null, b: string | null) => a !== null && a === b;
/** A scope field the actor's account does not restrict matches anything. */
const within = (limit: string | null, value: string | null) => limit === null || limit === value;

/** How an actor relates to a subject. */
export function relationOf(actor: Actor, scope: SubjectScope): Relation {
  switch (actor.role) {
    case 'admin':
      return 'admin';
    case 'reviewer':
      return same(actor.region, scope.region) ? 'region' : 'other';
    case 'department':
      return same(actor.department, scope.department) && within(actor.region, scope.region)
        ? 'own-department'
        : 'other';
    case 'unit':
      if (!same(actor.department, scope.department) || !within(actor.region, scope.region)) return 'other';
      if (actor.unit === null) return 'own-department';
      return actor.unit === scope.unit ? 'own-unit' : 'other';
  }
}

/** Whether an actor (null: anonymous) may see a subject: its own, or anything published. */
export function maySee(
  actor: Actor | null,
  scope: SubjectScope,
  status: { state: DocumentState; publishedVersion: number | null },
): boolean {
  if (status.state === 'published' || status.publishedVersion !== null) return true;
  return actor !== null && relationOf(actor, scope) !== 'other';
}

/**
 * Whether an actor may see the working (unpublished) state of a subject, not only its published
 * version: everyone who relates to it.
 */
export function maySeeWorking(actor: Actor | null, scope: SubjectScope): boolean {
  return actor !== null && relationOf(actor, scope) !== 'other';
}

/**
 * The unit whose part of a department-level subject (one of several units', with no unit of its own)
 * a unit account limited to that unit works on: its own unit's projects and whole-unit target in the
 * self-evaluation and in monitoring — units score themselves; the 主管部门 submits the department's
 * whole. Null when the actor relates to the whole subject, or not at all.
 */
export function unitPartOf(actor: Actor | null, scope: SubjectScope): string | null {
  if (!actor || actor.role !== 'unit' || actor.unit === null || scope.unit !== null) return null;
  return same(actor.department, scope.department) && within(actor.region, scope.region) ? actor.unit : null;
}
