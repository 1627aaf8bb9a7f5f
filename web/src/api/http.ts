// HTTP beside the generated client (client.ts): the CSRF header on state-changing requests, the
// server's errors ({code, message, details}) turned into ApiError with the Chinese message the server
// wrote, and uploads with progress (XMLHttpRequest, which fetch cannot replace).

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

// The token login returns, kept for this browser (a reload keeps the session cookie, so it keeps the
// token too). It is not a secret from this origin's scripts: it proves the request came from them.
const CSRF_KEY = 'yusuan.csrf';
let csrfToken: string | null = typeof localStorage === 'undefined' ? null : localStorage.getItem(CSRF_KEY);
export const setCsrfToken = (t: string | null) => {
  csrfToken = t;
  if (typeof localStorage === 'undefined') return;
  if (t) localStorage.setItem(CSRF_KEY, t);
  else localStorage.removeItem(CSRF_KEY);
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Adds the CSRF header to a state-changing request. */
export function withCsrf(method: string, headers: Headers): Headers {
  if (UNSAFE.has(method.toUpperCase()) && csrfToken) headers.set('x-csrf-token', csrfToken);
  return headers;
}

export async function errorOf(res: Response): Promise<ApiError> {
  let body: { code?: string; message?: string; details?: unknown } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    /* not JSON */
  }
  const fallback =
    res.status === 404
      ? '未找到，或您无权查看'
      : res.status === 403
        ? '无权执行此操作'
        : res.status === 401
          ? '请先登录'
          : `请求失败（${res.status}）`;
  return new ApiError(res.status, body.code ?? `http-${res.status}`, body.message ?? fallback, body.details);
}

/** Uploads with progress (fetch has no upload progress): XMLHttpRequest, same cookie and CSRF rules. */
export function upload<T>(
  path: string,
  form: FormData,
  onProgress: (percent: number) => void,
): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    withCsrf('POST', new Headers()).forEach((v, k) => xhr.setRequestHeader(k, v));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve({ status: xhr.status, body: body as T });
      else {
        const b = (body ?? {}) as { code?: string; message?: string; details?: unknown };
        reject(
          new ApiError(
            xhr.status,
            b.code ?? `http-${xhr.status}`,
            b.message ?? `上传失败（${xhr.status}）`,
            b.details,
          ),
        );
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', '网络错误，文件未上传'));
    xhr.send(form);
  });
}
