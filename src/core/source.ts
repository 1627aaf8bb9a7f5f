// Provenance: where in the source file a value came from. Lines and columns are 1-based; a column is
// the 1-based index of the tab-separated cell in the line (after repair, the cell as printed), not a
// character offset. Every format is read as lines of cells (a PDF's text lines and table rows, a
// workbook's rows), so `line` is always there; PDF adds the page and the box on it, XLSX the sheet
// and the cell. The file itself is named once, on the document (`DocumentSource`).

/** A rectangle on a PDF page in PDF points, origin at the bottom left: [x0, y0, x1, y1]. */
export type Box = [x0: number, y0: number, x1: number, y1: number];

export interface SourceRef {
  /** 1-based line number in the decoded source text (for PDF and XLSX: in the lines read from it). */
  line: number;
  /** 1-based cell index within the line as printed (tab-separated), when the value came from a cell. */
  column?: number;
  /** PDF: the 1-based page number. */
  page?: number;
  /** PDF: the box of the text on the page, in points ([x0, y0, x1, y1], origin bottom left). */
  box?: Box;
  /** XLSX: the worksheet's name. */
  sheet?: string;
  /** XLSX: the cell's address, e.g. "B7". */
  cell?: string;
}

/** A value with the place it was read from. */
export interface Located<T> {
  value: T;
  source: SourceRef;
}

export interface DocumentSource {
  /** The file path as given to the importer. */
  file: string;
  /** The detected text encoding: 'utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'. */
  encoding: string;
  /** Number of lines in the decoded text. */
  lineCount: number;
  /** The file flavour: plain text conversion or markdown conversion. */
  flavour: 'plain' | 'markdown';
  /** The file's format when it is not text: 'xlsx' (a workbook) or 'pdf'. */
  format?: 'xlsx' | 'pdf';
  /** PDF: the number of pages; XLSX: the number of visible sheets. */
  pageCount?: number;
}

/**
 * Where a piece of a text assembled from several printed lines starts: `offset` is the index (UTF-16
 * unit) in the assembled text at which the line's text begins, `source` the line it came from.
 */
export interface TextSegment {
  offset: number;
  source: SourceRef;
}

/**
 * The place of the character at `offset` of an assembled text: the segment that holds it, or
 * `fallback` (the text's own first place) when the text was printed on one line.
 */
export function sourceAtOffset(
  segments: readonly TextSegment[] | undefined,
  offset: number,
  fallback: SourceRef,
): SourceRef {
  let found = fallback;
  for (const s of segments ?? []) {
    if (s.offset > offset) break;
    found = s.source;
  }
  return found;
}

export function at(line: number, column?: number): SourceRef {
  return column === undefined ? { line } : { line, column };
}

export function located<T>(value: T, line: number, column?: number): Located<T> {
  return { value, source: at(line, column) };
}
