// Users and roles, for admins only: the list, a new account, a change of role and scope or disabling
// the account, and a new password set by the admin. Passwords are hashed with argon2id (app/accounts);
// nothing here ever answers a hash.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { changeUser, createUserAccount, resetPassword, users } from '../../app/index.js';
import type { ServerContext } from '../context.js';
import { errors, userRecordSchema } from '../schemas.js';

const ROLE = z.enum(['admin', 'reviewer', 'department', 'unit']);
const code = (digits: number, what: string) =>
  z
    .string()
    .regex(new RegExp(`^\\d{${digits}}$`))
    .describe(`${what}（${digits} 位数字）`);
const userIdParams = z.object({ id: z.coerce.number().int().min(1) });

export function userRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const { store } = ctx;
  return (app, _options, done) => {
    app.get(
      '/api/users',
      {
        config: { action: 'user.read' },
        schema: {
          tags: ['users'],
          summary: '用户列表（管理员）',
          response: { 200: z.object({ items: z.array(userRecordSchema) }), ...errors(401, 403) },
        },
      },
      async () => ({ items: await users(store) }),
    );

    app.post(
      '/api/users',
      {
        config: { action: 'user.create' },
        schema: {
          tags: ['users'],
          summary: '新建用户（管理员）：角色与范围，初始密码至少 8 位',
          body: z.object({
            name: z.string().min(1).max(64),
            role: ROLE,
            region: code(6, '行政区划代码').optional(),
            department: code(3, '部门代码').optional(),
            unit: code(6, '单位代码').optional(),
            password: z.string().min(8).max(256),
          }),
          response: { 201: userRecordSchema, ...errors(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const u = await createUserAccount(store, request.body, {
          by: request.actor,
          now: ctx.now(),
          address: request.ip,
        });
        void reply.status(201);
        return u;
      },
    );

    app.patch(
      '/api/users/:id',
      {
        config: { action: 'user.update' },
        schema: {
          tags: ['users'],
          summary: '修改用户的角色与范围，或停用、启用账号（管理员）',
          description:
            '未给出的字段不变，null 清除该范围。改角色或范围、停用账号都会结束该用户的会话；停用的账号不能登录，API 令牌失效。' +
            '不能停用或降级自己，也不能停用或降级最后一个可用的管理员。',
          params: userIdParams,
          body: z.object({
            role: ROLE.optional(),
            region: code(6, '行政区划代码').nullable().optional(),
            department: code(3, '部门代码').nullable().optional(),
            unit: code(6, '单位代码').nullable().optional(),
            disabled: z.boolean().optional(),
          }),
          response: { 200: userRecordSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        changeUser(store, request.actor, request.params.id, request.body, ctx.now(), request.ip),
    );

    app.post(
      '/api/users/:id/password',
      {
        config: { action: 'user.password' },
        schema: {
          tags: ['users'],
          summary: '为用户设置新密码（管理员）；该用户的会话随之结束',
          params: userIdParams,
          body: z.object({ password: z.string().min(8).max(256) }),
          response: { 200: z.object({ ok: z.literal(true) }), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        await resetPassword(store, request.params.id, request.body.password, {
          by: request.actor,
          now: ctx.now(),
          address: request.ip,
        });
        return { ok: true as const };
      },
    );
    done();
  };
}
