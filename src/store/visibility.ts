// Who may see which document: the ONE filter every read, list, search, aggregate and export uses
// (a lookup by id included: a document the actor may not see is not found).
// admin: all; reviewer: its region; department: its region and department; unit: its department (and
// unit when set); everyone, anonymous included: published documents.
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { Role } from './schema.js';

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      id: number;
      name: string;
      role: Role;
      region: string | null;
      department: string | null;
      unit: string | null;
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/**
 * The documents `actor` may see, as a condition on the `documents` table (or on `alias` when the
 * query names it otherwise): `.where(visibleTo(actor))`.
 */
export function visibleTo(actor: Actor, alias = 'documents'): RawBuilder<boolean> {
  const published = sql<boolean>`${sql.ref(`${alias}.state`)} = 'published'`;
  const own = ownedBy(actor, alias);
  return own ? sql<boolean>`(${published} or ${own})` : published;
}

/**
 * The actor's own documents, whatever their state (a work area's "my documents"), as a condition;
 * null when the actor owns none (anonymous, or an account without the scope its role needs).
 */
export function ownedBy(actor: Actor, alias = 'documents'): RawBuilder<boolean> | null {
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  if (actor.kind === 'anonymous') return null;
  const own: RawBuilder<boolean>[] = [];
  switch (actor.role) {
    case 'admin':
      return sql<boolean>`true`;
    case 'reviewer':
      if (actor.region) own.push(sql<boolean>`${col('region_code')} = ${actor.region}`);
      break;
    case 'department':
    case 'unit':
      if (!actor.department) break;
      own.push(sql<boolean>`${col('department_code')} = ${actor.department}`);
      if (actor.region) own.push(sql<boolean>`${col('region_code')} = ${actor.region}`);
      if (actor.role === 'unit' && actor.unit) own.push(sql<boolean>`${col('unit_code')} = ${actor.unit}`);
      break;
  }
  return own.length ? sql<boolean>`(${sql.join(own, sql` and `)})` : null;
}
