// `publish`'s own work (read, import, review, render) as one task that can run in a worker thread
// under the time limit, like one file of `import` or `check`. A PDF is printed by Chromium on the main
// thread afterwards: the worker hands back the page to print, so stopping a worker that ran out of
// time never leaves a browser behind.
import { chromiumPrinter, isYusuanError, nodeFiles, publish } from '../app/index.js';
import type { ErrorInfo, Finding, PdfOptions, PdfPrinter, PublishFormat } from '../app/index.js';

export interface PublishTask {
  file: string;
  format: PublishFormat;
  force: boolean;
  maxBytes: number;
}

export type PublishTaskOutput =
  | {
      ok: true;
      bytes: Uint8Array;
      /** For a PDF: the page Chromium is to print, and its options. */
      print: { html: string; options: PdfOptions } | null;
      /** Error-level findings published anyway (only with --force). */
      unresolved: number;
    }
  | { ok: false; reason: 'input'; error: ErrorInfo }
  | { ok: false; reason: 'review'; errors: Finding[] }
  | { ok: false; reason: 'render'; message: string };

export async function runPublishTask(task: PublishTask): Promise<PublishTaskOutput> {
  let print: { html: string; options: PdfOptions } | null = null;
  const deferred: PdfPrinter = {
    print: (html, options) => {
      print = { html, options: options ?? {} };
      return Promise.resolve(new Uint8Array(0));
    },
  };
  const r = await publish(
    { files: nodeFiles, printer: deferred },
    { file: task.file, format: task.format, force: task.force, maxBytes: task.maxBytes },
  );
  if (r.ok) return { ok: true, bytes: r.bytes, print, unresolved: r.unresolved.length };
  if (r.reason === 'input') return { ok: false, reason: 'input', error: r.error };
  if (r.reason === 'review') return { ok: false, reason: 'review', errors: r.errors };
  return { ok: false, reason: 'render', message: r.message };
}

/** The task's bytes, a PDF printed now; a printer that cannot be had is a 'render' failure. */
export async function finishPublishTask(out: PublishTaskOutput): Promise<PublishTaskOutput> {
  if (!out.ok || !out.print) return out;
  try {
    const bytes = await chromiumPrinter.print(out.print.html, out.print.options);
    return { ...out, bytes, print: null };
  } catch (e) {
    if (isYusuanError(e) && e.code === 'unavailable')
      return { ok: false, reason: 'render', message: e.message };
    throw e;
  }
}
