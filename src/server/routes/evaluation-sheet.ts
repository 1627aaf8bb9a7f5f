// The self-evaluation forms of a stored evaluation as a file (HTML to read in the browser, XLSX to
// download), with the bureau's adjusted scores and reasons; the PDF is a render job (POST
// /api/documents/{id}/pdf?content=evaluation). Seen as the evaluation is: public once published.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { evaluationSheet } from '../../app/index.js';
import type { ServerContext } from '../context.js';
import { idParams } from '../schemas.js';

/** The page is ours and escaped; still, it may run nothing and load nothing. */
const HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

export function evaluationSheetRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const { store } = ctx;
  return (app, _options, done) => {
    app.get(
      '/api/documents/:id/evaluation/sheet',
      {
        config: { action: 'evaluation.read' },
        schema: {
          tags: ['evaluation'],
          summary: '绩效自评表（汇总表、项目支出绩效自评表、部门整体支出绩效自评表，含财政复核调整及理由）',
          description:
            'format=html（在浏览器中阅读）或 xlsx（下载）；PDF 由后台任务生成：POST /api/documents/{id}/pdf?content=evaluation。' +
            '与绩效自评本身相同的可见范围：文档的单位、主管部门和财政审核人可见，公开后所有人可见。',
          params: idParams,
          querystring: z.object({ format: z.enum(['html', 'xlsx']).default('html') }),
        },
      },
      async (request, reply) => {
        const file = await evaluationSheet({ store }, request.actor, request.params.id, request.query.format);
        const disposition = request.query.format === 'html' ? 'inline' : 'attachment';
        if (request.query.format === 'html') void reply.header('content-security-policy', HTML_POLICY);
        return reply
          .type(file.contentType)
          .header(
            'content-disposition',
            `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
          )
          .send(Buffer.from(file.bytes));
      },
    );
    done();
  };
}
