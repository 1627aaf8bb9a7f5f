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
  region?: string | null;
  regionName?: string | null;
  department?: string | null;
  departmentCode?: string | null;
  title?: string | null;
  state?: string;
  version?: number;
  totals?: Totals;
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
}

export interface UploadResult {
  id: string;
  findings: FindingJson[];
  summary?: unknown;
}

export interface HistoryEntry {
  action: string;
  actor: string;
  at: string;
  opinion?: string | null;
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

/** The model JSON of a document response: the codec JSON itself or under `document`. */
export function documentOf(r: unknown): DocumentMeta {
  const o = r as Record<string, unknown>;
  if (o && typeof o === 'object' && 'document' in o) return o as unknown as DocumentMeta;
  return { ...(o as unknown as DocumentItem), document: o as unknown as DocJson };
}

export const api = {
  me: () => request<{ user: User; csrfToken?: string } | null>('GET', '/api/auth/me').catch(() => null),
  login: (name: string, password: string) =>
    request<{ user: User; csrfToken: string }>('POST', '/api/auth/login', { name, password }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  regions: () =>
    request<{ regions: Region[] } | Region[]>('GET', '/api/regions').then((r) =>
      Array.isArray(r) ? r : r.regions,
    ),
  documents: (p: { region?: string; year?: number; state?: string; kind?: string; mine?: boolean }) =>
    request<{ documents: DocumentItem[] } | DocumentItem[]>(
      'GET',
      `/api/documents${q({ ...p, mine: p.mine ? 1 : undefined })}`,
    ).then((r) => (Array.isArray(r) ? r : r.documents)),
  document: (id: string) =>
    request<unknown>('GET', `/api/documents/${encodeURIComponent(id)}`).then(documentOf),
  findings: (id: string) =>
    request<{ findings: FindingJson[] } | FindingJson[]>(
      'GET',
      `/api/documents/${encodeURIComponent(id)}/findings`,
    ).then((r) => (Array.isArray(r) ? r : r.findings)),
  sourceLine: (id: string, line: number) =>
    request<{ text: string } | string>(
      'GET',
      `/api/documents/${encodeURIComponent(id)}/source${q({ line })}`,
    ).then((r) => (typeof r === 'string' ? r : r.text)),
  upload: (file: File, onProgress: (p: number) => void, region?: string) => {
    const form = new FormData();
    if (region) form.set('region', region);
    form.set('file', file);
    return upload<UploadResult>('/api/documents', form, onProgress);
  },
  aggregate: (p: { drilldown: string; cut?: string; measure?: string; order?: string; pagesize?: number }) =>
    request<{ cells: AggregateCell[]; summary: Record<string, string>; total_cell_count: number }>(
      'GET',
      `/api/aggregate${q(p)}`,
    ),
  search: (text: string) =>
    request<{ results: SearchHit[] } | SearchHit[]>('GET', `/api/search${q({ q: text })}`).then((r) =>
      Array.isArray(r) ? r : r.results,
    ),
  exportUrl: (id: string, format: 'xlsx' | 'pdf' | 'csv' | 'json') =>
    `/api/documents/${encodeURIComponent(id)}/export${q({ format })}`,
  submit: (id: string, explanations?: Record<string, string>) =>
    request<{ id: string; state: string; version: number }>(
      'POST',
      `/api/documents/${encodeURIComponent(id)}/submit`,
      explanations ? { explanations } : {},
    ),
  returnDoc: (id: string, opinion: string) =>
    request<{ id: string; state: string; version: number }>(
      'POST',
      `/api/documents/${encodeURIComponent(id)}/return`,
      { opinion },
    ),
  approve: (id: string, opinion: string) =>
    request<{ id: string; state: string; version: number }>(
      'POST',
      `/api/documents/${encodeURIComponent(id)}/approve`,
      { opinion },
    ),
  publish: (id: string) =>
    request<{ id: string; state: string; version: number }>(
      'POST',
      `/api/documents/${encodeURIComponent(id)}/publish`,
      {},
    ),
  history: (id: string) =>
    request<{ history: HistoryEntry[] } | HistoryEntry[]>(
      'GET',
      `/api/documents/${encodeURIComponent(id)}/history`,
    ).then((r) => (Array.isArray(r) ? r : r.history)),
};
