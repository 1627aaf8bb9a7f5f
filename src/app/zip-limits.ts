// Limits on what a ZIP container (XLSX) expands to, checked from its central directory before any
// entry is inflated: a workbook of a few megabytes can expand to gigabytes (a "zip bomb"), and the
// workbook reader holds every sheet in memory. The directory states each entry's uncompressed size;
// entries are also counted. A ZIP whose directory cannot be found is left to the reader (damaged).
import { errorInfo } from '../core/errors.js';
import type { ErrorInfo } from '../core/errors.js';

export interface ZipLimits {
  /** Largest sum of the entries' uncompressed sizes. */
  maxExpandedBytes: number;
  /** Largest uncompressed size of one worksheet (xl/worksheets/*.xml). */
  maxSheetBytes: number;
  /** Most entries. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxExpandedBytes: 200_000_000,
  maxSheetBytes: 100_000_000,
  maxEntries: 10_000,
};

export interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The entries of a ZIP's central directory, or null when it has none that can be read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65,535 bytes (its comment is at most 64 KB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      return entries.length ? entries : null;
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressed, uncompressed });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

const mb = (n: number) => `${Math.round(n / 1e6)} MB`;

/** Null when the workbook is within the limits; otherwise the reason, named for what it is. */
export function checkWorkbookZip(
  file: string,
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): ErrorInfo | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  if (entries.length > limits.maxEntries) {
    return errorInfo(
      'xlsx-too-large',
      `XLSX 工作簿含 ${entries.length} 个部件，超过上限 ${limits.maxEntries}：${file}`,
      {
        file,
        entries: entries.length,
      },
    );
  }
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name));
  if (entries.some((e) => e.name.startsWith('xl/')) && sheets.length === 0) {
    return errorInfo('xlsx-no-worksheet', `XLSX 工作簿中没有工作表（xl/worksheets/ 为空）：${file}`, {
      file,
    });
  }
  const big = sheets.find((s) => s.uncompressed > limits.maxSheetBytes);
  if (big) {
    return errorInfo(
      'xlsx-too-large',
      `XLSX 工作表 ${big.name} 解压后为 ${mb(big.uncompressed)}，超过单表上限 ${mb(limits.maxSheetBytes)}：${file}`,
      { file, entry: big.name, uncompressed: big.uncompressed },
    );
  }
  const total = entries.reduce((s, e) => s + e.uncompressed, 0);
  if (total > limits.maxExpandedBytes) {
    return errorInfo(
      'xlsx-too-large',
      `XLSX 工作簿解压后为 ${mb(total)}，超过上限 ${mb(limits.maxExpandedBytes)}：${file}`,
      { file, uncompressed: total },
    );
  }
  return null;
}
