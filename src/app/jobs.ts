// The job use cases: queueing an import (the upload's bytes kept with the job) or a PDF render of a
// stored document, and the handler a worker runs for each — the same import-review-store transaction
// as a synchronous upload, with the asking actor's rights, and the same renderer as `yusuan publish`.
import { YusuanError } from '../core/errors.js';
import { documentFromJson } from '../core/codec/index.js';
import { review } from '../rules/engine.js';
import type { Actor, ClaimedJob, JobHandler, JobOutcome, Store } from '../store/index.js';
import { activeUser, getDocumentMeta, getDocumentText, openJobQueue } from '../store/index.js';
import type { JobQueue, PdfPrinter } from './ports.js';
import { evaluationForForms } from './evaluation.js';
import { evaluationSheet } from './evaluation-sheet.js';
import { renderDocument } from './publish.js';
import type { DocumentScope } from './store-import.js';
import { DEFAULT_MAX_UPLOAD, importIntoStore } from './store-import.js';

/** The store's job queue (pg-boss on the store's own connections). */
export function jobQueue(store: Store, options: { onError?: (e: Error) => void } = {}): JobQueue {
  return openJobQueue(store, options);
}

export interface ImportJobInput {
  fileName: string;
  bytes: Uint8Array;
  region?: string | undefined;
  actor: Actor;
}

/** Queues an import; the scope check happens when it runs (the document's department is known then). */
export function enqueueImport(queue: JobQueue, input: ImportJobInput): Promise<string> {
  return queue.enqueue({
    kind: 'import',
    actor: input.actor,
    params: { fileName: input.fileName, ...(input.region ? { region: input.region } : {}) },
    input: input.bytes,
  });
}

/** What a render job prints: the document's disclosure, or its self-evaluation forms. */
export const RENDER_CONTENTS = ['document', 'evaluation'] as const;
export type RenderContent = (typeof RENDER_CONTENTS)[number];

/**
 * Queues a PDF render of a document the actor may see, or of its self-evaluation forms when the actor
 * may see the evaluation (`not-found` otherwise).
 */
export async function enqueueRender(
  queue: JobQueue,
  store: Store,
  actor: Actor,
  documentId: string,
  content: RenderContent = 'document',
): Promise<string> {
  if (content === 'evaluation') await evaluationForForms(store, actor, documentId);
  else if (!(await getDocumentMeta(store.db, actor, documentId)))
    throw new YusuanError('not-found', `文档 ${documentId} 不存在或无权查看`, { id: documentId });
  return queue.enqueue({
    kind: 'render-pdf',
    actor,
    params: { document: documentId, ...(content === 'evaluation' ? { content } : {}) },
  });
}

export interface JobDeps {
  store: Store;
  printer: PdfPrinter;
  /** Throws `forbidden` when the actor may not store a document of this scope (server/permissions). */
  authorize: (actor: Actor, scope: DocumentScope) => void;
  maxBytes?: number;
}

const text = (v: unknown, name: string): string => {
  if (typeof v !== 'string') throw new YusuanError('internal', `任务参数 ${name} 缺失`);
  return v;
};

async function runImport(deps: JobDeps, job: ClaimedJob): Promise<JobOutcome> {
  if (!job.input) throw new YusuanError('internal', `导入任务 ${job.id} 没有文件`);
  const region = job.params['region'];
  const r = await importIntoStore(deps.store, {
    fileName: text(job.params['fileName'], 'fileName'),
    bytes: job.input,
    region: typeof region === 'string' ? region : undefined,
    actor: job.actor,
    maxBytes: deps.maxBytes ?? DEFAULT_MAX_UPLOAD,
    authorize: (scope) => deps.authorize(job.actor, scope),
  });
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  return {
    ok: true,
    result: { document: r.id, created: r.created, findings: r.findings.length, errors },
  };
}

async function runRender(
  deps: JobDeps,
  job: ClaimedJob,
  progress: (p: number) => Promise<void>,
): Promise<JobOutcome> {
  const id = text(job.params['document'], 'document');
  if (job.params['content'] === 'evaluation') {
    const sheet = await evaluationSheet(deps, job.actor, id, 'pdf');
    const result = { document: id, content: 'evaluation', fileName: sheet.fileName };
    return {
      ok: true,
      result: { ...result, contentType: sheet.contentType, byteSize: sheet.bytes.length },
      bytes: sheet.bytes,
    };
  }
  const model = await getDocumentText(deps.store.db, job.actor, id, 'model');
  if (model === null) throw new YusuanError('not-found', `文档 ${id} 不存在或无权查看`, { id });
  const decoded = documentFromJson(model);
  if (!decoded.ok) throw YusuanError.from(decoded.error);
  const unresolved = review(decoded.document).filter((f) => f.severity === 'error');
  await progress(20);
  const bytes = await renderDocument(deps, decoded.document, 'pdf', unresolved);
  const title = decoded.document.title?.value ?? id;
  return {
    ok: true,
    result: {
      document: id,
      fileName: `${title}.pdf`,
      contentType: 'application/pdf',
      byteSize: bytes.length,
    },
    bytes,
  };
}

/**
 * The actor a job runs as: the account as it is now, not as it was when the job was queued — an
 * account disabled or deleted meanwhile runs nothing, one whose role or scope changed runs with the
 * new one. The command line's system actor and anonymous actors are taken as they are.
 */
async function currentActor(store: Store, actor: Actor): Promise<Actor> {
  if (actor.kind !== 'user' || actor.id === 0) return actor;
  const user = await activeUser(store.db, actor.id);
  if (!user)
    throw new YusuanError('forbidden', `提交任务的账号 ${actor.name} 已停用或删除，任务不再执行`, {
      user: actor.id,
    });
  return user;
}

/** What a worker does with each job. */
export function jobHandler(deps: JobDeps): JobHandler {
  return async (claimed, progress) => {
    const job = { ...claimed, actor: await currentActor(deps.store, claimed.actor) };
    await progress(5);
    return job.kind === 'import' ? runImport(deps, job) : runRender(deps, job, progress);
  };
}
