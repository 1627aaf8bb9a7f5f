// The self-evaluation forms of a stored evaluation (the summary, each 项目支出绩效自评表 and 部门（单位）
// 整体支出绩效自评表, with the finance bureau's adjusted scores and reasons) as a file: HTML and XLSX
// in the request, PDF through the render job (jobs.ts). Seen by whoever may see the evaluation.
import type { Actor, Store } from '../store/index.js';
import { evaluationForForms } from './evaluation.js';
import type { EvaluationFormat } from './evaluate.js';
import { renderEvaluation } from './evaluate.js';
import type { PdfPrinter } from './ports.js';

export interface EvaluationSheetFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

const CONTENT_TYPES: Record<EvaluationFormat, string> = {
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

const noPrinter: PdfPrinter = {
  print: () =>
    Promise.reject(new Error('PDF 由后台任务生成（POST /api/documents/{id}/pdf?content=evaluation）')),
};

/** The forms of the document's evaluation in one format; `not-found` for who may not see it. */
export async function evaluationSheet(
  deps: { store: Store; printer?: PdfPrinter },
  actor: Actor,
  id: string,
  format: EvaluationFormat,
): Promise<EvaluationSheetFile> {
  const ev = await evaluationForForms(deps.store, actor, id);
  const bytes = await renderEvaluation({ printer: deps.printer ?? noPrinter }, ev, format);
  const name = `${ev.department ?? ev.title ?? id}${ev.year ? `${ev.year}年度` : ''}绩效自评表.${format}`;
  return { fileName: name, contentType: CONTENT_TYPES[format], bytes };
}
