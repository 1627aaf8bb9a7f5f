// Loading pdfjs (its legacy build, the one that runs on Node 20) only when a PDF comes in, so that
// the command line starts fast. Its data files (CJK CMaps, standard fonts) come through the port the
// app gives (read from the installed package), never from the network.
//
// The legacy build installs core-js polyfills on load. Two of them replace fast built-ins with slow
// ones for the whole process — Array.prototype.push (a fix for arrays whose length is not writable,
// which neither pdfjs nor yusuan uses) and JSON.parse/stringify (for a proposal nothing here uses):
// the built-ins are put back once pdfjs and its worker are loaded. The polyfills that add missing
// methods (Promise.withResolvers, Uint8Array.prototype.toHex, …) stay: pdfjs needs them on Node 20.

import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfDataKind } from '../../ports.js';

export type PdfJsModule = typeof PdfJs;

let loading: Promise<PdfJsModule> | null = null;

export function loadPdfjs(): Promise<PdfJsModule> {
  loading ??= (async () => {
    const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The worker runs in this thread (pdfjs's "fake worker" for Node): load it now, under the same guard.
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    // Restoring a built-in prototype method is the point here.

    Array.prototype.push = natives.push;
    JSON.parse = natives.parse;
    JSON.stringify = natives.stringify;
    return lib;
  })();
  return loading;
}

type ReadData = (kind: PdfDataKind, fileName: string) => Promise<Uint8Array>;

/** pdfjs's BinaryDataFactory option: a class whose fetch reads through the app's port. */
export function dataFactory(read: ReadData | undefined): new (options: object) => {
  fetch(request: { kind: string; filename: string }): Promise<Uint8Array>;
} {
  return class PortDataFactory {
    constructor(_options: object) {}
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const which: PdfDataKind | null =
        kind === 'cMapUrl' ? 'cmap' : kind === 'standardFontDataUrl' ? 'standard-font' : null;
      if (!read || !which) throw new Error(`pdfjs data file ${filename} (${kind}) is not available`);
      return read(which, filename);
    }
  };
}
