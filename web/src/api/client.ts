// The API client generated from the committed OpenAPI document (openapi-fetch over schema.d.ts, which
// `npm run api:web` writes from src/server/openapi.json): typed paths, parameters and bodies, the
// CSRF header on state-changing requests, and the server's {code, message, details} errors thrown as
// ApiError.
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { ApiError, withCsrf } from './http';

export const client = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

client.use({
  onRequest({ request }) {
    withCsrf(request.method, request.headers);
    return request;
  },
});

export type Schemas = components['schemas'];

/** The data of a response, or the server's error as ApiError. */
export async function ok<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<NonNullable<T>> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    const e = (error ?? {}) as { code?: string; message?: string; details?: unknown };
    const fallback =
      response.status === 404
        ? '未找到，或您无权查看'
        : response.status === 403
          ? '无权执行此操作'
          : response.status === 401
            ? '请先登录'
            : `请求失败（${response.status}）`;
    throw new ApiError(
      response.status,
      e.code ?? `http-${response.status}`,
      e.message ?? fallback,
      e.details,
    );
  }
  return data as NonNullable<T>;
}
