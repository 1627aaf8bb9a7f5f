// Fixes the modification times inside a ZIP container (an XLSX file). The ZIP library under ExcelJS
// stamps every entry with the current time, which would make the same model give different bytes on
// each run; publishing is pure, so the stamps are set to one given date. Only the DOS time and date
// fields of the local and central headers change; the CRCs cover the data, not the headers.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** DOS date and time words of a date (UTC; DOS dates start in 1980, times have 2-second steps). */
function dosStamp(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  const day = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  return { time, day };
}

/** A copy of the ZIP bytes with every entry stamped `date`; the bytes unchanged if they are not a ZIP. */
export function stampZipEntries(bytes: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const { time, day } = dosStamp(date);
  for (let n = 0; n < entries && p + 46 <= out.length && view.getUint32(p, true) === CENTRAL; n++) {
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, day, true);
    const local = view.getUint32(p + 42, true);
    if (local + 30 <= out.length && view.getUint32(local, true) === LOCAL) {
      view.setUint16(local + 10, time, true);
      view.setUint16(local + 12, day, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
