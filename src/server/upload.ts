// Reading an upload: multipart/form-data with the file in field `file` (one, at most the size limit)
// and an optional `region` (6-digit region code). Shared by the synchronous import and the import job.
import type { FastifyRequest } from 'fastify';
import { YusuanError } from '../app/index.js';

export interface Upload {
  file: { name: string; bytes: Buffer };
  region: string | undefined;
}

export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart())
    throw new YusuanError('unsupported-format', '请以 multipart/form-data 上传，文件放在字段 file 中');
  let region: string | undefined;
  let file: Upload['file'] | undefined;
  for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1 } })) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') {
        await part.toBuffer();
        throw new YusuanError('validation', `未知的文件字段 ${part.fieldname}（应为 file）`, {
          field: part.fieldname,
        });
      }
      file = { name: part.filename || 'upload', bytes: await part.toBuffer() };
    } else if (part.fieldname === 'region') {
      const v = typeof part.value === 'string' ? part.value.trim() : '';
      if (!/^\d{6}$/.test(v))
        throw new YusuanError('validation', `region 应为 6 位行政区划代码：${v}`, { field: 'region' });
      region = v;
    }
  }
  if (!file) throw new YusuanError('validation', '缺少文件字段 file', { field: 'file' });
  return { file, region };
}
