// The ports on Node: the file system (bounded reads, folder expansion, atomic writes), a system
// Chromium for PDF, the system clock. The CLI composes its use cases with these; the server adds its
// document store. Chromium is loaded only when a PDF is printed, so the command line starts fast.
import { expandPaths, fileIdentity, readBounded, writeAtomic } from '../platform/node-files.js';
import type { Clock, FileSink, FileSource, PdfPrinter, Ports } from './ports.js';

export const nodeFiles: FileSource = {
  read: (path, limits) => readBounded(path, limits.maxBytes),
  expand: expandPaths,
  identity: fileIdentity,
};

export const nodeSink: FileSink = { write: writeAtomic };

export const chromiumPrinter: PdfPrinter = {
  async print(html, options) {
    const { htmlToPdf } = await import('../platform/chromium-pdf.js');
    return htmlToPdf(html, options);
  },
};

export const systemClock: Clock = { now: () => new Date() };

export function nodePorts(): Omit<Ports, 'store'> {
  return { files: nodeFiles, sink: nodeSink, printer: chromiumPrinter, clock: systemClock };
}
