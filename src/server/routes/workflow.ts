// The workflow's routes: the fixed contract (POST /api/documents/{id}/submit | return | approve |
// publish answering {id, state, version}; GET /api/documents/{id}/history oldest first), plus the
// 主管部门 step and adjustment requests, the status with what the actor may do, edits with ETag /
// If-Match (stale → 409 with the current version), versions and their differences, the review with
// explanations and reviewer comments, the inbox, region settings and the audit export. Decisions are
// the core's; each route names its permission-table action (permissions.ts).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { RegionSettings, WorkflowAction } from '../../app/index.js';
import {
  addComment,
  auditText,
  createFromModel,
  exportableAudit,
  documentVersion,
  documentVersions,
  editDocument,
  previewEdits,
  etagOf,
  explainFinding,
  getRegionSettings,
  inbox,
  parseIfMatch,
  putRegionSettings,
  reviseDocument,
  reviewView,
  versionDiff,
  workflowAction,
  workflowHistory,
  workflowStatus,
} from '../../app/index.js';
import type { ServerContext } from '../context.js';
import { requestContext as context } from '../context.js';
import { authorizeScope } from '../permissions.js';
import { documentStates, errors, idParams } from '../schemas.js';

const outcomeSchema = z.object({ id: z.string(), state: documentStates, version: z.number().int() });
const opinionBody = z.object({ opinion: z.string().max(4000).optional() }).optional();
const submitBody = z
  .object({
    opinion: z.string().max(4000).optional(),
    explanations: z
      .array(z.object({ key: z.string().min(1).max(2000), text: z.string().max(4000) }))
      .max(1000)
      .optional()
      .describe('报送时一并说明的审核发现（键见 GET /api/documents/{id}/review）'),
  })
  .optional();
const requiredOpinionBody = z.object({ opinion: z.string().min(1).max(4000) });

const historySchema = z.array(
  z.object({
    seq: z.number().int(),
    action: z.string(),
    actor: z.string().nullable(),
    at: z.string(),
    opinion: z.string().nullable(),
    fromState: z.string().nullable(),
    toState: z.string().nullable(),
    version: z.number().int().nullable(),
    change: z.unknown(),
  }),
);

const changeSchema = z.object({
  path: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  figure: z.boolean(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  difference: z.string().nullable(),
});

const editOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set'), path: z.string().min(1).max(500), value: z.unknown() }),
  z.object({
    op: z.literal('insert'),
    path: z.string().min(1).max(500),
    index: z.number().int().min(0).optional(),
    value: z.unknown(),
  }),
  z.object({ op: z.literal('remove'), path: z.string().min(1).max(500) }),
]);

const settingsSchema = z.object({
  departmentStep: z.boolean().describe('是否须经主管部门审核'),
  deadlines: z
    .array(
      z.object({ year: z.number().int().min(1900).max(2200), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    )
    .describe('各年度申报截止日期'),
});
type SettingsJson = z.infer<typeof settingsSchema>;
const settingsJson = (s: RegionSettings): SettingsJson => ({
  departmentStep: s.departmentReview,
  deadlines: Object.entries(s.deadlines)
    .map(([year, date]) => ({ year: Number(year), date }))
    .sort((a, b) => a.year - b.year),
});
const settingsOf = (j: SettingsJson): RegionSettings => ({
  departmentReview: j.departmentStep,
  deadlines: Object.fromEntries(j.deadlines.map((d) => [String(d.year), d.date])),
});

const targetSchema = z
  .object({
    table: z.string().max(200).optional(),
    row: z.string().max(200).optional(),
    column: z.string().max(200).optional(),
    project: z.string().max(500).optional(),
    indicator: z.string().max(500).optional(),
  })
  .refine((t) => Object.values(t).some((v) => v !== undefined), { message: '须指明表格单元格、项目或指标' });

const targetView = z.object({
  table: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  project: z.string().optional(),
  indicator: z.string().optional(),
});

const commentSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  target: targetView,
  text: z.string(),
  actor: z.string(),
  at: z.string(),
});

const gateFindingSchema = z.object({
  key: z.string().describe('发现的稳定键（说明时用）'),
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  lines: z.array(z.number().int()).readonly(),
  table: z.string().optional(),
  unit: z.string().optional(),
  project: z.string().optional(),
  indicator: z.string().optional(),
  explanation: z.string().nullable(),
});

const ACTION_SUMMARIES: Record<WorkflowAction, [string, string]> = {
  submit: ['submit', '报送（先运行审核：错误级发现须逐条说明）'],
  'department-review': ['department-review', '主管部门审核通过（地区设置要求时）'],
  return: ['return', '退回（须填写意见），文档回到草稿'],
  approve: ['approve', '批复（意见与日期记入审核意见）'],
  publish: ['publish', '公开'],
  adjust: ['adjust', '调整申请：已批复的文档重新走流程，批复后成为新版本（须填写理由）'],
};

export function workflowRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const { store } = ctx;
  return (app, _options, done) => {
    for (const action of Object.keys(ACTION_SUMMARIES) as WorkflowAction[]) {
      const [path, summary] = ACTION_SUMMARIES[action];
      const needsOpinion = action === 'return' || action === 'adjust';
      app.post(
        `/api/documents/:id/${path}`,
        {
          config: { action: `workflow.${action}` },
          schema: {
            tags: ['workflow'],
            summary,
            params: idParams,
            body: needsOpinion ? requiredOpinionBody : action === 'submit' ? submitBody : opinionBody,
            response: { 200: outcomeSchema, ...errors(400, 401, 403, 404, 409, 422) },
          },
        },
        async (request) => {
          const body: {
            opinion?: string | undefined;
            explanations?: { key: string; text: string }[] | undefined;
          } = request.body ?? {};
          return workflowAction(
            store,
            context(request, ctx.now),
            request.params.id,
            action,
            body?.opinion ?? null,
            body?.explanations ?? [],
          );
        },
      );
    }

    app.get(
      '/api/documents/:id/history',
      {
        config: { action: 'workflow.history' },
        schema: {
          tags: ['workflow'],
          summary: '文档的审计记录（最早的在前）：动作、操作人、时间、意见、变更',
          params: idParams,
          response: { 200: historySchema, ...errors(403, 404) },
        },
      },
      async (request) => workflowHistory(store, request.actor, request.params.id),
    );

    app.get(
      '/api/documents/:id/workflow',
      {
        config: { action: 'workflow.read' },
        schema: {
          tags: ['workflow'],
          summary: '流程状态：状态、版本、已批复/已公开版本、当前用户可执行的动作、地区设置',
          params: idParams,
          response: {
            200: outcomeSchema.extend({
              returned: z.boolean(),
              adjustment: z.boolean(),
              approvedVersion: z.number().int().nullable(),
              publishedVersion: z.number().int().nullable(),
              actions: z.array(z.string()),
              settings: settingsSchema,
            }),
            ...errors(404),
          },
        },
      },
      async (request, reply) => {
        const s = await workflowStatus(store, request.actor, request.params.id);
        void reply.header('etag', etagOf(s.version));
        return { ...s, state: s.state as z.infer<typeof documentStates>, settings: settingsJson(s.settings) };
      },
    );

    app.patch(
      '/api/documents/:id',
      {
        config: { action: 'workflow.edit' },
        schema: {
          tags: ['workflow'],
          summary: '修改草稿（表格、说明中的数字、项目、指标、申报表字段），重新审核并返回发现',
          description:
            '请求头 If-Match 为文档的 ETag（GET /api/documents/{id}/workflow 返回）；版本已变则 409，details.currentVersion 为当前版本。' +
            '操作：{op: set|insert|remove, path, value}，路径如 tables.income.rows[code=2010301].amounts.total、projectForms[0].annualGoal。',
          params: idParams,
          headers: z.object({ 'if-match': z.string().optional() }),
          body: z.object({ edits: z.array(editOpSchema).min(1).max(500) }),
          response: {
            200: outcomeSchema.extend({ findings: z.array(z.unknown()), changes: z.array(changeSchema) }),
            ...errors(400, 401, 403, 404, 409),
          },
        },
      },
      async (request, reply) => {
        const r = await editDocument(
          store,
          context(request, ctx.now),
          request.params.id,
          parseIfMatch(request.headers['if-match']),
          request.body.edits,
        );
        void reply.header('etag', etagOf(r.version));
        return { ...r, state: r.state };
      },
    );

    app.post(
      '/api/documents/:id/edits/preview',
      {
        config: { action: 'workflow.edit' },
        schema: {
          tags: ['workflow'],
          summary: '预审修改：给出按这些修改后重新审核的发现和变更，不保存（编辑时随输入显示）',
          description:
            '与 PATCH /api/documents/{id} 相同的修改操作和权限检查（只有草稿的所有者可以），但什么也不写入；version 为修改所依据的版本。',
          params: idParams,
          body: z.object({ edits: z.array(editOpSchema).min(1).max(500) }),
          response: {
            200: z.object({
              version: z.number().int(),
              findings: z.array(z.unknown()),
              changes: z.array(changeSchema),
            }),
            ...errors(400, 401, 403, 404),
          },
        },
      },
      async (request) => previewEdits(store, request.actor, request.params.id, request.body.edits),
    );

    const saveResultSchema = outcomeSchema.extend({ findings: z.array(z.unknown()) });
    app.put(
      '/api/documents/:id/model',
      {
        config: { action: 'workflow.edit' },
        schema: {
          tags: ['workflow'],
          summary: '以完整模型替换草稿（申报表编辑器），重新审核并返回发现；须带 If-Match',
          params: idParams,
          headers: z.object({ 'if-match': z.string().optional() }),
          body: z.object({ model: z.unknown() }),
          response: {
            200: saveResultSchema.extend({ changes: z.array(changeSchema) }),
            ...errors(400, 401, 403, 404, 409),
          },
        },
      },
      async (request, reply) => {
        const r = await reviseDocument(
          store,
          context(request, ctx.now),
          request.params.id,
          parseIfMatch(request.headers['if-match']),
          { model: request.body.model },
        );
        void reply.header('etag', etagOf(r.version));
        return r;
      },
    );

    app.post(
      '/api/documents/model',
      {
        config: { action: 'document.create' },
        schema: {
          tags: ['workflow'],
          summary: '由模型新建文档（在 yusuan 中填写的申报表），审核后以草稿入库',
          body: z.object({
            model: z.unknown(),
            region: z
              .string()
              .regex(/^\d{6}$/)
              .optional(),
          }),
          response: { 200: saveResultSchema, 201: saveResultSchema, ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const actor = request.actor;
        const r = await createFromModel(store, actor, request.body.model, request.body.region, (scope) =>
          authorizeScope(actor, 'document.create', scope),
        );
        reply.status(r.created ? 201 : 200);
        void reply.header('etag', etagOf(r.version));
        return { id: r.id, state: r.state, version: r.version, findings: r.findings };
      },
    );

    app.get(
      '/api/documents/:id/versions',
      {
        config: { action: 'workflow.read' },
        schema: {
          tags: ['workflow'],
          summary: '文档的各个版本',
          params: idParams,
          response: {
            200: z.array(
              z.object({
                version: z.number().int(),
                createdBy: z.string().nullable(),
                createdAt: z.string(),
              }),
            ),
            ...errors(403, 404),
          },
        },
      },
      async (request) => documentVersions(store, request.actor, request.params.id),
    );

    app.get(
      '/api/documents/:id/versions/:version',
      {
        config: { action: 'document.read' },
        schema: {
          tags: ['workflow'],
          summary: '某一版本的模型（编解码 JSON）',
          params: idParams.extend({ version: z.coerce.number().int().min(1) }),
          response: { 200: z.unknown().describe('模型 JSON（docs/model.md）'), ...errors(404) },
        },
      },
      async (request, reply) => {
        const text = await documentVersion(store, request.actor, request.params.id, request.params.version);
        return reply
          .type('application/json; charset=utf-8')
          .serializer((p: unknown) => p as string)
          .send(text);
      },
    );

    app.get(
      '/api/documents/:id/diff',
      {
        config: { action: 'workflow.read' },
        schema: {
          tags: ['workflow'],
          summary: '两个版本的差异（逐个数字）',
          params: idParams,
          querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
          response: {
            200: z.object({
              id: z.string(),
              from: z.number().int(),
              to: z.number().int(),
              changes: z.array(changeSchema),
            }),
            ...errors(403, 404),
          },
        },
      },
      async (request) =>
        versionDiff(store, request.actor, request.params.id, request.query.from, request.query.to),
    );

    const reviewSchema = z.object({
      findings: z.array(gateFindingSchema),
      submittable: z.boolean().describe('报送时能否通过审核关口'),
      comments: z.array(commentSchema),
    });

    app.get(
      '/api/documents/:id/review',
      {
        config: { action: 'workflow.read' },
        schema: {
          tags: ['workflow'],
          summary: '审核：发现及单位的说明、审核人的意见（标注到单元格、项目或指标）、能否报送',
          params: idParams,
          response: { 200: reviewSchema, ...errors(403, 404) },
        },
      },
      async (request) => reviewView(store, request.actor, request.params.id),
    );

    app.post(
      '/api/documents/:id/explanations',
      {
        config: { action: 'workflow.edit' },
        schema: {
          tags: ['workflow'],
          summary: '说明一条审核发现（错误级发现须说明才能报送）',
          params: idParams,
          body: z.object({ key: z.string().min(1).max(2000), text: z.string().trim().min(1).max(4000) }),
          response: { 200: reviewSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        explainFinding(
          store,
          context(request, ctx.now),
          request.params.id,
          request.body.key,
          request.body.text,
        ),
    );

    app.post(
      '/api/documents/:id/comments',
      {
        config: { action: 'workflow.comment' },
        schema: {
          tags: ['workflow'],
          summary: '审核意见：标注到表格单元格、项目或指标',
          params: idParams,
          body: z.object({ target: targetSchema, text: z.string().trim().min(1).max(4000) }),
          response: { 201: commentSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const c = await addComment(
          store,
          context(request, ctx.now),
          request.params.id,
          request.body.target,
          request.body.text,
        );
        reply.status(201);
        return c;
      },
    );

    app.get(
      '/api/inbox',
      {
        config: { action: 'workflow.inbox' },
        schema: {
          tags: ['workflow'],
          summary: '待办：待我审核/批复/公开的、被退回的、草稿、临近或已过申报截止日期的',
          querystring: z.object({ nearDays: z.coerce.number().int().min(0).max(365).default(7) }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  documentId: z.string(),
                  reason: z.enum(['awaiting', 'returned', 'draft']),
                  title: z.string().nullable(),
                  department: z.string().nullable(),
                  year: z.number().int().nullable(),
                  state: documentStates,
                  version: z.number().int(),
                  actions: z.array(z.string()),
                  opinion: z.string().nullable(),
                  deadline: z.string().nullable(),
                  daysLeft: z.number().int().nullable(),
                  overdue: z.boolean(),
                }),
              ),
              deadlinesNear: z.number().int(),
              overdue: z.number().int(),
            }),
          },
        },
      },
      async (request) => inbox(store, request.actor, ctx.now(), request.query.nearDays),
    );

    const regionParams = z.object({ code: z.string().regex(/^\d{6}$/) });
    app.get(
      '/api/regions/:code/settings',
      {
        config: { action: 'region.read' },
        schema: {
          tags: ['workflow'],
          summary: '地区的流程设置：是否须经主管部门审核、各年度申报截止日期',
          params: regionParams,
          response: { 200: settingsSchema },
        },
      },
      async (request) => settingsJson(await getRegionSettings(store, request.params.code)),
    );
    app.put(
      '/api/regions/:code/settings',
      {
        config: { action: 'region.write' },
        schema: {
          tags: ['workflow'],
          summary: '修改地区的流程设置（管理员）',
          params: regionParams,
          body: settingsSchema,
          response: { 200: settingsSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) =>
        settingsJson(
          await putRegionSettings(
            store,
            context(request, ctx.now),
            request.params.code,
            settingsOf(request.body),
          ),
        ),
    );

    app.get(
      '/api/audit',
      {
        config: { action: 'audit.read' },
        schema: {
          tags: ['workflow'],
          summary: '导出审计记录（含哈希链）：管理员全部，审核人本地区文档的记录',
          description:
            'format=json（默认）或 csv（UTF-8 带 BOM，单元格不会以公式开头）；document=文档 id 只导出该文档的记录。',
          querystring: z.object({
            format: z.enum(['json', 'csv']).default('json'),
            document: z.string().min(1).max(64).optional(),
          }),
          response: { 200: z.unknown(), ...errors(401, 403) },
        },
      },
      async (request, reply) => {
        const entries = await exportableAudit(store, request.actor, request.query.document);
        const text = auditText(entries, request.query.format);
        return reply
          .type(
            request.query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
          )
          .header('content-disposition', `attachment; filename="audit.${request.query.format}"`)
          .serializer((p: unknown) => p as string)
          .send(text);
      },
    );
    done();
  };
}
