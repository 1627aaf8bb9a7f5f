// The one mapping from error codes to HTTP status codes, and the error handler that answers every
// failure as JSON {code, message (Chinese), details}. Validation errors name the field.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode, ErrorInfo } from '../app/index.js';
import { ERROR_MESSAGES, errorInfo, isYusuanError } from '../app/index.js';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  'file-not-found': 404,
  'file-unreadable': 422,
  'is-directory': 422,
  'too-large': 413,
  'empty-file': 422,
  'binary-data': 422,
  'encoding-invalid': 422,
  'not-a-budget-document': 422,
  'damaged-file': 422,
  'pdf-without-text': 422,
  'unsupported-format': 415,
  'converter-missing': 503,
  'xlsx-no-worksheet': 422,
  'xlsx-too-large': 422,
  'time-limit': 422,
  usage: 400,
  validation: 400,
  'not-found': 404,
  conflict: 409,
  unauthenticated: 401,
  forbidden: 403,
  'too-many-requests': 429,
  'review-errors': 422,
  'evaluation-incomplete': 422,
  'output-is-input': 400,
  'output-exists': 409,
  'cannot-write': 500,
  unavailable: 503,
  internal: 500,
};

/** Fastify's own errors (body limits, multipart, content types) as error infos. */
function fromFastify(e: FastifyError): ErrorInfo {
  const status = e.statusCode ?? 500;
  // A truncated or garbled multipart body (busboy's errors carry no status): the client's fault.
  if (e.statusCode === undefined && /multipart|boundary|part header|end of form/i.test(e.message))
    return errorInfo('validation', `上传的 multipart 数据无效：${e.message}`);
  if (status === 413) return errorInfo('too-large', `请求体超过大小上限：${e.message}`);
  if (status === 415 || e.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
    return errorInfo('unsupported-format', `不支持的请求内容类型：${e.message}`);
  if (status === 429) return errorInfo('too-many-requests');
  if (status >= 400 && status < 500) return errorInfo('validation', `请求无效：${e.message}`);
  return errorInfo('internal', `${ERROR_MESSAGES.internal}：${e.message}`);
}

export function statusOf(info: ErrorInfo): number {
  return STATUS_BY_CODE[info.code];
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    let info: ErrorInfo;
    if (isYusuanError(err)) info = err.toInfo();
    else if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation as readonly { instancePath: string; message?: string }[];
      const problems = issues.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '（根）',
        message: v.message ?? '',
      }));
      const where = err.validationContext ?? 'body';
      const first = problems[0];
      info = errorInfo(
        'validation',
        `请求参数无效（${where}）：${first?.path ?? ''} ${first?.message ?? ''}`.trim(),
        {
          in: where,
          problems,
        },
      );
    } else if (isResponseSerializationError(err)) {
      request.log.error(err);
      info = errorInfo('internal', `${ERROR_MESSAGES.internal}：响应不符合接口定义`);
    } else info = fromFastify(err);
    const status = statusOf(info);
    if (status >= 500) request.log.error(err);
    void reply.status(status).type('application/json; charset=utf-8').send(info);
  });
}
