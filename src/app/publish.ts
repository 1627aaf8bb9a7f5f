// The publish use case: read and import a document, review it, and render the disclosure package
// in one format (HTML page, XLSX workbook, PDF through Chromium, or the tab-separated text). A
// document with error-level findings is refused unless forced; a forced one is marked as carrying
// unresolved errors in every format (HTML/PDF banner, first text line, first XLSX sheet).

import { basename, dirname, extname, join, resolve } from 'node:path';
import type { BudgetDocument } from '../core/model/document.js';
import type { Finding } from '../rules/rule.js';
import { isYusuanError } from '../core/errors.js';
import type { LoadFailure, LoadOptions } from './load.js';
import type { FileSource, PdfPrinter } from './ports.js';
import { reviewFile } from './review.js';

// The renderers pull in ECharts, ExcelJS and Playwright; each is loaded only for the format asked
// for, so that the command line starts fast.

export const PUBLISH_FORMATS = ['html', 'xlsx', 'pdf', 'text'] as const;
export type PublishFormat = (typeof PUBLISH_FORMATS)[number];
export const isPublishFormat = (x: unknown): x is PublishFormat =>
  typeof x === 'string' && (PUBLISH_FORMATS as readonly string[]).includes(x);

export const FORMAT_EXTENSIONS: Record<PublishFormat, string> = {
  html: '.html',
  xlsx: '.xlsx',
  pdf: '.pdf',
  text: '.txt',
};

export interface PublishRequest extends LoadOptions {
  file: string;
  format: PublishFormat;
  /** Publish even with error-level review findings (the output is then marked). */
  force?: boolean;
}

export type PublishResult =
  | {
      ok: true;
      file: string;
      document: BudgetDocument;
      format: PublishFormat;
      bytes: Uint8Array;
      /** Error-level findings published anyway (only with force). */
      unresolved: Finding[];
    }
  | { ok: false; reason: 'input'; file: string; error: LoadFailure }
  | { ok: false; reason: 'review'; file: string; errors: Finding[] }
  | { ok: false; reason: 'render'; file: string; message: string };

/** Renders a document in a format; `unresolved` are the error findings the output must announce. */
export async function renderDocument(
  ports: { printer: PdfPrinter },
  doc: BudgetDocument,
  format: PublishFormat,
  unresolved: readonly Finding[] = [],
): Promise<Uint8Array> {
  const n = unresolved.length;
  switch (format) {
    case 'html': {
      const { renderHtml } = await import('../publishers/html/index.js');
      return new TextEncoder().encode(renderHtml(doc, { unresolvedErrors: unresolved }));
    }
    case 'text': {
      const { renderText } = await import('../publishers/text/index.js');
      return new TextEncoder().encode(renderText(doc, { unresolvedErrors: n }));
    }
    case 'xlsx': {
      const { renderXlsx } = await import('../publishers/xlsx/index.js');
      return renderXlsx(doc, { unresolvedErrors: n });
    }
    case 'pdf': {
      const { bannerText, renderHtml } = await import('../publishers/html/index.js');
      return ports.printer.print(
        renderHtml(doc, { unresolvedErrors: unresolved }),
        n > 0 ? { footerNote: bannerText(n) } : {},
      );
    }
  }
}

export async function publish(
  ports: { files: FileSource; printer: PdfPrinter },
  req: PublishRequest,
): Promise<PublishResult> {
  const reviewed = await reviewFile(ports, req.file, req);
  if (!reviewed.ok) return { ok: false, reason: 'input', file: req.file, error: reviewed.error };
  const errors = reviewed.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 && !req.force) return { ok: false, reason: 'review', file: req.file, errors };
  try {
    const bytes = await renderDocument(ports, reviewed.document, req.format, errors);
    return {
      ok: true,
      file: req.file,
      document: reviewed.document,
      format: req.format,
      bytes,
      unresolved: errors,
    };
  } catch (e) {
    if (isYusuanError(e) && e.code === 'unavailable')
      return { ok: false, reason: 'render', file: req.file, message: e.message };
    throw e;
  }
}

/**
 * Where the output goes by default: next to the input, same name, the format's extension. Text
 * output of a .txt input would overwrite the input, so it becomes NAME.published.txt.
 */
export function defaultOutputPath(input: string, format: PublishFormat): string {
  const ext = FORMAT_EXTENSIONS[format];
  const stem = basename(input, extname(input));
  const candidate = join(dirname(input), stem + ext);
  return resolve(candidate) === resolve(input) ? join(dirname(input), `${stem}.published${ext}`) : candidate;
}
