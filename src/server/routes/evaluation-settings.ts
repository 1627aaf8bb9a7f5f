// A region's self-evaluation and monitoring settings: read by anyone (the rules published scores
// follow), replaced by admins. The validation (every problem with its stable code) is the use case's.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { getEvaluationSettings, LEVEL1_INDICATORS, putEvaluationSettings } from '../../app/index.js';
import type { ServerContext } from '../context.js';
import { requestContext } from '../context.js';
import { errors } from '../schemas.js';

const figure = z.string().max(20).describe('十进制数字符串');

export const evaluationSettingsSchema = z
  .object({
    executionWeight: figure.describe('预算执行率分值（默认 10；绩效指标分享其余分值）'),
    levelShares: z
      .partialRecord(z.enum(LEVEL1_INDICATORS), figure)
      .nullable()
      .describe(
        '各一级指标分值（如产出 50、效益 30、满意度 10），之和为 100 减预算执行率分值；null 按文档的指标分值',
      ),
    grades: z
      .object({ 优: figure, 良: figure, 中: figure })
      .describe('各等级最低分（默认优 90、良 80、中 60），低于“中”为差'),
    monitoring: z
      .object({
        executionYellow: figure.describe('执行进度落后于时间进度超过多少个百分点为黄色预警（默认 10）'),
        executionRed: figure.describe('超过多少个百分点为红色预警（默认 20）'),
        indicatorYellow: figure.describe(
          '指标预计完成目标的比例不低于多少（%）为黄色，低于为红色（默认 80）',
        ),
      })
      .describe('运行监控预警'),
  })
  .meta({ id: 'EvaluationSettings' });

const regionParams = z.object({ code: z.string().regex(/^\d{6}$/) });

export function evaluationSettingsRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const { store } = ctx;
  return (app, _options, done) => {
    app.get(
      '/api/regions/:code/evaluation-settings',
      {
        config: { action: 'region.read' },
        schema: {
          tags: ['evaluation'],
          summary: '地区的绩效评价设置：预算执行率分值、一级指标分值、等级分数线、运行监控预警幅度',
          params: regionParams,
          response: { 200: evaluationSettingsSchema },
        },
      },
      async (request) => getEvaluationSettings(store, request.params.code),
    );
    app.put(
      '/api/regions/:code/evaluation-settings',
      {
        config: { action: 'region.write' },
        schema: {
          tags: ['evaluation'],
          summary: '修改地区的绩效评价设置（管理员；校验分值范围与等级顺序，记入审计）',
          params: regionParams,
          body: evaluationSettingsSchema,
          response: { 200: evaluationSettingsSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) =>
        putEvaluationSettings(store, requestContext(request, ctx.now), request.params.code, request.body),
    );
    done();
  };
}
