// The self-evaluation's and monitoring's routes (issue 12, part 5): the evaluation of a document
// (working for its owners and reviewers, published for everybody), a live preview of the unit's
// entries, saving them, the chain (submit, 主管部门 review, return, approve, publish), the bureau's
// adjusted scores, the list of evaluations, and monthly monitoring records with their warnings.
// Decisions are the use cases' (app/evaluation.ts, app/monitoring.ts); each route names its action.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { EvaluationAction } from '../../app/index.js';
import {
  adjustScore,
  DEVIATION_CAUSES,
  EVALUATION_ACTIONS,
  evaluationAction,
  evaluationView,
  LIKELIHOODS,
  listEvaluations,
  monitoringView,
  previewEvaluation,
  saveActuals,
  saveMonitoring,
} from '../../app/index.js';
import type { ServerContext } from '../context.js';
import { requestContext as context } from '../context.js';
import { documentStates, errors, idParams, money } from '../schemas.js';

const decimalOrNull = z.string().nullable().describe('十进制数字符串');
const short = (max: number) => z.string().max(max);

const adjustmentSchema = z.object({
  score: z.string().describe('财政部门调整后的得分'),
  reason: z.string(),
  actor: z.string().nullable(),
  at: z.string().nullable(),
});

const indicatorSchema = z.object({
  id: z.string(),
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  name: z.string(),
  targetValue: z.string().nullable().describe('指标值'),
  unitOfMeasure: z.string().nullable(),
  comparator: z.string().nullable(),
  documentWeight: decimalOrNull,
  weight: z.string().describe('自评分值'),
  standard: z.string().nullable().describe('评（扣）分标准'),
  standardStatus: z.string(),
  rule: z.string(),
  ruleText: z.string(),
  actual: z.string().nullable().describe('实际完成值'),
  explanation: z.string().nullable().describe('偏差原因分析及改进措施'),
  status: z.string().describe('scored | not-evaluated | not-applicable'),
  score: decimalOrNull.describe('自评得分'),
  reason: z.string().describe('得分依据（src/scoring 计算）'),
  explanationMissing: z.boolean(),
  adjustment: adjustmentSchema.nullable(),
  finalScore: decimalOrNull.describe('计入总分的得分：有调整时为调整后的得分'),
});

const targetSchema = z.object({
  id: z.string(),
  kind: z.enum(['project', 'unit']),
  unit: z.string().nullable(),
  name: z.string(),
  goal: z.string().nullable(),
  execution: z.object({
    budget: decimalOrNull,
    executed: decimalOrNull,
    rate: decimalOrNull,
    weight: z.string(),
    score: decimalOrNull,
    reason: z.string(),
    explanation: z.string().nullable(),
    explanationMissing: z.boolean(),
  }),
  indicators: z.array(indicatorSchema),
  score: z.string().describe('自评总分'),
  grade: z.string().nullable(),
  finalScore: z.string().describe('复核后总分'),
  finalGrade: z.string().nullable(),
  complete: z.boolean(),
  issues: z.array(z.string()),
});

const evaluationSchema = z
  .object({
    documentId: z.string(),
    title: z.string().nullable(),
    department: z.string().nullable(),
    departmentCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    year: z.number().int().nullable(),
    documentApproved: z.boolean(),
    modelVersion: z.number().int(),
    state: documentStates,
    version: z.number().int(),
    returned: z.boolean(),
    publishedOnly: z.boolean(),
    unitPart: z
      .string()
      .nullable()
      .describe('单位账号只看到并填报本单位的项目（单位编码）；报送等由主管部门办理'),
    actions: z.array(z.enum(EVALUATION_ACTIONS)),
    mayEnter: z.boolean(),
    mayAdjust: z.boolean(),
    opinions: z.array(
      z.object({ action: z.string(), actor: z.string(), opinion: z.string(), at: z.string() }),
    ),
    totals: z.object({
      budget: z.string(),
      executed: z.string(),
      targets: z.number().int(),
      complete: z.number().int(),
    }),
    targets: z.array(targetSchema),
    unparsed: z.array(
      z.object({ target: z.string(), indicator: z.string(), standard: z.string(), reason: z.string() }),
    ),
  })
  .meta({ id: 'Evaluation' });

const actualsBody = z.object({
  targets: z
    .array(
      z.object({
        id: short(64),
        executed: short(40).nullable().optional().describe('全年执行数（万元）'),
        executionExplanation: short(4000).nullable().optional(),
        indicators: z
          .array(
            z.object({
              id: short(64),
              actual: short(500).nullable().optional(),
              explanation: short(4000).nullable().optional(),
            }),
          )
          .max(1000)
          .optional(),
      }),
    )
    .max(500),
});

const outcomeSchema = z.object({ id: z.string(), state: documentStates, version: z.number().int() });

const SUMMARIES: Record<EvaluationAction, string> = {
  submit: '报送绩效自评（每项指标已评价，失分均已说明）',
  'department-review': '主管部门审核通过绩效自评（地区设置要求时）',
  return: '退回绩效自评（须填写意见）',
  approve: '审定绩效自评（财政部门复核）',
  publish: '公开绩效自评结果',
};

const listItemSchema = z.object({
  documentId: z.string(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  departmentCode: z.string().nullable(),
  year: z.number().int().nullable(),
  state: documentStates,
  updatedAt: z.string(),
  targets: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      unit: z.string().nullable(),
      name: z.string(),
      budget: decimalOrNull,
      executed: decimalOrNull,
      score: z.string(),
      grade: z.string().nullable(),
      finalScore: z.string(),
      finalGrade: z.string().nullable(),
      complete: z.boolean(),
    }),
  ),
});

const monitoringEntrySchema = z.object({
  target: short(64),
  month: z.number().int().min(1).max(12),
  executed: money.describe('截至本月执行数（万元）'),
  forecastExecuted: money.nullable().optional().describe('全年预计执行数（万元）'),
  indicators: z
    .array(
      z.object({
        id: short(64),
        progress: short(500).nullable().optional(),
        forecast: short(500).nullable().optional(),
        cause: z.enum(DEVIATION_CAUSES).nullable().optional(),
        reason: short(4000).nullable().optional(),
        likelihood: z.enum(LIKELIHOODS).nullable().optional(),
        correction: short(4000).nullable().optional(),
      }),
    )
    .max(1000),
});

const warningSchema = z.object({ level: z.enum(['green', 'yellow', 'red']), message: z.string() });
const monitoringRecordSchema = z
  .object({
    target: z.string(),
    targetName: z.string(),
    month: z.number().int(),
    entry: monitoringEntrySchema,
    actor: z.string(),
    at: z.string(),
    executionRate: decimalOrNull,
    elapsed: z.string(),
    execution: warningSchema,
    indicators: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        level: z.enum(['green', 'yellow', 'red']),
        message: z.string(),
        unexplained: z.boolean(),
      }),
    ),
    overall: z.enum(['green', 'yellow', 'red']),
  })
  .meta({ id: 'MonitoringRecord' });

const monitoringSchema = z.object({
  documentId: z.string(),
  year: z.number().int().nullable(),
  mayEnter: z.boolean(),
  targets: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['project', 'unit']),
      unit: z.string().nullable(),
      name: z.string(),
      budget: decimalOrNull,
      indicators: z.array(
        z.object({
          id: z.string(),
          level1: z.string().nullable(),
          level2: z.string().nullable(),
          name: z.string(),
          targetValue: z.string().nullable(),
          unitOfMeasure: z.string().nullable(),
        }),
      ),
    }),
  ),
  records: z.array(monitoringRecordSchema),
});

export function evaluationRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const { store } = ctx;
  return (app, _options, done) => {
    app.get(
      '/api/evaluations',
      {
        config: { action: 'evaluation.list' },
        schema: {
          tags: ['evaluation'],
          summary: '绩效自评列表：本人所属的（任何状态）与已公开的，含各项目（单位）的得分与等级',
          querystring: z.object({
            year: z.coerce.number().int().min(1900).max(2200).optional(),
            department: z
              .string()
              .regex(/^\d{3}$/)
              .optional(),
            state: documentStates.optional(),
          }),
          response: { 200: z.object({ items: z.array(listItemSchema) }), ...errors(400) },
        },
      },
      async (request) => ({ items: await listEvaluations(store, request.actor, request.query) }),
    );

    app.get(
      '/api/documents/:id/evaluation',
      {
        config: { action: 'evaluation.read' },
        schema: {
          tags: ['evaluation'],
          summary:
            '文档的绩效自评：目标值与实际值、自评得分与复核得分、等级（未公开的只对所属单位与审核人可见）',
          params: idParams,
          response: { 200: evaluationSchema, ...errors(404) },
        },
      },
      async (request) => evaluationView(store, request.actor, request.params.id),
    );

    app.post(
      '/api/documents/:id/evaluation/preview',
      {
        config: { action: 'evaluation.enter' },
        schema: {
          tags: ['evaluation'],
          summary: '试算：按填报内容（不保存）计算得分与理由',
          params: idParams,
          body: actualsBody,
          response: { 200: evaluationSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => previewEvaluation(store, request.actor, request.params.id, request.body),
    );

    app.put(
      '/api/documents/:id/evaluation/actuals',
      {
        config: { action: 'evaluation.enter' },
        schema: {
          tags: ['evaluation'],
          summary: '保存实际完成值、执行数与偏差说明（全部成功或全部不保存）',
          params: idParams,
          body: actualsBody,
          response: { 200: evaluationSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => saveActuals(store, context(request, ctx.now), request.params.id, request.body),
    );

    for (const action of EVALUATION_ACTIONS) {
      const needsOpinion = action === 'return';
      app.post(
        `/api/documents/:id/evaluation/${action}`,
        {
          config: { action: `evaluation.${action}` },
          schema: {
            tags: ['evaluation'],
            summary: SUMMARIES[action],
            params: idParams,
            body: needsOpinion
              ? z.object({ opinion: z.string().min(1).max(4000) })
              : z.object({ opinion: z.string().max(4000).optional() }).optional(),
            response: { 200: outcomeSchema, ...errors(400, 401, 403, 404, 409, 422) },
          },
        },
        async (request) =>
          evaluationAction(
            store,
            context(request, ctx.now),
            request.params.id,
            action,
            request.body?.opinion ?? null,
          ),
      );
    }

    app.put(
      '/api/documents/:id/evaluation/scores',
      {
        config: { action: 'evaluation.score' },
        schema: {
          tags: ['evaluation'],
          summary: '财政部门复核：调整某项指标的得分（须填写理由；自评得分保留并同时显示）',
          params: idParams,
          body: z.object({
            target: short(64),
            indicator: short(64),
            score: z.string().max(20).nullable().describe('调整后的得分；null 撤销调整'),
            reason: z.string().max(4000),
          }),
          response: { 200: evaluationSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => adjustScore(store, context(request, ctx.now), request.params.id, request.body),
    );

    app.get(
      '/api/documents/:id/monitoring',
      {
        config: { action: 'monitoring.read' },
        schema: {
          tags: ['evaluation'],
          summary: '运行监控（双监控）：各月记录与红黄绿预警',
          params: idParams,
          response: { 200: monitoringSchema, ...errors(401, 403, 404) },
        },
      },
      async (request) => monitoringView(store, request.actor, request.params.id),
    );

    app.put(
      '/api/documents/:id/monitoring',
      {
        config: { action: 'monitoring.write' },
        schema: {
          tags: ['evaluation'],
          summary: '填报某项目（单位）某月的运行监控记录（同月再填则替换）',
          params: idParams,
          body: monitoringEntrySchema,
          response: { 200: monitoringRecordSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => saveMonitoring(store, context(request, ctx.now), request.params.id, request.body),
    );

    done();
  };
}
