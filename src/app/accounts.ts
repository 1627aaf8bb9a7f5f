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
  listUsers,
  otherActiveAdmins,
  REGION_CODE,
  sessionUser,
  setPasswordHash,
  tokenUser,
  updateUser,
  userByName,
  userForLogin,
  userRecord,
} from '../store/index.js';
import type { AccountChangeBy, UserRecord } from '../store/index.js';
import { SYSTEM_ACTOR } from './store-import.js';

export type UserActor = Actor & { kind: 'user' };

/**
 * Who changes an account, when and from where, for the audit trail's entry of the change; the command
 * line and the demo are the `system` actor.
 */
export interface AccountContext {
  by: Actor;
  now: Date;
  address?: string | null;
}

const bySystem = (): AccountContext => ({ by: SYSTEM_ACTOR, now: new Date(), address: null });
const changeBy = (c: AccountContext): AccountChangeBy => ({
  actor: c.by.kind === 'user' ? c.by.name : null,
  at: c.now.toISOString(),
  address: c.address ?? null,
});

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

/** A user's role and scope as the admin changes them (region, department, unit codes or none). */
export interface UserScopeInput {
  role: string;
  region?: string | null | undefined;
  department?: string | null | undefined;
  unit?: string | null | undefined;
}

/** Checks a role and scope: reviewers need a region, department users a department, units a department or unit. */
export function checkUserScope(u: UserScopeInput): {
  role: Role;
  region: string | null;
  department: string | null;
  unit: string | null;
} {
  if (!isRole(u.role))
    throw new YusuanError('validation', `角色应为 admin、reviewer、department 或 unit：${u.role}`, {
      field: 'role',
    });
  const region = u.region ?? null;
  if (region !== null && !REGION_CODE.test(region))
    throw new YusuanError('validation', `行政区划代码应为 6 位数字：${region}`, { field: 'region' });
  if (u.department != null && !/^\d{3}$/.test(u.department))
    throw new YusuanError('validation', `部门代码应为 3 位数字（单位代码的前三位）：${u.department}`, {
      field: 'department',
    });
  let department = u.department ?? null;
  const unit = u.unit ?? null;
  if (unit !== null) {
    if (!/^\d{6}$/.test(unit))
      throw new YusuanError('validation', `单位代码应为 6 位数字：${unit}`, { field: 'unit' });
    if (department !== null && !unit.startsWith(department))
      throw new YusuanError('validation', `单位代码 ${unit} 不属于部门 ${department}`, { field: 'unit' });
    department ??= unit.slice(0, 3);
  }
  if (u.role === 'reviewer' && region === null)
    throw new YusuanError('validation', '财政审核人员（reviewer）需要地区代码（--region）', {
      field: 'region',
    });
  if ((u.role === 'department' || u.role === 'unit') && department === null)
    throw new YusuanError(
      'validation',
      `${u.role === 'unit' ? '单位' : '部门'}用户需要部门代码或单位代码（--department 或 --unit）`,
      { field: 'department' },
    );
  return { role: u.role, region, department, unit };
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD)
    throw new YusuanError('validation', `密码至少 ${MIN_PASSWORD} 个字符`, { field: 'password' });
}

/** Checks a new user's name, password, role and scope. */
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
  const scope = checkUserScope(u);
  checkPassword(u.password);
  return scope;
}

export async function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function addUser(
  store: Store,
  input: NewUserInput,
  ctx: AccountContext = bySystem(),
): Promise<UserActor> {
  const scope = checkUserInput(input);
  return createUser(
    store.db,
    { name: input.name, ...scope, passwordHash: await hashPassword(input.password) },
    changeBy(ctx),
  );
}

/** Every account, for the admin's users page. */
export async function users(store: Store): Promise<UserRecord[]> {
  return listUsers(store.db);
}

/** Creates an account (the admin's users page, `yusuan user add`) and answers it as listed. */
export async function createUserAccount(
  store: Store,
  input: NewUserInput,
  ctx: AccountContext,
): Promise<UserRecord> {
  const u = await addUser(store, input, ctx);
  const r = await userRecord(store.db, u.id);
  if (!r) throw new YusuanError('internal', `用户 ${input.name} 创建后未找到`);
  return r;
}

/**
 * An admin changes a user's role and scope (fields left out keep their value; null clears one) and/or
 * disables or enables the account. Nobody disables or demotes their own account, and the last active
 * admin stays one: the system always keeps someone who can manage it.
 */
export async function changeUser(
  store: Store,
  by: Actor,
  id: number,
  patch: Partial<UserScopeInput> & { disabled?: boolean | undefined },
  now: Date,
  address: string | null = null,
): Promise<UserRecord> {
  const current = await userRecord(store.db, id);
  if (!current) throw new YusuanError('not-found', `用户 ${id} 不存在`, { id });
  const scopeChanged = ['role', 'region', 'department', 'unit'].some((k) => Object.hasOwn(patch, k));
  const pick = <K extends 'region' | 'department' | 'unit'>(k: K) =>
    Object.hasOwn(patch, k) ? (patch[k] ?? null) : current[k];
  const scope = scopeChanged
    ? checkUserScope({
        role: patch.role ?? current.role,
        region: pick('region'),
        // A new unit without a department takes the unit's department.
        department:
          Object.hasOwn(patch, 'unit') && !Object.hasOwn(patch, 'department') && patch.unit
            ? null
            : pick('department'),
        unit: pick('unit'),
      })
    : undefined;
  const losesAdmin =
    current.role === 'admin' && ((scope && scope.role !== 'admin') || patch.disabled === true);
  if (losesAdmin && by.kind === 'user' && by.id === id)
    throw new YusuanError('validation', '不能停用自己的账号或取消自己的管理员角色', {
      field: patch.disabled === true ? 'disabled' : 'role',
    });
  if (losesAdmin && !current.disabled && (await otherActiveAdmins(store.db, id)) === 0)
    throw new YusuanError('conflict', '这是最后一个可用的管理员账号，不能停用或降级', { id });
  const r = await updateUser(
    store.db,
    id,
    { ...(scope ? { scope } : {}), ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}) },
    now,
    changeBy({ by, now, address }),
  );
  if (!r) throw new YusuanError('not-found', `用户 ${id} 不存在`, { id });
  return r;
}

/** An admin sets a new password for a user (argon2id, as at creation); the user's sessions end. */
export async function resetPassword(
  store: Store,
  id: number,
  password: string,
  ctx: AccountContext = bySystem(),
): Promise<void> {
  checkPassword(password);
  if (!(await setPasswordHash(store.db, id, await hashPassword(password), changeBy(ctx))))
    throw new YusuanError('not-found', `用户 ${id} 不存在`, { id });
}

/** A new API token for the user (printed once; only its hash is kept). */
export async function createToken(
  store: Store,
  userName: string,
  label = 'cli',
  ctx: AccountContext = bySystem(),
): Promise<string> {
  const user = await userByName(store.db, userName);
  if (!user) throw new YusuanError('not-found', `用户 ${userName} 不存在`, { field: 'name' });
  const token = newSecret('ys_');
  await insertApiToken(
    store.db,
    { userId: user.id, userName: user.name, name: label, tokenHash: tokenHash(token) },
    changeBy(ctx),
  );
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
  // Said only to whoever knows the password.
  if (found.disabled) throw new YusuanError('forbidden', '该账号已停用，请联系管理员');
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
