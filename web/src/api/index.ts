// The server's API as the pages use it. Every call goes through the client generated from
// src/server/openapi.json once it is there; pages import only this module.
import type { DocJson } from '../model/json';
import type { FindingJson } from '../model/finding';
import { upload } from './http';
import { client, ok } from './client';
import type { Schemas } from './client';
import type { paths } from './schema';

/** The JSON answer of an operation (status 200, else 201). */
type Answer<P extends keyof paths, M extends 'get' | 'post' | 'put' | 'patch'> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer J } } }
    ? J
    : R extends { 201: { content: { 'application/json': infer J } } }
      ? J
      : never
  : never;

export type User = Schemas['User'];
export type UserRecord = Schemas['UserRecord'];
export type NewUser = NonNullable<paths['/api/users']['post']['requestBody']>['content']['application/json'];
export type UserPatch = NonNullable<
  paths['/api/users/{id}']['patch']['requestBody']
>['content']['application/json'];
export type Role = User['role'];
export type Region = Schemas['Region'];
export type Department = Schemas['Department'];
export type DocumentItem = Schemas['DocumentMeta'];
export type Totals = Schemas['KeyTotals'];
export type WorkflowStatus = Answer<'/api/documents/{id}/workflow', 'get'>;
export type ReviewView = Answer<'/api/documents/{id}/review', 'get'>;
export type ReviewComment = ReviewView['comments'][number];
export type CommentTarget = ReviewComment['target'];
export type HistoryEntry = Answer<'/api/documents/{id}/history', 'get'>[number];
export type InboxItem = Answer<'/api/inbox', 'get'>['items'][number];
export type Change = Answer<'/api/documents/{id}/diff', 'get'>['changes'][number];
export type RegionSettings = Answer<'/api/regions/{code}/settings', 'get'>;
export type IndicatorRow = Answer<'/api/documents/{id}/indicators', 'get'>[number];
export type EditOp = { op: 'set'; path: string; value: unknown } | { op: 'remove'; path: string };

/** The region the portal opens on: the one with the most documents to read (cities and counties first). */
export function defaultRegion(regions: readonly Region[]): string {
  const rank = (r: Region) => r.documents * 2 + (r.level === 'province' ? 0 : 1);
  return [...regions].sort((a, b) => rank(b) - rank(a))[0]?.code ?? '';
}

export interface DocumentMeta extends DocumentItem {
  document: DocJson;
}

export interface SearchHit {
  type: string;
  id?: string;
  documentId?: string;
  title: string;
  snippet?: string;
  department?: string;
  year?: number;
}

const q = (params: Record<string, string | number | undefined | null>): string => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const t = s.toString();
  return t ? `?${t}` : '';
};

/** GET /api/documents/{id} answers `{meta, model}`: the metadata and the codec JSON. */
export function documentOf(r: { meta: DocumentItem; model: unknown }): DocumentMeta {
  return { ...r.meta, document: r.model as DocJson };
}

const doc = (id: string, rest = '') => `/api/documents/${encodeURIComponent(id)}${rest}`;

export const api = {
  me: () =>
    ok(client.GET('/api/auth/me'))
      .then((r): { user: User | null; csrfToken?: string } => r)
      .catch(() => null),
  login: (name: string, password: string) => ok(client.POST('/api/auth/login', { body: { name, password } })),
  logout: () => ok(client.POST('/api/auth/logout')),
  regions: () => ok(client.GET('/api/regions')),
  saveRegion: (code: string, name: string) =>
    ok(client.PUT('/api/regions/{code}', { params: { path: { code } }, body: { name } })),
  departments: (region?: string) =>
    ok(client.GET('/api/departments', { params: { query: region ? { region } : {} } })),
  documents: (p: {
    region?: string;
    year?: number;
    state?: DocumentItem['state'];
    kind?: string;
    scope?: 'own' | 'visible';
  }) => ok(client.GET('/api/documents', { params: { query: { ...p, limit: 1000 } } })).then((r) => r.items),
  document: (id: string) =>
    ok(client.GET('/api/documents/{id}', { params: { path: { id } } })).then((r) =>
      documentOf(r as { meta: DocumentItem; model: unknown }),
    ),
  findings: (id: string) =>
    ok(client.GET('/api/documents/{id}/findings', { params: { path: { id } } })).then(
      (r) => r as FindingJson[],
    ),
  sourceLine: (id: string, line: number) =>
    ok(client.GET('/api/documents/{id}/source', { params: { path: { id }, query: { line } } })).then(
      (r) => r.text,
    ),
  indicators: (id: string) => ok(client.GET('/api/documents/{id}/indicators', { params: { path: { id } } })),
  upload: (file: File, onProgress: (p: number) => void, region?: string) => {
    const form = new FormData();
    if (region) form.set('region', region);
    form.set('file', file);
    // Upload progress needs XMLHttpRequest (fetch has none); the answer is the generated UploadResult.
    return upload<Schemas['UploadResult']>('/api/documents', form, onProgress);
  },
  /** Creates a document from a model built in the browser (a declaration form); answers its findings. */
  createModel: (model: unknown) =>
    ok(client.POST('/api/documents/model', { body: { model } })).then((r) => ({
      ...r,
      findings: r.findings as FindingJson[],
    })),
  /** Saves an edited model (If-Match: the version edited); answers the review's findings. */
  saveModel: (id: string, model: unknown, version: number) =>
    ok(
      client.PUT('/api/documents/{id}/model', {
        params: { path: { id }, header: { 'if-match': `"${version}"` } },
        body: { model },
      }),
    ).then((r) => ({ ...r, findings: r.findings as FindingJson[] })),
  edit: (id: string, version: number, edits: EditOp[]) =>
    ok(
      client.PATCH('/api/documents/{id}', {
        params: { path: { id }, header: { 'if-match': `"${version}"` } },
        body: { edits },
      }),
    ).then((r) => ({ ...r, findings: r.findings as FindingJson[] })),
  /** The review as it would be after the edits, nothing saved (the editor's findings as you type). */
  previewEdits: (id: string, edits: EditOp[]) =>
    ok(client.POST('/api/documents/{id}/edits/preview', { params: { path: { id } }, body: { edits } })).then(
      (r) => ({ ...r, findings: r.findings as FindingJson[] }),
    ),
  submit: (id: string, explanations?: { key: string; text: string }[]) =>
    ok(
      client.POST('/api/documents/{id}/submit', {
        params: { path: { id } },
        body: explanations ? { explanations } : {},
      }),
    ),
  returnDoc: (id: string, opinion: string) =>
    ok(client.POST('/api/documents/{id}/return', { params: { path: { id } }, body: { opinion } })),
  approve: (id: string, opinion: string) =>
    ok(
      client.POST('/api/documents/{id}/approve', {
        params: { path: { id } },
        body: opinion ? { opinion } : {},
      }),
    ),
  publish: (id: string) =>
    ok(client.POST('/api/documents/{id}/publish', { params: { path: { id } }, body: {} })),
  departmentReview: (id: string, opinion: string) =>
    ok(
      client.POST('/api/documents/{id}/department-review', {
        params: { path: { id } },
        body: opinion ? { opinion } : {},
      }),
    ),
  adjust: (id: string, opinion: string) =>
    ok(client.POST('/api/documents/{id}/adjust', { params: { path: { id } }, body: { opinion } })),
  workflow: (id: string) => ok(client.GET('/api/documents/{id}/workflow', { params: { path: { id } } })),
  review: (id: string) => ok(client.GET('/api/documents/{id}/review', { params: { path: { id } } })),
  explain: (id: string, key: string, text: string) =>
    ok(client.POST('/api/documents/{id}/explanations', { params: { path: { id } }, body: { key, text } })),
  comment: (id: string, target: CommentTarget, text: string) =>
    ok(client.POST('/api/documents/{id}/comments', { params: { path: { id } }, body: { target, text } })),
  versions: (id: string) => ok(client.GET('/api/documents/{id}/versions', { params: { path: { id } } })),
  diff: (id: string, from: number, to: number) =>
    ok(client.GET('/api/documents/{id}/diff', { params: { path: { id }, query: { from, to } } })).then(
      (r) => r.changes,
    ),
  inbox: () => ok(client.GET('/api/inbox', { params: { query: {} } })).then((r) => r.items),
  history: (id: string) => ok(client.GET('/api/documents/{id}/history', { params: { path: { id } } })),
  regionSettings: (code: string) =>
    ok(client.GET('/api/regions/{code}/settings', { params: { path: { code } } })),
  saveRegionSettings: (code: string, s: RegionSettings) =>
    ok(client.PUT('/api/regions/{code}/settings', { params: { path: { code } }, body: s })),
  users: () => ok(client.GET('/api/users')).then((r) => r.items),
  createUser: (u: NewUser) => ok(client.POST('/api/users', { body: u })),
  updateUser: (id: number, patch: UserPatch) =>
    ok(client.PATCH('/api/users/{id}', { params: { path: { id } }, body: patch })),
  resetPassword: (id: number, password: string) =>
    ok(client.POST('/api/users/{id}/password', { params: { path: { id } }, body: { password } })),
  /** GET /api/aggregate: a cube drilled down, cut and ordered (exact sums as decimal strings, 万元). */
  aggregate: (query: NonNullable<paths['/api/aggregate']['get']['parameters']['query']>) =>
    ok(client.GET('/api/aggregate', { params: { query } })),
  search: (text: string) =>
    ok(client.GET('/api/search', { params: { query: { q: text } } })).then((hits) =>
      hits.map((h): SearchHit => ({
        type: h.kind,
        title: h.name,
        ...(h.documentId ? { documentId: h.documentId } : {}),
        ...(h.department ? { department: h.department } : {}),
        ...(h.year ? { year: h.year } : {}),
        ...(h.project && h.project !== h.name ? { snippet: h.project } : {}),
      })),
    ),
  /** The department's budget row by row against last year's (both as the reader may see them). */
  yearOverYear: (departmentId: number, year: number) =>
    ok(
      client.GET('/api/departments/{id}/year-over-year', {
        params: { path: { id: departmentId }, query: { year } },
      }),
    ),
  /** Queues the PDF of a document (a background job on the server); answers the job. */
  renderPdf: (id: string, content: 'document' | 'evaluation' = 'document') =>
    ok(client.POST('/api/documents/{id}/pdf', { params: { path: { id }, query: { content } } })),
  job: (id: string) => ok(client.GET('/api/jobs/{id}', { params: { path: { id } } })),
  jobResultUrl: (id: string) => `/api/jobs/${encodeURIComponent(id)}/result`,
  exportUrl: (id: string, format: 'xlsx' | 'csv' | 'json') => doc(id, `/export${q({ format })}`),
};

const early = new Map<string, Promise<DocumentMeta>>();

/**
 * Starts loading a document before its page's code has arrived (called at start-up for a
 * /documents/{id} address), so the data and the code come down together.
 */
export function prefetchDocument(id: string): void {
  const p = api.document(id);
  p.catch(() => undefined);
  early.set(id, p);
}

/** The prefetched document once (a reload asks again), else a fresh request. */
export function loadDocument(id: string): Promise<DocumentMeta> {
  const p = early.get(id);
  early.delete(id);
  return p ?? api.document(id);
}
export * from './evaluation';
