// Users and roles through the API on both databases: only admins list, create, change and reset; a
// change of role or scope and disabling end the user's sessions; a disabled account cannot sign in and
// its API tokens stop; a reset password replaces the old one; nobody locks the last admin out.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken, verifyAudit } from '../app/index.js';
import { openTestStore, STORE_KINDS } from '../test-support/stores.js';
import { buildServer } from './app.js';

interface UserRecord {
  id: number;
  name: string;
  role: string;
  region: string | null;
  department: string | null;
  unit: string | null;
  disabled: boolean;
}

describe.each(STORE_KINDS)('users API on %s', (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let app: FastifyInstance;
  let admin = '';
  let adminId = 0;
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
  const login = (name: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { name, password } });

  beforeAll(async () => {
    store = await openTestStore(kind);
    ({ app } = await buildServer({ store, webDir: null }));
    adminId = (await addUser(store, { name: 'root', role: 'admin', password: 'root-password' })).id;
    admin = await createToken(store, 'root');
  });
  afterAll(async () => {
    await app?.close();
    await store?.drop();
  });

  it('refuses everyone but admins: 401 anonymous, 403 other roles', async () => {
    await addUser(store, { name: 'rev', role: 'reviewer', region: '430100', password: 'rev-password' });
    const rev = await createToken(store, 'rev');
    for (const [method, url] of [
      ['GET', '/api/users'],
      ['POST', '/api/users'],
      ['PATCH', `/api/users/${adminId}`],
      ['POST', `/api/users/${adminId}/password`],
    ] as const) {
      const payload = { name: 'x', role: 'unit', department: '104', password: 'x-password', disabled: true };
      expect((await app.inject({ method, url, payload })).statusCode).toBe(401);
      expect((await app.inject({ method, url, payload, headers: bearer(rev) })).statusCode).toBe(403);
    }
  });

  it('creates a user (argon2id hash, never answered) and lists it; a taken name is 409', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: bearer(admin),
      payload: { name: 'clerk', role: 'unit', unit: '104001', password: 'clerk-password' },
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json<UserRecord>()).toMatchObject({
      name: 'clerk',
      role: 'unit',
      department: '104',
      unit: '104001',
      disabled: false,
    });
    expect(r.body).not.toMatch(/password|argon/);
    const row = await store.db
      .selectFrom('users')
      .select('password_hash')
      .where('name', '=', 'clerk')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const list = await app.inject({ url: '/api/users', headers: bearer(admin) });
    expect(list.json<{ items: UserRecord[] }>().items.map((u) => u.name)).toEqual(
      expect.arrayContaining(['root', 'rev', 'clerk']),
    );
    expect(list.body).not.toContain('argon2');
    const again = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: bearer(admin),
      payload: { name: 'clerk', role: 'unit', unit: '104001', password: 'clerk-password' },
    });
    expect(again.statusCode).toBe(409);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: bearer(admin),
      payload: { name: 'rev2', role: 'reviewer', password: 'rev2-password' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation', details: { field: 'region' } });
  });

  it('changes role and scope (ending the sessions), disables and enables an account', async () => {
    const clerk = (await app.inject({ url: '/api/users', headers: bearer(admin) }))
      .json<{ items: UserRecord[] }>()
      .items.find((u) => u.name === 'clerk');
    const id = clerk?.id ?? 0;
    const session = await login('clerk', 'clerk-password');
    expect(session.statusCode).toBe(200);
    const cookie = (session.headers['set-cookie'] as string).split(';')[0] ?? '';
    const token = await createToken(store, 'clerk');
    const patch = (payload: object) =>
      app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: bearer(admin), payload });

    const moved = await patch({ role: 'department', unit: null });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<UserRecord>()).toMatchObject({ role: 'department', department: '104', unit: null });
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(me.json()).toEqual({ user: null });
    expect(
      (await app.inject({ url: '/api/auth/me', headers: bearer(token) })).json<{ user: UserRecord }>().user,
    ).toMatchObject({ role: 'department' });

    expect((await patch({ disabled: true })).json<UserRecord>().disabled).toBe(true);
    const refused = await login('clerk', 'clerk-password');
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ message: string }>().message).toContain('已停用');
    expect((await login('clerk', 'wrong-password')).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/auth/me', headers: bearer(token) })).statusCode).toBe(401);

    expect((await patch({ disabled: false })).json<UserRecord>().disabled).toBe(false);
    expect((await login('clerk', 'clerk-password')).statusCode).toBe(200);
    expect((await patch({ role: 'reviewer' })).statusCode).toBe(400);
    expect((await patch({ department: '1x' })).statusCode).toBe(400);
    expect(
      (await app.inject({ method: 'PATCH', url: '/api/users/99999', headers: bearer(admin), payload: {} }))
        .statusCode,
    ).toBe(404);
  });

  it('resets a password: the new one signs in, the old one and the old sessions no longer do', async () => {
    const id = (await app.inject({ url: '/api/users', headers: bearer(admin) }))
      .json<{ items: UserRecord[] }>()
      .items.find((u) => u.name === 'clerk')?.id;
    const cookie =
      ((await login('clerk', 'clerk-password')).headers['set-cookie'] as string).split(';')[0] ?? '';
    const reset = (password: string) =>
      app.inject({
        method: 'POST',
        url: `/api/users/${id}/password`,
        headers: bearer(admin),
        payload: { password },
      });
    expect((await reset('short')).statusCode).toBe(400);
    expect((await reset('clerk-new-password')).json()).toEqual({ ok: true });
    expect((await login('clerk', 'clerk-password')).statusCode).toBe(401);
    expect((await login('clerk', 'clerk-new-password')).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie } })).json()).toEqual({ user: null });
  });

  it('keeps an admin: nobody disables or demotes themselves, nor the last active admin', async () => {
    const self = await app.inject({
      method: 'PATCH',
      url: `/api/users/${adminId}`,
      headers: bearer(admin),
      payload: { disabled: true },
    });
    expect(self.statusCode).toBe(400);
    const other = await addUser(store, { name: 'root2', role: 'admin', password: 'root2-password' });
    const token2 = await createToken(store, 'root2');
    // root2 may demote root while root2 is still an admin, but then root2 is the last one.
    const demote = await app.inject({
      method: 'PATCH',
      url: `/api/users/${adminId}`,
      headers: bearer(token2),
      payload: { role: 'reviewer', region: '430100' },
    });
    expect(demote.statusCode, demote.body).toBe(200);
    const last = await app.inject({
      method: 'PATCH',
      url: `/api/users/${other.id}`,
      headers: bearer(token2),
      payload: { disabled: true },
    });
    expect(last.statusCode).toBe(400);
  });

  it('records every account change in the audit trail, who and from where, never a secret', async () => {
    // (root is a reviewer by now: an admin of the command line's making reads the trail)
    await addUser(store, { name: 'auditor', role: 'admin', password: 'auditor-password' });
    const r = await app.inject({ url: '/api/audit', headers: bearer(await createToken(store, 'auditor')) });
    expect(r.statusCode).toBe(200);
    const entries = JSON.parse(r.body) as {
      action: string;
      actor: string | null;
      address: string | null;
      documentId: string | null;
      change: { user: { name: string }; before?: unknown; after?: unknown; label?: string };
    }[];
    const accounts = entries.filter((e) => /^(user|token)-/.test(e.action));
    const of = (action: string, name: string) =>
      accounts.filter((e) => e.action === action && e.change.user.name === name);
    // created by the command line (system) and through the API by root, from its address
    expect(of('user-create', 'root')[0]).toMatchObject({ actor: 'system', address: null, documentId: null });
    expect(of('user-create', 'clerk')[0]).toMatchObject({ actor: 'root', address: '127.0.0.1' });
    expect(of('token-create', 'root')[0]).toMatchObject({ actor: 'system', change: { label: 'cli' } });
    // the role change, with what it was and what it became; the disabling and enabling
    const changes = of('user-change', 'clerk');
    expect(changes.length).toBeGreaterThanOrEqual(3);
    expect(changes.some((e) => JSON.stringify(e.change.before).includes('"disabled":true'))).toBe(true);
    expect(of('user-password', 'clerk')[0]).toMatchObject({ actor: 'root', address: '127.0.0.1' });
    // root demoted by root2
    expect(of('user-change', 'root').at(-1)).toMatchObject({
      actor: 'root2',
      change: { before: { role: 'admin' }, after: { role: 'reviewer', region: '430100' } },
    });
    // no secret in any entry
    expect(JSON.stringify(accounts)).not.toMatch(/(clerk|root|auditor)(-new)?-password|\$argon2|"ys_/);
    // and the chain still holds
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true });
  });
});
