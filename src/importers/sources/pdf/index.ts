// PDF documents (from WPS, Excel, Word, ONLYOFFICE): each page's text runs and ruling lines are read
// with pdfjs, tables rebuilt from the rules (and from column alignment where there are none), and the
// page becomes lines of cells with their boxes. A PDF whose pages hold no text (a scan) is refused
// with a message saying so: yusuan does not guess text from images.

import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { toLine } from '../../lines.js';
import type { SourceLine } from '../../lines.js';
import type { PdfDataKind } from '../../ports.js';
import type { ReadResult } from '../source-document.js';
import { ruleLines, textRuns, viewMatrix } from './content.js';
import type { OpCodes, PageContent } from './content.js';
import { layoutPage } from './layout.js';
import type { PageLine } from './layout.js';
import { dataFactory, loadPdfjs } from './pdfjs.js';
import type { PdfJsModule } from './pdfjs.js';

type ReadData = (kind: PdfDataKind, fileName: string) => Promise<Uint8Array>;

async function open(
  lib: PdfJsModule,
  bytes: Uint8Array,
  read: ReadData | undefined,
): Promise<PDFDocumentProxy> {
  return lib.getDocument({
    // pdfjs takes ownership of (and detaches) the buffer it is given: give it a copy, and a plain
    // Uint8Array (a Node Buffer's slice() is a view, not a copy, and pdfjs refuses Buffers).
    data: new Uint8Array(bytes),
    cMapUrl: 'cmaps/',
    cMapPacked: true,
    standardFontDataUrl: 'standard_fonts/',
    BinaryDataFactory: dataFactory(read),
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  }).promise;
}

function opCodes(lib: PdfJsModule): OpCodes {
  const o = lib.OPS as unknown as Record<string, number>;
  const code = (name: string) => o[name] ?? -1;
  return {
    save: code('save'),
    restore: code('restore'),
    transform: code('transform'),
    setLineWidth: code('setLineWidth'),
    constructPath: code('constructPath'),
    paintFormXObjectBegin: code('paintFormXObjectBegin'),
    paintFormXObjectEnd: code('paintFormXObjectEnd'),
    setStrokeRGBColor: code('setStrokeRGBColor'),
    setFillRGBColor: code('setFillRGBColor'),
    stroke: code('stroke'),
    closeStroke: code('closeStroke'),
    fill: code('fill'),
    eoFill: code('eoFill'),
    fillStroke: code('fillStroke'),
    eoFillStroke: code('eoFillStroke'),
    closeFillStroke: code('closeFillStroke'),
    closeEOFillStroke: code('closeEOFillStroke'),
  };
}

/** Reads a PDF's pages as geometry (text runs and rules). */
export async function readPdfPages(
  bytes: Uint8Array,
  read?: ReadData,
): Promise<{ ok: true; pages: PageContent[] } | { ok: false; reason: 'damaged' | 'encrypted' }> {
  const lib = await loadPdfjs();
  let doc: PDFDocumentProxy;
  try {
    doc = await open(lib, bytes, read);
  } catch (e) {
    const name = (e as { name?: string }).name;
    return { ok: false, reason: name === 'PasswordException' ? 'encrypted' : 'damaged' };
  }
  const ops = opCodes(lib);
  const pages: PageContent[] = [];
  try {
    for (let no = 1; no <= doc.numPages; no++) {
      const page = await doc.getPage(no);
      const { m, width, height } = viewMatrix(page);
      const text = await page.getTextContent();
      const runs = textRuns(text.items, m);
      // Rules matter only on pages with text; a page without text needs no operator list.
      const rules = runs.length > 0 ? await page.getOperatorList() : null;
      const { h, v } = rules ? ruleLines(rules.fnArray, rules.argsArray, ops, m) : { h: [], v: [] };
      pages.push({ no, width, height, runs, hRules: h, vRules: v });
      page.cleanup();
    }
  } catch {
    return { ok: false, reason: 'damaged' };
  } finally {
    await doc.destroy();
  }
  return { ok: true, pages };
}

/** A page line as a source line numbered `no`, its cells with their boxes. */
function sourceLine(l: PageLine, no: number, page: number): SourceLine {
  const raw = l.cells.map((c) => c.text.replace(/[\t\n]+/g, ' ')).join('\t');
  const line = toLine(l.tabular && l.cells.length === 1 ? raw + '\t' : raw, no);
  // A line of text split by wide gaps (a caption and the unit at the two ends) keeps its parts as
  // cells but is not a table row.
  line.tabular = l.tabular;
  line.page = page;
  line.box = l.box;
  line.cells.forEach((c, i) => (c.box = l.cells[i]?.box ?? l.box));
  if (l.wrapped) line.wrapped = true;
  return line;
}

export async function readPdf(bytes: Uint8Array, read?: ReadData): Promise<ReadResult> {
  const pages = await readPdfPages(bytes, read);
  if (!pages.ok) {
    return {
      ok: false,
      error: {
        code: 'damaged-file',
        message:
          pages.reason === 'encrypted'
            ? 'PDF 文件已加密（需要密码），无法读取：请导入未加密的版本'
            : 'PDF 文件无法读取（文件损坏或不是有效的 PDF）',
      },
    };
  }
  if (pages.pages.every((p) => p.runs.length === 0)) {
    return {
      ok: false,
      error: {
        code: 'pdf-without-text',
        message: `PDF 共${pages.pages.length}页，没有可提取的文字（可能是扫描件或图片）：yusuan 不做文字识别（OCR），请导入含文字的 PDF 或原始表格`,
      },
    };
  }
  const lines: SourceLine[] = [];
  for (const page of pages.pages) {
    for (const l of layoutPage(page)) lines.push(sourceLine(l, lines.length + 1, page.no));
  }
  return { ok: true, source: { format: 'pdf', encoding: 'pdf', lines, pageCount: pages.pages.length } };
}
