// The self-evaluation (绩效自评) and monitoring (双监控) routes as the pages use them, through the
// generated client: the evaluation of a document, a live preview of entries not yet saved, saving
// them, the chain, the bureau's adjusted scores, the published list, and monthly monitoring records.
import { client, ok } from './client';
import type { Schemas } from './client';
import type { paths } from './schema';

export type Evaluation = Schemas['Evaluation'];
export type EvaluationTarget = Evaluation['targets'][number];
export type EvaluationIndicator = EvaluationTarget['indicators'][number];
export type EvaluationAction = Evaluation['actions'][number];
export type ActualsPatch =
  paths['/api/documents/{id}/evaluation/actuals']['put']['requestBody']['content']['application/json'];
export type MonitoringRecord = Schemas['MonitoringRecord'];
export type MonitoringEntry = MonitoringRecord['entry'];
export type Monitoring =
  paths['/api/documents/{id}/monitoring']['get']['responses'][200]['content']['application/json'];
export type EvaluationSettings = Schemas['EvaluationSettings'];
export type EvaluationListItem =
  paths['/api/evaluations']['get']['responses'][200]['content']['application/json']['items'][number];

const path = (id: string) => ({ params: { path: { id } } });

export const evaluationApi = {
  evaluation: (id: string) => ok(client.GET('/api/documents/{id}/evaluation', path(id))),
  preview: (id: string, body: ActualsPatch) =>
    ok(client.POST('/api/documents/{id}/evaluation/preview', { ...path(id), body })),
  save: (id: string, body: ActualsPatch) =>
    ok(client.PUT('/api/documents/{id}/evaluation/actuals', { ...path(id), body })),
  act: (id: string, action: EvaluationAction, opinion: string) => {
    const body = opinion ? { opinion } : {};
    switch (action) {
      case 'submit':
        return ok(client.POST('/api/documents/{id}/evaluation/submit', { ...path(id), body }));
      case 'department-review':
        return ok(client.POST('/api/documents/{id}/evaluation/department-review', { ...path(id), body }));
      case 'return':
        return ok(client.POST('/api/documents/{id}/evaluation/return', { ...path(id), body: { opinion } }));
      case 'approve':
        return ok(client.POST('/api/documents/{id}/evaluation/approve', { ...path(id), body }));
      case 'publish':
        return ok(client.POST('/api/documents/{id}/evaluation/publish', { ...path(id), body }));
    }
  },
  adjust: (id: string, target: string, indicator: string, score: string | null, reason: string) =>
    ok(
      client.PUT('/api/documents/{id}/evaluation/scores', {
        ...path(id),
        body: { target, indicator, score, reason },
      }),
    ),
  list: (query: { year?: number; department?: string; state?: Evaluation['state'] }) =>
    ok(client.GET('/api/evaluations', { params: { query } })).then((r) => r.items),
  monitoring: (id: string) => ok(client.GET('/api/documents/{id}/monitoring', path(id))),
  saveMonitoring: (id: string, body: MonitoringEntry) =>
    ok(client.PUT('/api/documents/{id}/monitoring', { ...path(id), body })),
  /** The 绩效自评表 (HTML to read, XLSX to download); the PDF is `api.renderPdf(id, 'evaluation')`. */
  sheetUrl: (id: string, format: 'html' | 'xlsx') =>
    `/api/documents/${encodeURIComponent(id)}/evaluation/sheet?format=${format}`,
  settings: (code: string) =>
    ok(client.GET('/api/regions/{code}/evaluation-settings', { params: { path: { code } } })),
  saveSettings: (code: string, body: EvaluationSettings) =>
    ok(client.PUT('/api/regions/{code}/evaluation-settings', { params: { path: { code } }, body })),
};
