// The OpenAPI document as committed (src/server/openapi.json): what @fastify/swagger generates from
// the Zod schemas, plus what it cannot see (the multipart upload's fields).
const UPLOAD = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary', description: '文本（任意支持的编码）、XLSX 或 PDF' },
          region: { type: 'string', pattern: '^\\d{6}$', description: '行政区划代码（可选）' },
        },
      },
    },
  },
};

interface Doc {
  paths?: Record<string, Record<string, { requestBody?: unknown }>>;
}

export function finishOpenApi(generated: unknown): unknown {
  const doc = structuredClone(generated) as Doc;
  const post = doc.paths?.['/api/documents']?.['post'];
  if (post) post.requestBody = UPLOAD;
  return doc;
}
