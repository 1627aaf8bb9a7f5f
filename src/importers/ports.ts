// The effects some formats need, given by the app layer (importers never touch the file system):
// the data files pdfjs reads for CJK text and non-embedded fonts, and the conversion of legacy .xls
// workbooks (LibreOffice headless). Each is optional: without it the format gives a clear failure.

export type PdfDataKind = 'cmap' | 'standard-font';

export interface ImportPorts {
  /**
   * The bytes of a pdfjs data file by kind and file name ("UniGB-UCS2-H.bcmap", "FoxitSerif.pfb"),
   * read from the installed pdfjs-dist package — never from the network.
   */
  pdfData?: (kind: PdfDataKind, fileName: string) => Promise<Uint8Array>;
  /** Converts a legacy .xls workbook to XLSX bytes. */
  convertLegacyWorkbook?: (
    bytes: Uint8Array,
  ) => Promise<
    | { ok: true; bytes: Uint8Array }
    | { ok: false; code: 'damaged-file' | 'converter-missing'; message: string }
  >;
}
