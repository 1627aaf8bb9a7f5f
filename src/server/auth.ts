// Who is asking: `Authorization: Bearer TOKEN` (API tokens, no CSRF) or the `yusuan_session` cookie
// (HTTP-only, SameSite=Lax) whose state-changing requests must carry the session's CSRF token in
// `x-csrf-token`; else the anonymous reader. Then the route's action is checked against permissions.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Store } from '../app/index.js';
import { actorForToken, ANONYMOUS, sessionFor, YusuanError } from '../app/index.js';
import { authorize, isAction } from './permissions.js';

export const SESSION_COOKIE = 'yusuan_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** The session's token when the request came with a valid session cookie. */
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** The permission table's action this route performs (permissions.ts). */
    action?: string;
    /** Skip the CSRF check (login: there is no session yet). */
    noCsrf?: boolean;
  }
}

export function installAuth(app: FastifyInstance, store: Store, now: () => Date): void {
  // Set by the onRequest hook below before any handler runs; anonymous until then.
  const actors = new WeakMap<FastifyRequest, Actor>();
  app.decorateRequest('actor', {
    getter(this: FastifyRequest) {
      return actors.get(this) ?? ANONYMOUS;
    },
    setter(this: FastifyRequest, actor: Actor) {
      actors.set(this, actor);
    },
  });
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    request.actor = await resolveActor(request, store, now);
    const action = request.routeOptions.config.action;
    if (action === undefined) {
      const url = request.routeOptions.url ?? '';
      if (url.startsWith('/api/') && !url.startsWith('/api/docs'))
        throw new YusuanError('internal', `路由 ${url} 没有权限表条目`);
      return;
    }
    if (!isAction(action)) throw new YusuanError('internal', `未知的权限动作 ${action}`);
    authorize(request.actor, action);
  });
}

async function resolveActor(request: FastifyRequest, store: Store, now: () => Date): Promise<Actor> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m?.[1]) throw new YusuanError('unauthenticated', 'Authorization 头应为 “Bearer 令牌”');
    const user = await actorForToken(store, m[1]);
    if (!user) throw new YusuanError('unauthenticated', 'API 令牌无效');
    return user;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return ANONYMOUS;
  const session = await sessionFor(store, cookie, now());
  if (!session) return ANONYMOUS;
  request.sessionToken = cookie;
  if (!SAFE_METHODS.has(request.method) && !request.routeOptions.config.noCsrf) {
    if (request.headers['x-csrf-token'] !== session.csrfToken)
      throw new YusuanError('forbidden', '缺少或错误的 CSRF 令牌（请求头 x-csrf-token）');
  }
  return session.user;
}
