// The import use case: a file (through the FileSource port) or bytes already in hand, to the model.
// The importer is called in exactly one place, `runImporter`, through its one entry importBytes
// (text in any supported encoding, XLSX, legacy XLS, PDF), with the effects some formats need: the
// pdfjs data files from the installed package, LibreOffice for legacy .xls workbooks. Unreadable
// input is a value (an ErrorInfo with a stable code), never a throw, so one bad file does not stop a
// run over many.
import { toErrorInfo, tooLargeInfo } from '../core/errors.js';
import type { ErrorCode, ErrorInfo } from '../core/errors.js';
import type { BudgetDocument } from '../core/model/document.js';
import type { Template } from '../core/templates/template.js';
import { importBytes, IMPORT_FAILURES } from '../importers/index.js';
import type { ImportPorts, ImportResult } from '../importers/index.js';
import type { SourceLine } from '../importers/lines.js';
import { convertLegacyWorkbook } from '../platform/libreoffice.js';
import { readPdfData } from '../platform/pdf-data.js';
import type { FileSource } from './ports.js';
import { checkWorkbookZip } from './zip-limits.js';
import type { ZipLimits } from './zip-limits.js';

/** 50 MB: the default largest input (`--max-size`, YUSUAN_MAX_SIZE). */
export const DEFAULT_MAX_BYTES = 50_000_000;

export interface LoadOptions {
  /** Largest input in bytes (default 50 MB). */
  maxBytes?: number;
  template?: Template;
  /** What a workbook may expand to (default DEFAULT_ZIP_LIMITS). */
  zipLimits?: ZipLimits;
}

export type LoadFailure = ErrorInfo;
export type LoadFailureCode = ErrorCode;

export type LoadResult =
  | {
      ok: true;
      file: string;
      document: BudgetDocument;
      /** The lines it was read from, with their positions (PDF page and box, XLSX sheet and cell). */
      sourceLines: readonly SourceLine[];
    }
  | { ok: false; file: string; error: LoadFailure };

/** Every importer failure is an error code of the library (a compile error otherwise). */
export const IMPORT_FAILURE_CODES: readonly ErrorCode[] = IMPORT_FAILURES;

/** The effects the importer may need, from this machine. */
export const IMPORT_PORTS: ImportPorts = { pdfData: readPdfData, convertLegacyWorkbook };

/** The local file header of a ZIP container (XLSX): "PK\x03\x04". */
const isZip = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The one call into the importer. */
function runImporter(file: string, bytes: Uint8Array, template?: Template): Promise<ImportResult> {
  return importBytes(bytes, { fileName: file, ports: IMPORT_PORTS, ...(template ? { template } : {}) });
}

/** Imports bytes already read (an upload, a test): any supported format, at most `maxBytes`. */
export async function loadBytes(
  file: string,
  bytes: Uint8Array,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return { ok: false, file, error: tooLargeInfo(file, maxBytes, bytes.length) };
  if (isZip(bytes)) {
    const refused = checkWorkbookZip(file, bytes, options.zipLimits);
    if (refused) return { ok: false, file, error: refused };
  }
  const r = await runImporter(file, bytes, options.template);
  if (!r.ok) return { ok: false, file, error: { ...r.error, message: `${r.error.message}：${file}` } };
  return { ok: true, file, document: r.document, sourceLines: r.lines };
}

/** Reads a file through the FileSource port and imports it. */
export async function loadFile(
  ports: { files: FileSource },
  file: string,
  options: LoadOptions = {},
): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await ports.files.read(file, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  } catch (e) {
    return { ok: false, file, error: toErrorInfo(e) };
  }
  return loadBytes(file, bytes, options);
}
