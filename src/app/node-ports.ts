// The ports on Node: the file system (bounded reads, folder expansion, atomic writes), a system
// Chromium for PDF, the system clock. The CLI composes its use cases with these; the server adds its
// document store. Chromium is loaded only when a PDF is printed, so the command line starts fast; it
// is then kept for the next documents (one browser per process, a page per document) until
// `closePrinter()`, which the CLI calls before it exits and the server on shutdown.
import { expandPaths, fileIdentity, readBounded, writeAtomic } from '../platform/node-files.js';
import type { PersistentPrinter } from '../platform/chromium-pdf.js';
import type { Clock, FileSink, FileSource, PdfPrinter, Ports } from './ports.js';

export const nodeFiles: FileSource = {
  read: (path, limits) => readBounded(path, limits.maxBytes),
  expand: expandPaths,
  identity: fileIdentity,
};

export const nodeSink: FileSink = { write: writeAtomic };

let shared: Promise<PersistentPrinter> | null = null;

export const chromiumPrinter: PdfPrinter = {
  async print(html, options) {
    shared ??= import('../platform/chromium-pdf.js').then((m) => m.persistentPrinter());
    return (await shared).print(html, options);
  },
};

/** Closes the shared browser of `chromiumPrinter`, if one was started (a later print starts another). */
export async function closePrinter(): Promise<void> {
  const s = shared;
  shared = null;
  if (s) await (await s).close();
}

export const systemClock: Clock = { now: () => new Date() };

export function nodePorts(): Omit<Ports, 'store'> {
  return { files: nodeFiles, sink: nodeSink, printer: chromiumPrinter, clock: systemClock };
}
