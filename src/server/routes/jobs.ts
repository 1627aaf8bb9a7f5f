// Jobs: an import queued instead of done in the request (202 with the job's id), a PDF render of a
// document, a job's state, progress and result or error, and the bytes a render produced. Workers
// (in the server process or `yusuan worker` processes) do the work; a job is seen only by the one who
// asked (and admins). The synchronous POST /api/documents is unchanged.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  enqueueImport,
  enqueueRender,
  getJobResultBytes,
  JOB_RETENTION,
  RENDER_CONTENTS,
  YusuanError,
} from '../../app/index.js';
import type { JobRecord } from '../../app/index.js';
import type { ServerContext } from '../context.js';
import { errors, idParams, jobAcceptedSchema, jobSchema } from '../schemas.js';
import { readUpload } from '../upload.js';

const noJob = (id: string) => new YusuanError('not-found', `任务 ${id} 不存在或无权查看`, { id });

export function jobRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const { store, jobs } = ctx;
  return (app, _options, done) => {
    app.post(
      '/api/jobs/import',
      {
        config: { action: 'job.import' },
        schema: {
          tags: ['jobs'],
          summary: '排队导入文档（后台任务）：立即返回 202 与任务 id',
          description:
            '与 POST /api/documents 相同的 multipart 字段（`file`，可选 `region`）。导入、审核、入库由任务执行，' +
            '结果（文档 id）或错误代码（如 not-a-budget-document、forbidden）见 GET /api/jobs/{id}。',
          consumes: ['multipart/form-data'],
          response: { 202: jobAcceptedSchema, ...errors(400, 401, 403, 413, 415) },
        },
      },
      async (request, reply) => {
        const { file, region } = await readUpload(request, ctx.maxUploadBytes);
        const id = await enqueueImport(jobs, {
          fileName: file.name,
          bytes: file.bytes,
          region,
          actor: request.actor,
        });
        void reply.status(202);
        return { id, kind: 'import' as const, state: 'queued' as const };
      },
    );

    app.post(
      '/api/documents/:id/pdf',
      {
        config: { action: 'job.render' },
        schema: {
          tags: ['jobs'],
          summary: '排队生成文档的 PDF（后台任务）：202 与任务 id，完成后从 /api/jobs/{id}/result 下载',
          description:
            'content=document（默认）：公开文档；content=evaluation：绩效自评表（含财政复核调整），可见范围同绩效自评。',
          params: idParams,
          querystring: z.object({ content: z.enum(RENDER_CONTENTS).default('document') }),
          response: { 202: jobAcceptedSchema, ...errors(401, 404) },
        },
      },
      async (request, reply) => {
        const id = await enqueueRender(jobs, store, request.actor, request.params.id, request.query.content);
        void reply.status(202);
        return { id, kind: 'render-pdf' as const, state: 'queued' as const };
      },
    );

    app.get(
      '/api/jobs/:id',
      {
        config: { action: 'job.read' },
        schema: {
          tags: ['jobs'],
          summary: '任务状态：进度，完成时的结果或失败时的错误',
          params: idParams,
          response: { 200: jobSchema, ...errors(401, 404) },
        },
      },
      async (request): Promise<JobRecord> => {
        const job = await jobs.status(request.actor, request.params.id);
        if (!job) throw noJob(request.params.id);
        return job;
      },
    );

    app.get(
      '/api/jobs/:id/result',
      {
        config: { action: 'job.read' },
        schema: {
          tags: ['jobs'],
          summary: '任务生成的文件（render-pdf 任务的 PDF）；未完成时 409',
          params: idParams,
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const job = await jobs.status(request.actor, id);
        if (!job) throw noJob(id);
        if (job.state !== 'completed')
          throw new YusuanError(
            'conflict',
            job.state === 'failed'
              ? `任务 ${id} 已失败，没有结果文件`
              : `任务 ${id} 尚未完成（${job.state}）`,
            { id, state: job.state },
          );
        const bytes = await getJobResultBytes(store.db, request.actor, id);
        if (!bytes)
          throw new YusuanError(
            'not-found',
            job.kind === 'render-pdf'
              ? `任务 ${id} 的结果文件已超过保留期（${JOB_RETENTION.resultHours} 小时）被清理，请重新生成`
              : `任务 ${id} 没有结果文件`,
            { id },
          );
        const name = typeof job.result?.['fileName'] === 'string' ? job.result['fileName'] : `${id}.pdf`;
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
          .send(Buffer.from(bytes));
      },
    );
    done();
  };
}
