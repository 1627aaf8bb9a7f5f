// Sessions: login (name and password → HTTP-only cookie and a CSRF token), logout, who am I; API tokens.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { Actor } from '../../app/index.js';
import { createToken, login, logout, SESSION_DAYS, YusuanError } from '../../app/index.js';
import { SESSION_COOKIE } from '../auth.js';
import type { ServerContext } from '../context.js';
import { LoginLimiter } from '../rate-limit.js';
import { errors, userSchema } from '../schemas.js';

const userOf = (a: Actor & { kind: 'user' }) => ({
  id: a.id,
  name: a.name,
  role: a.role,
  region: a.region,
  department: a.department,
  unit: a.unit,
});

export function authRoutes(
  ctx: ServerContext,
  options: { secureCookies: boolean },
): FastifyPluginCallbackZod {
  const limiter = new LoginLimiter(ctx.store);
  return (app, _options, done) => {
    app.post(
      '/api/auth/login',
      {
        config: { action: 'auth.login', noCsrf: true },
        schema: {
          tags: ['auth'],
          summary: '登录：设置会话 Cookie（yusuan_session），返回用户与 CSRF 令牌',
          body: z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
          response: {
            200: z.object({ user: userSchema, csrfToken: z.string() }),
            ...errors(400, 401, 403, 429),
          },
        },
      },
      async (request, reply) => {
        const key = `${request.ip}\u0000${request.body.name}`;
        const now = ctx.now();
        if (await limiter.blocked(key, now))
          throw new YusuanError('too-many-requests', '登录失败次数过多，请 15 分钟后再试');
        let r;
        try {
          r = await login(ctx.store, request.body.name, request.body.password, now);
        } catch (e) {
          await limiter.fail(key, now);
          throw e;
        }
        await limiter.succeed(key);
        void reply.setCookie(SESSION_COOKIE, r.sessionToken, {
          httpOnly: true,
          sameSite: 'lax',
          path: '/',
          secure: options.secureCookies,
          maxAge: SESSION_DAYS * 86_400,
        });
        return { user: userOf(r.user), csrfToken: r.csrfToken };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { action: 'auth.logout' },
        schema: { tags: ['auth'], summary: '退出登录', response: { 200: z.object({ ok: z.literal(true) }) } },
      },
      async (request, reply) => {
        if (request.sessionToken) await logout(ctx.store, request.sessionToken);
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { action: 'auth.me' },
        schema: {
          tags: ['auth'],
          summary: '当前用户（匿名时 user 为 null）',
          response: { 200: z.object({ user: userSchema.nullable() }) },
        },
      },
      (request) => Promise.resolve({ user: request.actor.kind === 'user' ? userOf(request.actor) : null }),
    );

    app.post(
      '/api/auth/tokens',
      {
        config: { action: 'token.create' },
        schema: {
          tags: ['auth'],
          summary: '为当前用户新建 API 令牌（只显示这一次）',
          body: z.object({ name: z.string().min(1).max(64).default('api') }),
          response: { 201: z.object({ token: z.string() }), ...errors(401) },
        },
      },
      async (request, reply) => {
        if (request.actor.kind !== 'user') throw new YusuanError('unauthenticated');
        const token = await createToken(ctx.store, request.actor.name, request.body.name, {
          by: request.actor,
          now: ctx.now(),
          address: request.ip,
        });
        void reply.status(201);
        return { token };
      },
    );
    done();
  };
}
