// The login rate limit lives in the store: failures counted by one API process lock the account out
// for that client in every other process on the same database, other accounts are not affected, the
// window's end lifts it, and a successful login clears the count — on PGlite and PostgreSQL.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../app/index.js';
import { openTestStore, STORE_KINDS } from '../test-support/stores.js';
import { buildServer } from './app.js';

describe.each(STORE_KINDS)('login rate limit shared by API processes on %s', (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let now = new Date('2026-12-01T10:00:00Z');
  const servers: FastifyInstance[] = [];
  const login = (server: number, name: string, password: string) =>
    servers[server]?.inject({ method: 'POST', url: '/api/auth/login', payload: { name, password } });

  beforeAll(async () => {
    store = await openTestStore(kind);
    for (let i = 0; i < 2; i++)
      servers.push((await buildServer({ store, webDir: null, now: () => now })).app);
    await addUser(store, { name: 'alice', role: 'admin', password: 'alice-password' });
    await addUser(store, { name: 'bob', role: 'admin', password: 'bob-password' });
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await store?.drop();
  });

  it('counts failures across processes, per account, until the window ends', async () => {
    for (let i = 0; i < 5; i++) expect((await login(0, 'alice', `wrong-${i}`))?.statusCode).toBe(401);
    for (let i = 5; i < 10; i++) expect((await login(1, 'alice', `wrong-${i}`))?.statusCode).toBe(401);
    const locked = await login(0, 'alice', 'alice-password');
    expect(locked?.statusCode).toBe(429);
    expect(locked?.json<{ code: string; message: string }>()).toMatchObject({ code: 'too-many-requests' });
    expect((await login(1, 'alice', 'alice-password'))?.statusCode).toBe(429);
    expect((await login(1, 'bob', 'bob-password'))?.statusCode).toBe(200);
    now = new Date(now.getTime() + 15 * 60_000 + 1000);
    expect((await login(1, 'alice', 'alice-password'))?.statusCode).toBe(200);
    // a success clears the count: nine new failures do not lock
    for (let i = 0; i < 9; i++) expect((await login(0, 'alice', `again-${i}`))?.statusCode).toBe(401);
    expect((await login(1, 'alice', 'alice-password'))?.statusCode).toBe(200);
  });
});
