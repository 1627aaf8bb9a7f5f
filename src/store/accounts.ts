// Users, sessions and API tokens. Secrets are never stored: passwords as argon2id hashes (made in
// app/), session and API tokens as their sha256 (they are long random values, so a fast hash is safe).
import type { Kysely, Transaction } from 'kysely';
import { YusuanError } from '../core/errors.js';
import type { AuditAction } from '../core/workflow/states.js';
import { appendAudit } from './audit.js';
import type { Database, Role } from './schema.js';
import type { Actor } from './visibility.js';

/**
 * Who changes an account, when and from where: every change of an account (created, its role, scope
 * or state changed, its password set, an API token made for it) is appended to the audit trail in the
 * transaction of the change. Secrets never are: no password, hash or token in the entry.
 */
export interface AccountChangeBy {
  actor: string | null;
  /** ISO time. */
  at: string;
  address: string | null;
}

const scopeOf = (u: { region: string | null; department: string | null; unit: string | null }) => ({
  region: u.region,
  department: u.department,
  unit: u.unit,
});

async function auditAccount(
  tx: Transaction<Database>,
  by: AccountChangeBy,
  action: AuditAction,
  change: Record<string, unknown>,
): Promise<void> {
  await appendAudit(tx, {
    documentId: null,
    action,
    actor: by.actor,
    at: by.at,
    fromState: null,
    toState: null,
    version: null,
    change,
    opinion: null,
    address: by.address,
  });
}

export interface NewUser {
  name: string;
  role: Role;
  region: string | null;
  department: string | null;
  unit: string | null;
  passwordHash: string;
}

type UserRow = {
  id: number;
  name: string;
  role: Role;
  region_code: string | null;
  department_code: string | null;
  unit_code: string | null;
};

export const actorOf = (u: UserRow): Actor & { kind: 'user' } => ({
  kind: 'user',
  id: u.id,
  name: u.name,
  role: u.role,
  region: u.region_code,
  department: u.department_code,
  unit: u.unit_code,
});

const USER_COLUMNS = [
  'users.id',
  'users.name',
  'users.role',
  'users.region_code',
  'users.department_code',
  'users.unit_code',
] as const;

export async function createUser(
  db: Kysely<Database>,
  u: NewUser,
  by: AccountChangeBy,
): Promise<Actor & { kind: 'user' }> {
  return db.transaction().execute(async (tx) => {
    const exists = await tx.selectFrom('users').select('id').where('name', '=', u.name).executeTakeFirst();
    if (exists) throw new YusuanError('conflict', `用户 ${u.name} 已存在`, { field: 'name' });
    const row = await tx
      .insertInto('users')
      .values({
        name: u.name,
        role: u.role,
        region_code: u.region,
        department_code: u.department,
        unit_code: u.unit,
        password_hash: u.passwordHash,
      })
      .returning(USER_COLUMNS)
      .executeTakeFirstOrThrow();
    const actor = actorOf(row);
    const user = { id: actor.id, name: actor.name, role: actor.role, ...scopeOf(actor) };
    await auditAccount(tx, by, 'user-create', { user });
    return actor;
  });
}

/** The account as an actor now, or null when it is gone or disabled (a queued job's account). */
export async function activeUser(
  db: Kysely<Database>,
  id: number,
): Promise<(Actor & { kind: 'user' }) | null> {
  const r = await db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('id', '=', id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return r ? actorOf(r) : null;
}

/** The user and password hash by name (for login), or null. */
export async function userForLogin(
  db: Kysely<Database>,
  name: string,
): Promise<{ actor: Actor & { kind: 'user' }; passwordHash: string; disabled: boolean } | null> {
  const r = await db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'users.password_hash', 'users.disabled_at'])
    .where('name', '=', name)
    .executeTakeFirst();
  return r ? { actor: actorOf(r), passwordHash: r.password_hash, disabled: r.disabled_at !== null } : null;
}

export async function userByName(
  db: Kysely<Database>,
  name: string,
): Promise<(Actor & { kind: 'user' }) | null> {
  const r = await db.selectFrom('users').select(USER_COLUMNS).where('name', '=', name).executeTakeFirst();
  return r ? actorOf(r) : null;
}

/** A user as the admin pages list them: the scope, whether disabled, and when created. */
export type UserRecord = Omit<Actor & { kind: 'user' }, 'kind'> & { disabled: boolean; createdAt: string };

const RECORD_COLUMNS = [...USER_COLUMNS, 'users.disabled_at', 'users.created_at'] as const;

const recordOf = (r: UserRow & { disabled_at: Date | null; created_at: Date }): UserRecord => ({
  id: r.id,
  name: r.name,
  role: r.role,
  region: r.region_code,
  department: r.department_code,
  unit: r.unit_code,
  disabled: r.disabled_at !== null,
  createdAt: new Date(r.created_at).toISOString(),
});

export async function listUsers(db: Kysely<Database>): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').select(RECORD_COLUMNS).orderBy('id').execute();
  return rows.map(recordOf);
}

export async function userRecord(db: Kysely<Database>, id: number): Promise<UserRecord | null> {
  const r = await db.selectFrom('users').select(RECORD_COLUMNS).where('id', '=', id).executeTakeFirst();
  return r ? recordOf(r) : null;
}

/** Active admins other than `id` (an admin may not disable or demote the last one). */
export async function otherActiveAdmins(db: Kysely<Database>, id: number): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .where('id', '!=', id)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Changes a user's role and scope and/or disables or enables the account. Disabling, and any change
 * of role or scope, ends the user's sessions (they sign in again under the new rights); disabling
 * also stops their API tokens (tokenUser skips disabled accounts).
 */
export async function updateUser(
  db: Kysely<Database>,
  id: number,
  patch: {
    scope?: { role: Role; region: string | null; department: string | null; unit: string | null };
    disabled?: boolean;
  },
  now: Date,
  by: AccountChangeBy,
): Promise<UserRecord | null> {
  return db.transaction().execute(async (tx) => {
    const read = async () => {
      const r = await tx.selectFrom('users').select(RECORD_COLUMNS).where('id', '=', id).executeTakeFirst();
      return r ? recordOf(r) : null;
    };
    const before = await read();
    if (!before) return null;
    const set: {
      role?: Role;
      region_code?: string | null;
      department_code?: string | null;
      unit_code?: string | null;
      disabled_at?: Date | null;
    } = {};
    if (patch.scope) {
      set.role = patch.scope.role;
      set.region_code = patch.scope.region;
      set.department_code = patch.scope.department;
      set.unit_code = patch.scope.unit;
    }
    if (patch.disabled !== undefined) set.disabled_at = patch.disabled ? now : null;
    if (Object.keys(set).length) {
      const r = await tx.updateTable('users').set(set).where('id', '=', id).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return null;
      if (patch.scope || patch.disabled) await tx.deleteFrom('sessions').where('user_id', '=', id).execute();
    }
    const after = await read();
    if (!after) return null;
    const was = { role: before.role, ...scopeOf(before), disabled: before.disabled };
    const is = { role: after.role, ...scopeOf(after), disabled: after.disabled };
    if (JSON.stringify(was) !== JSON.stringify(is))
      await auditAccount(tx, by, 'user-change', { user: { id, name: after.name }, before: was, after: is });
    return after;
  });
}

/** Sets a new password hash and ends the user's sessions; false when there is no such user. */
export async function setPasswordHash(
  db: Kysely<Database>,
  id: number,
  passwordHash: string,
  by: AccountChangeBy,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const r = await tx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', id)
      .returning('name')
      .executeTakeFirst();
    if (!r) return false;
    await tx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await auditAccount(tx, by, 'user-password', { user: { id, name: r.name } });
    return true;
  });
}

export async function createSession(
  db: Kysely<Database>,
  s: { tokenHash: string; userId: number; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: s.tokenHash, user_id: s.userId, csrf_token: s.csrfToken, expires_at: s.expiresAt })
    .execute();
}

export async function sessionUser(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<{ actor: Actor & { kind: 'user' }; csrfToken: string } | null> {
  const r = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([...USER_COLUMNS, 'sessions.csrf_token'])
    .where('sessions.id', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return r ? { actor: actorOf(r), csrfToken: r.csrf_token } : null;
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', tokenHash).execute();
}

export async function createApiToken(
  db: Kysely<Database>,
  t: { userId: number; userName: string; name: string; tokenHash: string },
  by: AccountChangeBy,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('api_tokens')
      .values({ user_id: t.userId, name: t.name, token_hash: t.tokenHash })
      .execute();
    await auditAccount(tx, by, 'token-create', { user: { id: t.userId, name: t.userName }, label: t.name });
  });
}

export async function tokenUser(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<(Actor & { kind: 'user' }) | null> {
  const r = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(USER_COLUMNS)
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return r ? actorOf(r) : null;
}
