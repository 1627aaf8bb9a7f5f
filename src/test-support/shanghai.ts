// The Shanghai files imported once per test file: PDFs through pdfjs (its data files from the
// installed package), the XLSX template through ExcelJS.

import type { BudgetDocument, TabledDocument } from '../core/model/document.js';
import { isTabledDocument } from '../core/model/document.js';
import { importBytes } from '../importers/index.js';
import type { ImportResult } from '../importers/index.js';
import { readPdfData } from '../platform/pdf-data.js';
import { SHANGHAI, shanghaiBytes } from './corpus.js';
import type { ShanghaiName } from './corpus.js';

const cache = new Map<ShanghaiName, Promise<ImportResult>>();

export function importShanghai(name: ShanghaiName): Promise<ImportResult> {
  let r = cache.get(name);
  if (!r) {
    r = importBytes(shanghaiBytes(name), { fileName: SHANGHAI[name], ports: { pdfData: readPdfData } });
    cache.set(name, r);
  }
  return r;
}

/** A Shanghai file as imported; fails the test (throws) if it does not import as budget or accounts. */
export async function shanghaiDoc(name: ShanghaiName): Promise<TabledDocument> {
  const r = await importShanghai(name);
  if (!r.ok) throw new Error(`import of ${name} failed: ${r.error.code} ${r.error.message}`);
  const d: BudgetDocument = r.document;
  if (!isTabledDocument(d)) throw new Error(`${name} is ${d.kind}`);
  return d;
}
