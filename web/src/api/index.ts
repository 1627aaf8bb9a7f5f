// The server's API as the pages use it. Every call goes through the client generated from
// src/server/openapi.json once it is there; pages import only this module.
import type { DocJson } from '../model/json';
import type { FindingJson } from '../model/finding';
import { request, upload } from './http';

export type Role = 'admin' | 'reviewer' | 'department' | 'unit';

export interface User {
  id?: string | number;
  name: string;
  role: Role;
  region?: string | null;
  department?: string | null;
  unit?: string | null;
}

export interface Totals {
  income?: string | null;
  expenditure?: string | null;
  basic?: string | null;
  project?: string | null;
  threePublic?: string | null;
}

export interface DocumentItem {
  id: string;
  kind: string;
  year: number | null;
  regionCode?: string | null;
  department?: string | null;
  departmentCode?: string | null;
  unitCode?: string | null;
  title?: string | null;
  state?: string;
  version?: number;
  totals?: Totals;
  findingCount?: number;
  errorCount?: number;
  fileName?: string;
  updatedAt?: string;
  deadline?: string | null;
}

export interface DocumentMeta extends DocumentItem {
  document: DocJson;
}

export interface Region {
  code: string;
  name: string;
  level?: string;
  parentCode?: string | null;
  /** Documents of the region the reader may see. */
  documents?: number;
}

/** The region the portal opens on: the one with the most documents to read (cities and counties first). */
export function defaultRegion(regions: readonly Region[]): string {
  const rank = (r: Region) => (r.documents ?? 0) * 2 + (r.level === 'province' ? 0 : 1);
  return [...regions].sort((a, b) => rank(b) - rank(a))[0]?.code ?? '';
}

export interface Department {
  id: number;
  regionCode: string;
  code: string | null;
  name: string;
  documents: number;
  years: number[];
}

export interface RegionSettings {
  departmentStep: boolean;
  deadlines: { year: number; date: string }[];
}

export interface UploadResult {
  id: string;
  findings: FindingJson[];
  summary?: unknown;
}

export interface HistoryEntry {
  seq?: number;
  action: string;
  actor: string | null;
  at: string;
  opinion?: string | null;
  fromState?: string | null;
  toState?: string | null;
  version?: number | null;
}

export interface WorkflowStatus {
  id: string;
  state: string;
  version: number;
  returned: boolean;
  adjustment: boolean;
  approvedVersion: number | null;
  publishedVersion: number | null;
  /** What the signed-in user may do now: submit, department-review, return, approve, publish, adjust, edit… */
  actions: string[];
  settings: RegionSettings;
}

export interface CommentTarget {
  table?: string;
  row?: string;
  column?: string;
  project?: string;
  indicator?: string;
}

export interface ReviewComment {
  id: number;
  version: number;
  target: CommentTarget;
  text: string;
  actor: string;
  at: string;
}

export interface ReviewView {
  findings: (FindingJson & { key: string; explanation: string | null })[];
  submittable: boolean;
  comments: ReviewComment[];
}

export interface Change {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  figure: boolean;
  before: string | null;
  after: string | null;
  difference: string | null;
}

export type EditOp = { op: 'set'; path: string; value: unknown } | { op: 'remove'; path: string };

export interface SearchHit {
  type: string;
  id?: string;
  documentId?: string;
  title: string;
  snippet?: string;
  department?: string;
  year?: number;
}

export interface InboxItem {
  documentId: string;
  reason: 'awaiting' | 'returned' | 'draft';
  title: string | null;
  department: string | null;
  year: number | null;
  state: string;
  version: number;
  actions: string[];
  opinion: string | null;
  deadline: string | null;
  daysLeft: number | null;
  overdue: boolean;
}

export interface IndicatorRow {
  level1: string | null;
  level2: string | null;
  name: string | null;
  value: string | null;
  unit: string | null;
  comparator: string | null;
  weight: string | null;
  scoring: string | null;
  content: string | null;
  placeholder: boolean;
  line: number;
  project: string;
}

export interface SaveResult {
  id: string;
  state?: string;
  version?: number;
  findings: FindingJson[];
}

export interface AggregateCell {
  [key: string]: string | number | null;
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
type Transition = { id: string; state: string; version: number };

export const api = {
  me: () => request<{ user: User | null; csrfToken?: string }>('GET', '/api/auth/me').catch(() => null),
  login: (name: string, password: string) =>
    request<{ user: User; csrfToken: string }>('POST', '/api/auth/login', { name, password }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  regions: () => request<Region[]>('GET', '/api/regions'),
  saveRegion: (code: string, name: string) =>
    request<Region>('PUT', `/api/regions/${encodeURIComponent(code)}`, { name }),
  departments: (region?: string) => request<Department[]>('GET', `/api/departments${q({ region })}`),
  users: () =>
    request<User[] | { items: User[] }>('GET', '/api/users').then((r) => (Array.isArray(r) ? r : r.items)),
  createUser: (u: Omit<User, 'id'> & { password: string }) => request<User>('POST', '/api/users', u),
  regionSettings: (code: string) =>
    request<RegionSettings>('GET', `/api/regions/${encodeURIComponent(code)}/settings`),
  saveRegionSettings: (code: string, s: RegionSettings) =>
    request<RegionSettings>('PUT', `/api/regions/${encodeURIComponent(code)}/settings`, s),
  documents: (p: { region?: string; year?: number; state?: string; kind?: string }) =>
    request<{ items: DocumentItem[]; total: number }>(
      'GET',
      `/api/documents${q({ ...p, limit: 1000 })}`,
    ).then((r) => r.items),
  document: (id: string) => request<{ meta: DocumentItem; model: unknown }>('GET', doc(id)).then(documentOf),
  findings: (id: string) => request<FindingJson[]>('GET', doc(id, '/findings')),
  sourceLine: (id: string, line: number) =>
    request<{ line: number; text: string }>('GET', doc(id, `/source${q({ line })}`)).then((r) => r.text),
  indicators: (id: string) => request<IndicatorRow[]>('GET', doc(id, '/indicators')),
  upload: (file: File, onProgress: (p: number) => void, region?: string) => {
    const form = new FormData();
    if (region) form.set('region', region);
    form.set('file', file);
    return upload<UploadResult>('/api/documents', form, onProgress);
  },
  /** Creates a document from a model built in the browser (a declaration form); answers its findings. */
  createModel: (model: unknown) => request<SaveResult>('POST', '/api/documents/model', { model }),
  /** Saves an edited model (If-Match: the version edited); answers the review's findings. */
  saveModel: (id: string, model: unknown, version: number) =>
    request<SaveResult>('PUT', doc(id, '/model'), { model }, { headers: { 'if-match': `"${version}"` } }),
  aggregate: (p: { drilldown: string; cut?: string; measure?: string; order?: string; pagesize?: number }) =>
    request<{ cells: AggregateCell[]; summary: Record<string, string>; total_cell_count: number }>(
      'GET',
      `/api/aggregate${q(p)}`,
    ),
  search: (text: string) =>
    request<{ results: SearchHit[] } | SearchHit[]>('GET', `/api/search${q({ q: text })}`).then((r) =>
      Array.isArray(r) ? r : r.results,
    ),
  exportUrl: (id: string, format: 'xlsx' | 'pdf' | 'csv' | 'json') => doc(id, `/export${q({ format })}`),
  submit: (id: string, explanations?: { key: string; text: string }[]) =>
    request<Transition>('POST', doc(id, '/submit'), explanations ? { explanations } : {}),
  returnDoc: (id: string, opinion: string) => request<Transition>('POST', doc(id, '/return'), { opinion }),
  approve: (id: string, opinion: string) => request<Transition>('POST', doc(id, '/approve'), { opinion }),
  publish: (id: string) => request<Transition>('POST', doc(id, '/publish'), {}),
  departmentReview: (id: string, opinion: string) =>
    request<Transition>('POST', doc(id, '/department-review'), opinion ? { opinion } : {}),
  adjust: (id: string, opinion: string) => request<Transition>('POST', doc(id, '/adjust'), { opinion }),
  workflow: (id: string) => request<WorkflowStatus>('GET', doc(id, '/workflow')),
  review: (id: string) => request<ReviewView>('GET', doc(id, '/review')),
  explain: (id: string, key: string, text: string) =>
    request<ReviewView>('POST', doc(id, '/explanations'), { key, text }),
  comment: (id: string, target: CommentTarget, text: string) =>
    request<ReviewComment>('POST', doc(id, '/comments'), { target, text }),
  edit: (id: string, version: number, edits: EditOp[]) =>
    request<Transition & { findings: FindingJson[]; changes: Change[] }>(
      'PATCH',
      doc(id),
      { edits },
      { headers: { 'if-match': `"${version}"` } },
    ),
  versions: (id: string) =>
    request<{ version: number; createdBy: string | null; createdAt: string }[]>('GET', doc(id, '/versions')),
  diff: (id: string, from: number, to: number) =>
    request<{ changes: Change[] }>('GET', doc(id, `/diff${q({ from, to })}`)).then((r) => r.changes),
  inbox: () => request<{ items: InboxItem[] }>('GET', '/api/inbox').then((r) => r.items),
  history: (id: string) => request<HistoryEntry[]>('GET', doc(id, '/history')),
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
