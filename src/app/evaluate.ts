// The self-evaluation use cases (issue 12): the actuals template of a document, and the evaluation of
// a filled sheet against it. The sheet is read in whatever encoding a spreadsheet saved it (UTF-8
// with or without BOM, GB18030 from Excel on Chinese Windows); every value is checked before anything
// is scored, and a sheet with errors gives them all (row and column), never a partial evaluation.

import { basename, dirname, extname, join } from 'node:path';
import type { BudgetDocument } from '../core/model/document.js';
import type { DocumentEvaluation, EvaluationSettings } from '../core/model/performance.js';
import { errorInfo, toErrorInfo } from '../core/errors.js';
import type { ErrorInfo } from '../core/errors.js';
import { decode } from '../importers/decode.js';
import { evaluateDocument, readActuals, renderTemplate, DEFAULT_SETTINGS } from '../scoring/index.js';
import type { SheetError } from '../scoring/index.js';
import { loadFile } from './load.js';
import type { LoadFailure, LoadOptions } from './load.js';
import type { FileSource, PdfPrinter } from './ports.js';

/** 10 MB: an actuals sheet is a few hundred rows; anything much larger is not one. */
export const MAX_ACTUALS_BYTES = 10_000_000;

export type TemplateResult =
  | { ok: true; file: string; document: BudgetDocument; csv: Uint8Array; rows: number }
  | { ok: false; reason: 'input'; file: string; error: LoadFailure };

/** The actuals template of a document, as CSV bytes (UTF-8 with BOM). */
export async function actualsTemplate(
  ports: { files: FileSource },
  req: LoadOptions & { file: string },
): Promise<TemplateResult> {
  const loaded = await loadFile(ports, req.file, req);
  if (!loaded.ok) return { ok: false, reason: 'input', file: req.file, error: loaded.error };
  const text = renderTemplate(loaded.document);
  const rows = text.split('\r\n').filter((l) => l !== '').length - 1;
  return { ok: true, file: req.file, document: loaded.document, csv: new TextEncoder().encode(text), rows };
}

export interface EvaluateRequest extends LoadOptions {
  file: string;
  /** The filled actuals sheet (CSV). */
  actuals: string;
  settings?: EvaluationSettings;
}

export type EvaluateResult =
  | { ok: true; file: string; document: BudgetDocument; evaluation: DocumentEvaluation }
  | { ok: false; reason: 'input'; file: string; error: LoadFailure | ErrorInfo }
  | { ok: false; reason: 'actuals'; file: string; errors: SheetError[] };

async function readSheet(
  ports: { files: FileSource },
  file: string,
): Promise<{ text: string } | { error: ErrorInfo }> {
  let bytes: Uint8Array;
  try {
    bytes = await ports.files.read(file, { maxBytes: MAX_ACTUALS_BYTES });
  } catch (e) {
    return { error: toErrorInfo(e) };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const message =
      decoded.reason === 'empty-file' ? `实际值文件为空：${file}` : `实际值文件不是文本（CSV）：${file}`;
    return { error: errorInfo(decoded.reason, message, { file }) };
  }
  return { text: decoded.text };
}

/** Scores a document's targets from a filled actuals sheet. */
export async function evaluateFile(
  ports: { files: FileSource },
  req: EvaluateRequest,
): Promise<EvaluateResult> {
  const loaded = await loadFile(ports, req.file, req);
  if (!loaded.ok) return { ok: false, reason: 'input', file: req.file, error: loaded.error };
  const sheet = await readSheet(ports, req.actuals);
  if ('error' in sheet) return { ok: false, reason: 'input', file: req.actuals, error: sheet.error };
  const settings = req.settings ?? DEFAULT_SETTINGS;
  const read = readActuals(loaded.document, sheet.text, settings);
  if (!read.ok) return { ok: false, reason: 'actuals', file: req.actuals, errors: read.errors };
  return {
    ok: true,
    file: req.file,
    document: loaded.document,
    evaluation: evaluateDocument(loaded.document, read.actuals, settings),
  };
}

export const EVALUATION_FORMATS = ['html', 'xlsx', 'pdf'] as const;
export type EvaluationFormat = (typeof EVALUATION_FORMATS)[number];
export const isEvaluationFormat = (x: unknown): x is EvaluationFormat =>
  typeof x === 'string' && (EVALUATION_FORMATS as readonly string[]).includes(x);

/** The self-evaluation forms (summary, 项目支出绩效自评表, 部门整体支出绩效自评表) in one format. */
export async function renderEvaluation(
  ports: { printer: PdfPrinter },
  evaluation: DocumentEvaluation,
  format: EvaluationFormat,
): Promise<Uint8Array> {
  switch (format) {
    case 'html': {
      const { renderSelfEvaluationHtml } = await import('../publishers/self-evaluation/index.js');
      return new TextEncoder().encode(renderSelfEvaluationHtml(evaluation));
    }
    case 'xlsx': {
      const { renderSelfEvaluationXlsx } = await import('../publishers/self-evaluation/index.js');
      return renderSelfEvaluationXlsx(evaluation);
    }
    case 'pdf': {
      const { renderSelfEvaluationHtml } = await import('../publishers/self-evaluation/index.js');
      return ports.printer.print(renderSelfEvaluationHtml(evaluation));
    }
  }
}

/** Where the forms go by default: next to the input, NAME.evaluation.html (or .xlsx, .pdf). */
export function evaluationOutputPath(input: string, format: EvaluationFormat): string {
  return join(dirname(input), `${basename(input, extname(input))}.evaluation.${format}`);
}
