// The one import entry for every format: bytes in, a typed model out. A reader per format
// (sources/text, sources/xlsx, sources/pdf) turns the bytes into lines of positioned cells; the same
// detection and table, narrative and target readers follow for all of them. Expected problems never
// throw: input that cannot be read as a document gives an ImportFailure with a stable code; problems
// inside a document become diagnostics on it. Provenance carries the line and cell, and for PDF the
// page and box, for XLSX the sheet and cell.

import type { BudgetDocument } from '../core/model/document.js';
import type { Template } from '../core/templates/template.js';
import { compact } from '../core/text.js';
import type { Located } from '../core/source.js';
import { ImportContext } from './context.js';
import { repeatedOpenings } from './repeated-document.js';
import { detect, detectYear } from './detect.js';
import { lineText, splitLines, toLine } from './lines.js';
import type { SourceLine } from './lines.js';
import type { BaseInfo } from './base-info.js';
import { importDepartmentBudget } from './department-budget/index.js';
import { importKeyProjects } from './key-projects/index.js';
import { importDeclarationForms } from './declaration-forms/index.js';
import type { ImportPorts } from './ports.js';
import { locateSources } from './provenance.js';
import { sniffFormat } from './sources/sniff.js';
import { READ_FAILURES } from './sources/source-document.js';
import type { ReadFailure, ReadResult, SourceDocument } from './sources/source-document.js';
import { readText } from './sources/text/index.js';

export type { ImportPorts } from './ports.js';
export type { SourceDocument } from './sources/source-document.js';

export const IMPORT_FAILURES = [...READ_FAILURES, 'not-a-budget-document'] as const;
export type ImportFailureCode = (typeof IMPORT_FAILURES)[number];

export interface ImportFailure {
  code: ImportFailureCode;
  /** Chinese, for people. */
  message: string;
}

export type ImportResult =
  | {
      ok: true;
      document: BudgetDocument;
      /** The lines the document was read from (text, a workbook's rows, a PDF's lines), with positions. */
      lines: readonly SourceLine[];
    }
  | { ok: false; error: ImportFailure };

export interface ImportOptions {
  /** The file name as given by the user; recorded as the document's source. */
  file: string;
  template?: Template;
}

export interface ImportBytesOptions {
  /** The file name as given by the user: recorded as the document's source, and its extension tells
   * apart formats that share a container (.xls and .doc). */
  fileName: string;
  template?: Template;
  /** The effects some formats need (PDF data files, legacy workbook conversion), given by the app. */
  ports?: ImportPorts;
}

/** Reads bytes of any supported format (text, XLSX, legacy XLS, PDF) and imports the document. */
export async function importBytes(bytes: Uint8Array, options: ImportBytesOptions): Promise<ImportResult> {
  const read = await readSource(bytes, options.fileName, options.ports ?? {});
  if (!read.ok) return { ok: false, error: read.error };
  const opts: ImportOptions = { file: options.fileName };
  if (options.template) opts.template = options.template;
  return importSource(read.source, opts);
}

async function readSource(bytes: Uint8Array, fileName: string, ports: ImportPorts): Promise<ReadResult> {
  if (bytes.length === 0) return readText(bytes);
  switch (sniffFormat(bytes, fileName)) {
    case 'text':
      return readText(bytes);
    case 'xlsx': {
      const { readWorkbook } = await import('./sources/xlsx/index.js');
      return readWorkbook(bytes);
    }
    case 'xls': {
      if (!ports.convertLegacyWorkbook) return unsupported(LEGACY_XLS_WITHOUT_CONVERTER, 'converter-missing');
      const converted = await ports.convertLegacyWorkbook(bytes);
      if (!converted.ok) return unsupported(converted.message, converted.code);
      const { readWorkbook } = await import('./sources/xlsx/index.js');
      return readWorkbook(converted.bytes);
    }
    case 'pdf': {
      const { readPdf } = await import('./sources/pdf/index.js');
      return readPdf(bytes, ports.pdfData);
    }
    case 'docx':
    case 'doc':
      return unsupported(
        'Word 文档（.doc/.docx）不能直接导入：请导入其 PDF 版或表格的 XLSX 版',
        'unsupported-format',
      );
    case 'zip':
      return unsupported(
        '文件是 ZIP 压缩包而不是 Excel 工作簿，无法导入：请先解压，再导入其中的文件',
        'unsupported-format',
      );
  }
}

const LEGACY_XLS_WITHOUT_CONVERTER =
  '旧版 Excel 工作簿（.xls）需要先转换为 XLSX：请安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-calc-nogui），或用 Excel/WPS 另存为 .xlsx 后再导入';

function unsupported(message: string, code: ReadFailure['code']): ReadResult {
  return { ok: false, error: { code, message } };
}

/** Imports a text file's bytes synchronously (text only; other formats go through importBytes). */
export function importDocument(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const read = readText(bytes);
  if (!read.ok) return { ok: false, error: read.error };
  return importSource(read.source, options);
}

/** Imports decoded text (tests and callers that hold the text). */
export function importText(text: string, options: ImportOptions, encoding = 'utf-8'): ImportResult {
  return importSource({ format: 'text', encoding, lines: splitLines(text) }, options);
}

/** The first line yusuan writes on a document published with unresolved review errors. */
const UNRESOLVED_NOTICE = /^注[:：]本文件含未解决的审核错误\s*(\d+)\s*项$/;

/** Imports a document from the lines a format reader gave. */
export function importSource(source: SourceDocument, options: ImportOptions): ImportResult {
  const all = source.lines;
  const copies = repeatedOpenings(all);
  // Concatenated copies: the first is read, the others are reported (never one giant department).
  const lines = copies.length ? all.slice(0, (copies[0] as number) - 1) : all;
  if (lines.every((l) => l.blank)) return { ok: false, error: { code: 'empty-file', message: EMPTY } };
  // The notice is about the publication, not part of the document: read past it (line numbers kept).
  const first = lines.find((l) => !l.blank);
  const notice = first && !first.tabular ? UNRESOLVED_NOTICE.exec(first.text.trim()) : null;
  if (first && notice) lines[first.no - 1] = { ...toLine('', first.no), ...position(first) };
  const detection = detect(lines, options.template);
  if (!detection.ok)
    return { ok: false, error: { code: 'not-a-budget-document', message: detection.message } };
  const detected = detection.detected;
  const ctx = new ImportContext(options.file, lines);
  if (copies.length) {
    const shown = copies.slice(0, 10).join('、') + (copies.length > 10 ? ' 等' : '');
    ctx.report(
      'document-repeated',
      'error',
      `文件中同一文档的开头又出现了 ${copies.length} 次（第 ${shown} 行起）：可能是 ${copies.length + 1} 份文档拼接在一起；只导入了第一份（第 1–${lines.length} 行），请把各份分开后再导入`,
      copies[0] as number,
    );
  }
  if (first && notice) {
    ctx.report(
      'markup-removed',
      'info',
      `第${first.no}行为发布时所加标注（含未解决的审核错误 ${notice[1] ?? ''} 项），已略过`,
      first.no,
    );
  }
  const base = readBaseInfo(lines, options.file, source);
  const document =
    'template' in detected
      ? importDepartmentBudget(ctx, base, detected.template)
      : detected.kind === 'key-projects'
        ? importKeyProjects(ctx, base)
        : importDeclarationForms(ctx, base);
  if (source.format !== 'text') locateSources(document, lines);
  return { ok: true, document, lines: all };
}

const EMPTY = '文件为空，没有可导入的内容';

/** The position fields of a line (page, box, sheet), to keep when its content is replaced. */
function position(line: SourceLine): Partial<SourceLine> {
  const out: Partial<SourceLine> = {};
  if (line.page !== undefined) out.page = line.page;
  if (line.box !== undefined) out.box = line.box;
  if (line.sheet !== undefined) out.sheet = line.sheet;
  return out;
}

/** A cover title under which the department's name is printed on the line above. */
const COVER_TITLE = /部门预算公开|年度?(?:部门|单位)决算$/;
/** The cover's line naming the department or unit: "预算主管部门：上海市普陀区商务委员会". */
const COVER_LABEL = /^(?:预算主管部门|预算单位|主管部门|编制部门|编制单位)[:：](.+)$/;

function coverDepartment(lines: readonly SourceLine[]): Located<string> | null {
  for (const l of lines.slice(0, 30)) {
    if (l.blank || l.tabular) continue;
    const m = COVER_LABEL.exec(compact(lineText(l)));
    if (m?.[1]) return { value: m[1], source: { line: l.no } };
  }
  return null;
}

function readBaseInfo(lines: readonly SourceLine[], file: string, source: SourceDocument): BaseInfo {
  // Both marks need a # or a *, which most lines lack.
  const markdown =
    source.format === 'text' &&
    lines.some((l) => /[#*]/.test(l.raw) && (/^\s{0,3}#{1,6}\s/.test(l.raw) || /\*\*[^*]+\*\*/.test(l.raw)));
  const year = detectYear(lines);
  const titleLine = lines.slice(0, 80).find((l) => !l.blank && !l.tabular && /年/.test(l.text));
  let department: Located<string> | null = null;
  // The department printed above the title: "长沙市人民政府办公厅 / 2024年部门预算公开", "上海市普陀区财政局 / 2024年度部门决算".
  if (titleLine && COVER_TITLE.test(compact(titleLine.text))) {
    const before = lines.slice(0, titleLine.no - 1).filter((l) => !l.blank);
    const last = before[before.length - 1];
    if (last && !last.tabular) department = { value: lineText(last), source: { line: last.no } };
  }
  const above = department !== null;
  department ??= coverDepartment(lines);
  const title: Located<string> | null = titleLine
    ? {
        value: (above && department ? department.value : '') + compact(titleLine.text),
        source: { line: titleLine.no },
      }
    : null;
  const documentSource: BaseInfo['source'] = {
    file,
    encoding: source.encoding,
    lineCount: lines.length,
    flavour: markdown ? 'markdown' : 'plain',
  };
  if (source.format !== 'text') documentSource.format = source.format;
  if (source.pageCount !== undefined) documentSource.pageCount = source.pageCount;
  return {
    source: documentSource,
    title,
    year: year?.year ?? null,
    ...(year ? { yearSource: { line: year.line } } : {}),
    department,
  };
}
