// Accounts: users with roles and scopes, passwords hashed with argon2id, login sessions with a CSRF
// token, API tokens for scripts. Tokens are random (256 bits) and stored as their sha256 only.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Algorithm } from '@node-rs/argon2';

/** Algorithm.Argon2id (a const enum, which this build cannot read at run time). */
const ARGON2ID = 2 as Algorithm.Argon2id;
import { YusuanError } from '../core/errors.js';
import type { Actor, Role, Store } from '../store/index.js';
import {
  createApiToken as insertApiToken,
  createSession,
  createUser,
  deleteSession,
  isRole,
  REGION_CODE,
  sessionUser,
  tokenUser,
  userByName,
  userForLogin,
} from '../store/index.js';

export type UserActor = Actor & { kind: 'user' };

export const SESSION_DAYS = 7;
const MIN_PASSWORD = 8;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const newSecret = (prefix: string) => prefix + randomBytes(32).toString('base64url');

export interface NewUserInput {
  name: string;
  role: string;
  region?: string | undefined;
  department?: string | undefined;
  unit?: string | undefined;
  password: string;
}

/** Checks a new user's role and scope: reviewers need a region, department users a department, units a department or unit. */
export function checkUserInput(u: NewUserInput): {
  role: Role;
  region: string | null;
  department: string | null;
  unit: string | null;
} {
  if (!/^[\p{L}\p{N}_.@-]{1,64}$/u.test(u.name))
    throw new YusuanError('validation', `用户名只能含字母、数字和 _ . @ -，最长 64 个字符：${u.name}`, {
      field: 'name',
    });
  if (!isRole(u.role))
    throw new YusuanError('validation', `角色应为 admin、reviewer、department 或 unit：${u.role}`, {
      field: 'role',
    });
  if (u.password.length < MIN_PASSWORD)
    throw new YusuanError('validation', `密码至少 ${MIN_PASSWORD} 个字符`, { field: 'password' });
  if (u.region !== undefined && !REGION_CODE.test(u.region))
    throw new YusuanError('validation', `行政区划代码应为 6 位数字：${u.region}`, { field: 'region' });
  if (u.department !== undefined && !/^\d{3}$/.test(u.department))
    throw new YusuanError('validation', `部门代码应为 3 位数字（单位代码的前三位）：${u.department}`, {
      field: 'department',
    });
  let department = u.department ?? null;
  if (u.unit !== undefined) {
    if (!/^\d{6}$/.test(u.unit))
      throw new YusuanError('validation', `单位代码应为 6 位数字：${u.unit}`, { field: 'unit' });
    if (department !== null && !u.unit.startsWith(department))
      throw new YusuanError('validation', `单位代码 ${u.unit} 不属于部门 ${department}`, { field: 'unit' });
    department ??= u.unit.slice(0, 3);
  }
  if (u.role === 'reviewer' && u.region === undefined)
    throw new YusuanError('validation', '财政审核人员（reviewer）需要 --region', { field: 'region' });
  if ((u.role === 'department' || u.role === 'unit') && department === null)
    throw new YusuanError(
      'validation',
      `${u.role === 'unit' ? '单位' : '部门'}用户需要 --department 或 --unit`,
      {
        field: 'department',
      },
    );
  return { role: u.role, region: u.region ?? null, department, unit: u.unit ?? null };
}

export async function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function addUser(store: Store, input: NewUserInput): Promise<UserActor> {
  const scope = checkUserInput(input);
  return createUser(store.db, {
    name: input.name,
    ...scope,
    passwordHash: await hashPassword(input.password),
  });
}

/** A new API token for the user (printed once; only its hash is kept). */
export async function createToken(store: Store, userName: string, label = 'cli'): Promise<string> {
  const user = await userByName(store.db, userName);
  if (!user) throw new YusuanError('not-found', `用户 ${userName} 不存在`, { field: 'name' });
  const token = newSecret('ys_');
  await insertApiToken(store.db, { userId: user.id, name: label, tokenHash: tokenHash(token) });
  return token;
}

export async function actorForToken(store: Store, token: string): Promise<UserActor | null> {
  return tokenUser(store.db, tokenHash(token));
}

/** Checks a password; a wrong name and a wrong password are the same `unauthenticated`. */
export async function login(
  store: Store,
  name: string,
  password: string,
  now: Date,
): Promise<{ user: UserActor; sessionToken: string; csrfToken: string; expiresAt: Date }> {
  const found = await userForLogin(store.db, name);
  const ok = found ? await verify(found.passwordHash, password).catch(() => false) : false;
  if (!found || !ok) throw new YusuanError('unauthenticated', '用户名或密码错误');
  const sessionToken = newSecret('');
  const csrfToken = newSecret('');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await createSession(store.db, {
    tokenHash: tokenHash(sessionToken),
    userId: found.actor.id,
    csrfToken,
    expiresAt,
  });
  return { user: found.actor, sessionToken, csrfToken, expiresAt };
}

export async function sessionFor(
  store: Store,
  sessionToken: string,
  now: Date,
): Promise<{ user: UserActor; csrfToken: string } | null> {
  const s = await sessionUser(store.db, tokenHash(sessionToken), now);
  return s ? { user: s.actor, csrfToken: s.csrfToken } : null;
}

export async function logout(store: Store, sessionToken: string): Promise<void> {
  await deleteSession(store.db, tokenHash(sessionToken));
}
