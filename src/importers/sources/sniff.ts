// Which format a file is, from its first bytes (the name's extension only tells apart the formats
// that share a container): PDF, an Office Open XML workbook (ZIP), a legacy OLE2 workbook (.xls), a
// Word document, or text.

export type SniffedFormat = 'pdf' | 'xlsx' | 'xls' | 'docx' | 'doc' | 'zip' | 'text';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when the ZIP's directory names an entry that starts with `prefix` (e.g. "xl/"). */
function zipHolds(bytes: Uint8Array, prefix: string): boolean {
  // Entry names are plain ASCII in the local headers and the central directory: a byte search is enough.
  const needle = new TextEncoder().encode(prefix);
  const limit = bytes.length - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export function sniffFormat(bytes: Uint8Array, fileName: string): SniffedFormat {
  // A PDF may carry a few bytes of junk before its header; readers accept it within the first 1 KB.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF.length <= head.length; i++) if (startsWith(head, PDF, i)) return 'pdf';
  if (startsWith(bytes, ZIP)) {
    if (zipHolds(bytes, 'xl/')) return 'xlsx';
    if (zipHolds(bytes, 'word/')) return 'docx';
    // A damaged workbook may not show its entries: its name says what it was meant to be.
    return /\.xls[xm]$/i.test(fileName) ? 'xlsx' : 'zip';
  }
  if (startsWith(bytes, OLE2)) return /\.(?:doc|wps)$/i.test(fileName) ? 'doc' : 'xls';
  return 'text';
}
