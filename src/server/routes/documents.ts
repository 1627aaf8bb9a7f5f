// Documents: upload (import, review and store in one transaction), the model, summary, findings,
// source lines, tables, projects and indicators of one document, and the list by year with key totals.
// Every read goes through the store's visibility filter: a document the actor may not see is 404.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  getDocumentMeta,
  getDocumentText,
  getFindings,
  getOriginal,
  getProjects,
  getSourceLine,
  getTable,
  getTables,
  importIntoStore,
  listDocuments,
  YusuanError,
} from '../../app/index.js';
import type { ServerContext } from '../context.js';
import { authorizeScope } from '../permissions.js';
import { readUpload } from '../upload.js';
import {
  documentMetaSchema,
  documentSchema,
  documentStates,
  errors,
  findingSchema,
  idParams,
  projectSchema,
  summarySchema,
  tableSchema,
  tableWithRowsSchema,
  uploadResultSchema,
} from '../schemas.js';

const notFound = (id: string) => new YusuanError('not-found', `文档 ${id} 不存在或无权查看`, { id });

/** Sends JSON text already serialised (stored model and summary texts), byte for byte. */
function sendJsonText(reply: FastifyReply, text: string): FastifyReply {
  return reply
    .type('application/json; charset=utf-8')
    .serializer((p: unknown) => p as string)
    .send(text);
}

export function documentRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const { store } = ctx;
  return (app, _options, done) => {
    app.post(
      '/api/documents',
      {
        config: { action: 'document.create' },
        schema: {
          tags: ['documents'],
          summary: '上传并导入文档（导入、审核、入库在一个事务中）',
          description:
            'multipart/form-data：字段 `file`（文本、XLSX、PDF），可选字段 `region`（6 位行政区划代码）。' +
            '新文档 201；同样的字节再次上传 200 且 id 相同；不是预算文档 422（导入器的错误代码），不入库。',
          consumes: ['multipart/form-data'],
          response: {
            200: uploadResultSchema,
            201: uploadResultSchema,
            ...errors(400, 401, 403, 413, 415, 422),
          },
        },
      },
      async (request, reply) => {
        const { file, region } = await readUpload(request, ctx.maxUploadBytes);
        const actor = request.actor;
        const r = await importIntoStore(store, {
          fileName: file.name,
          bytes: file.bytes,
          region,
          actor,
          maxBytes: ctx.maxUploadBytes,
          authorize: (scope) => authorizeScope(actor, 'document.create', scope),
        });
        reply.status(r.created ? 201 : 200);
        return sendJsonText(
          reply,
          `{"id":${JSON.stringify(r.id)},"summary":${r.summary},"findings":${JSON.stringify(r.findings)}}`,
        );
      },
    );

    app.get(
      '/api/documents',
      {
        config: { action: 'document.read' },
        schema: {
          tags: ['documents'],
          summary: '文档列表（按年度、地区、部门、类型、状态筛选），含主要合计',
          querystring: z.object({
            year: z.coerce.number().int().optional(),
            region: z.string().optional(),
            department: z.coerce.number().int().optional().describe('部门 id（/api/departments）'),
            kind: z.string().optional(),
            state: documentStates.optional(),
            scope: z
              .enum(['visible', 'own'])
              .default('visible')
              .describe('visible：可见的全部（含所有已公开的）；own：仅本人范围内的（工作台“我的文件”）'),
            limit: z.coerce.number().int().min(1).max(1000).default(100),
            offset: z.coerce.number().int().min(0).default(0),
          }),
          response: { 200: z.object({ items: z.array(documentMetaSchema), total: z.number().int() }) },
        },
      },
      async (request) => listDocuments(store.db, request.actor, request.query),
    );

    app.get(
      '/api/documents/:id',
      {
        config: { action: 'document.read' },
        schema: {
          tags: ['documents'],
          summary: '文档：元数据与完整模型（编解码 JSON，docs/model.md）',
          params: idParams,
          response: { 200: documentSchema, ...errors(404) },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const meta = await getDocumentMeta(store.db, request.actor, id);
        const model = meta && (await getDocumentText(store.db, request.actor, id, 'model'));
        if (!meta || !model) throw notFound(id);
        return sendJsonText(reply, `{"meta":${JSON.stringify(meta)},"model":${model}}`);
      },
    );

    app.get(
      '/api/documents/:id/summary',
      {
        config: { action: 'document.read' },
        schema: {
          tags: ['documents'],
          summary: '文档概要（与 yusuan inspect --summary 相同）',
          params: idParams,
          response: { 200: summarySchema, ...errors(404) },
        },
      },
      async (request, reply) => {
        const text = await getDocumentText(store.db, request.actor, request.params.id, 'summary');
        if (text === null) throw notFound(request.params.id);
        return sendJsonText(reply, text);
      },
    );

    app.get(
      '/api/documents/:id/findings',
      {
        config: { action: 'document.read' },
        schema: {
          tags: ['documents'],
          summary: '审核发现',
          params: idParams,
          response: { 200: z.array(findingSchema), ...errors(404) },
        },
      },
      async (request) => {
        const f = await getFindings(store.db, request.actor, request.params.id);
        if (!f) throw notFound(request.params.id);
        return f;
      },
    );

    app.get(
      '/api/documents/:id/source',
      {
        config: { action: 'document.read' },
        schema: {
          tags: ['documents'],
          summary: '数字所在的原文行',
          params: idParams,
          querystring: z.object({ line: z.coerce.number().int().min(1) }),
          response: {
            200: z.object({ line: z.number().int(), text: z.string(), lineCount: z.number().int() }),
            ...errors(404),
          },
        },
      },
      async (request) => {
        const r = await getSourceLine(store.db, request.actor, request.params.id, request.query.line);
        if (r === null) throw notFound(request.params.id);
        if (r === undefined)
          throw new YusuanError('not-found', `文档没有第 ${request.query.line} 行`, {
            line: request.query.line,
          });
        return r;
      },
    );

    app.get(
      '/api/documents/:id/original',
      {
        config: { action: 'document.read' },
        schema: { tags: ['documents'], summary: '原始文件（上传的字节）', params: idParams },
      },
      async (request, reply) => {
        const r = await getOriginal(store.db, request.actor, request.params.id);
        if (!r) throw notFound(request.params.id);
        return reply
          .type('application/octet-stream')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(r.fileName)}`)
          .send(Buffer.from(r.bytes));
      },
    );

    app.get(
      '/api/documents/:id/tables',
      {
        config: { action: 'document.read' },
        schema: {
          tags: ['documents'],
          summary: '文档中的表',
          params: idParams,
          response: { 200: z.array(tableSchema), ...errors(404) },
        },
      },
      async (request) => {
        const t = await getTables(store.db, request.actor, request.params.id);
        if (!t) throw notFound(request.params.id);
        return t;
      },
    );

    app.get(
      '/api/documents/:id/tables/:table',
      {
        config: { action: 'document.read' },
        schema: {
          tags: ['documents'],
          summary: '一张表及其各行（金额换算为万元）',
          params: idParams.extend({ table: z.string().min(1).max(64) }),
          response: { 200: tableWithRowsSchema, ...errors(404) },
        },
      },
      async (request) => {
        const t = await getTable(store.db, request.actor, request.params.id, request.params.table);
        if (!t)
          throw new YusuanError('not-found', `文档 ${request.params.id} 没有表 ${request.params.table}`);
        return t;
      },
    );

    app.get(
      '/api/documents/:id/projects',
      {
        config: { action: 'document.read' },
        schema: {
          tags: ['documents'],
          summary: '项目（及部门整体）绩效目标，含指标',
          params: idParams,
          response: { 200: z.array(projectSchema), ...errors(404) },
        },
      },
      async (request) => {
        const p = await getProjects(store.db, request.actor, request.params.id);
        if (!p) throw notFound(request.params.id);
        return p;
      },
    );

    app.get(
      '/api/documents/:id/indicators',
      {
        config: { action: 'document.read' },
        schema: {
          tags: ['documents'],
          summary: '全部绩效指标（含权重与评分标准），注明所属项目',
          params: idParams,
          response: {
            200: z.array(
              projectSchema.shape.indicators.element.extend({
                project: z.string(),
                projectOrdinal: z.number().int(),
              }),
            ),
            ...errors(404),
          },
        },
      },
      async (request) => {
        const p = await getProjects(store.db, request.actor, request.params.id);
        if (!p) throw notFound(request.params.id);
        return p.flatMap((x) =>
          x.indicators.map((i) => ({ ...i, project: x.name, projectOrdinal: x.ordinal })),
        );
      },
    );
    done();
  };
}
