// The data files pdfjs reads for CJK text (CMaps) and for fonts a PDF does not embed (standard
// fonts), read from the installed pdfjs-dist package — never from the network.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { PdfDataKind } from '../importers/ports.js';

const FOLDERS: Record<PdfDataKind, string> = { cmap: 'cmaps', 'standard-font': 'standard_fonts' };

let root: string | null = null;

function packageRoot(): string {
  root ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return root;
}

export async function readPdfData(kind: PdfDataKind, fileName: string): Promise<Uint8Array> {
  // The name comes from inside a PDF: only a plain file name is accepted, never a path.
  if (basename(fileName) !== fileName)
    throw new Error(`pdfjs data file name ${fileName} is not a plain name`);
  return new Uint8Array(await readFile(join(packageRoot(), FOLDERS[kind], fileName)));
}
