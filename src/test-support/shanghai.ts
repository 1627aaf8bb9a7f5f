// The Shanghai files imported once per test file: PDFs through pdfjs (its data files from the
// installed package), the XLSX template through ExcelJS.

import type { BudgetDocument, TabledDocument } from '../core/model/document.js';
import { isTabledDocument } from '../core/model/document.js';
import { importBytes } from '../importers/index.js';
import type { ImportResult } from '../importers/index.js';
import type { SourceLine } from '../importers/lines.js';
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

/**
 * A Shanghai file changed as a reviewer would find it changed: rendered in its own layout as text, the
 * first line that holds `holding` (after the line `after`, when given) edited, imported again.
 */
export async function mutatedShanghai(
  name: ShanghaiName,
  ...edits: { holding: string; after?: string; edit: (line: string) => string }[]
): Promise<TabledDocument> {
  const { renderText } = await import('../publishers/text/index.js');
  const { importText } = await import('../importers/index.js');
  const lines = renderText(await shanghaiDoc(name)).split('\n');
  for (const e of edits) {
    const from = e.after === undefined ? 0 : lines.findIndex((l) => l.includes(e.after ?? ''));
    const i = lines.findIndex((l, k) => k >= from && l.includes(e.holding));
    const old = lines[i];
    if (i < 0 || old === undefined) throw new Error(`no line holds "${e.holding}"`);
    const changed = e.edit(old);
    if (changed === old) throw new Error(`edit of "${e.holding}" changed nothing`);
    lines[i] = changed;
  }
  const r = importText(lines.join('\n'), { file: SHANGHAI[name] });
  if (!r.ok) throw new Error(`mutated ${name} did not import: ${r.error.message}`);
  if (!isTabledDocument(r.document)) throw new Error(`mutated ${name} is ${r.document.kind}`);
  return r.document;
}

/** Replaces the tab-separated cell at a 1-based column; throws if it does not hold `expect`. */
export const cellEdit =
  (column: number, expect: string, value: string) =>
  (line: string): string => {
    const cells = line.split('\t');
    if (cells[column - 1] !== expect)
      throw new Error(`cell ${column} is "${cells[column - 1]}", not "${expect}"`);
    cells[column - 1] = value;
    return cells.join('\t');
  };

/** One edit of a line read from a Shanghai file: the first line holding `holding` (after the line
 * holding `after`, when given) has each of its cells that hold it edited. */
export interface SourceEdit {
  holding: string;
  after?: string;
  edit: (text: string) => string;
}

/**
 * A Shanghai file as read from its PDF, with lines changed where they are printed — page, box and line
 * numbers kept — and imported again: a real document with a planted defect. Returns the document and
 * the edited lines, in the order of the edits.
 */
export async function plantedShanghai(
  name: ShanghaiName,
  ...edits: SourceEdit[]
): Promise<{ doc: TabledDocument; lines: { line: number; page: number | undefined }[] }> {
  const r = await importShanghai(name);
  if (!r.ok) throw new Error(`import of ${name} failed: ${r.error.message}`);
  const { importSource } = await import('../importers/index.js');
  const lines: SourceLine[] = [...r.lines];
  const edited: { line: number; page: number | undefined }[] = [];
  for (const e of edits) {
    const from = e.after === undefined ? 0 : lines.findIndex((l) => l.text.includes(e.after ?? ''));
    const i = lines.findIndex((l, k) => k >= from && l.text.includes(e.holding));
    const old = lines[i];
    if (i < 0 || old === undefined) throw new Error(`no line of ${name} holds "${e.holding}"`);
    const cells = old.cells.map((c) => (c.text.includes(e.holding) ? { ...c, text: e.edit(c.text) } : c));
    const text = cells.map((c) => c.text).join('\t');
    if (text === old.text) throw new Error(`edit of "${e.holding}" changed nothing`);
    lines[i] = { ...old, raw: text, text, cells };
    edited.push({ line: old.no, page: old.page });
  }
  const source = r.document.source;
  const again = importSource(
    { format: 'pdf', encoding: 'pdf', lines, ...(source.pageCount ? { pageCount: source.pageCount } : {}) },
    { file: SHANGHAI[name] },
  );
  if (!again.ok) throw new Error(`planted ${name} did not import: ${again.error.message}`);
  if (!isTabledDocument(again.document)) throw new Error(`planted ${name} is ${again.document.kind}`);
  return { doc: again.document, lines: edited };
}
