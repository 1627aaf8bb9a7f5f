// Users, sessions and API tokens. Secrets are never stored: passwords as argon2id hashes (made in
// app/), session and API tokens as their sha256 (they are long random values, so a fast hash is safe).
import type { Kysely } from 'kysely';
import { YusuanError } from '../core/errors.js';
import type { Database, Role } from './schema.js';
import type { Actor } from './visibility.js';

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

export async function createUser(db: Kysely<Database>, u: NewUser): Promise<Actor & { kind: 'user' }> {
  const exists = await db.selectFrom('users').select('id').where('name', '=', u.name).executeTakeFirst();
  if (exists) throw new YusuanError('conflict', `用户 ${u.name} 已存在`, { field: 'name' });
  const row = await db
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
  return actorOf(row);
}

/** The user and password hash by name (for login), or null. */
export async function userForLogin(
  db: Kysely<Database>,
  name: string,
): Promise<{ actor: Actor & { kind: 'user' }; passwordHash: string } | null> {
  const r = await db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'users.password_hash'])
    .where('name', '=', name)
    .executeTakeFirst();
  return r ? { actor: actorOf(r), passwordHash: r.password_hash } : null;
}

export async function userByName(
  db: Kysely<Database>,
  name: string,
): Promise<(Actor & { kind: 'user' }) | null> {
  const r = await db.selectFrom('users').select(USER_COLUMNS).where('name', '=', name).executeTakeFirst();
  return r ? actorOf(r) : null;
}

export async function listUsers(db: Kysely<Database>): Promise<(Actor & { kind: 'user' })[]> {
  const rows = await db.selectFrom('users').select(USER_COLUMNS).orderBy('id').execute();
  return rows.map(actorOf);
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
    .executeTakeFirst();
  return r ? { actor: actorOf(r), csrfToken: r.csrf_token } : null;
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', tokenHash).execute();
}

export async function createApiToken(
  db: Kysely<Database>,
  t: { userId: number; name: string; tokenHash: string },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({ user_id: t.userId, name: t.name, token_hash: t.tokenHash })
    .execute();
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
    .executeTakeFirst();
  return r ? actorOf(r) : null;
}
