// Regions (行政区划) and departments: lists for everyone (with the counts of documents the reader may
// see), and region management for admins.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { ensureRegion, listDepartments, listRegions } from '../../app/index.js';
import type { ServerContext } from '../context.js';
import { departmentSchema, errors, regionSchema } from '../schemas.js';

export function catalogRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const { store } = ctx;
  return (app, _options, done) => {
    app.get(
      '/api/regions',
      {
        config: { action: 'region.read' },
        schema: { tags: ['catalog'], summary: '行政区划', response: { 200: z.array(regionSchema) } },
      },
      async (request) => listRegions(store.db, request.actor),
    );

    app.put(
      '/api/regions/:code',
      {
        config: { action: 'region.write' },
        schema: {
          tags: ['catalog'],
          summary: '新建或命名行政区划（管理员）',
          params: z.object({ code: z.string().regex(/^\d{6}$/) }),
          body: z.object({ name: z.string().min(1).max(100) }),
          response: { 200: z.object({ code: z.string(), name: z.string() }), ...errors(400, 401, 403) },
        },
      },
      async (request) => {
        await ensureRegion(store.db, { code: request.params.code, name: request.body.name });
        return { code: request.params.code, name: request.body.name };
      },
    );

    app.get(
      '/api/departments',
      {
        config: { action: 'department.read' },
        schema: {
          tags: ['catalog'],
          summary: '部门（可按行政区划筛选），含可见文档数与年度',
          querystring: z.object({ region: z.string().optional() }),
          response: { 200: z.array(departmentSchema) },
        },
      },
      async (request) => listDepartments(store.db, request.actor, { region: request.query.region }),
    );
    done();
  };
}
