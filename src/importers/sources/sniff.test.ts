import { describe, expect, it } from 'vitest';
import { sniffFormat } from './sniff.js';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('sniffFormat', () => {
  it.each([
    ['%PDF-1.7\n…', 'x.bin', 'pdf'],
    ['\r\n%PDF-1.4 after junk', 'x.pdf', 'pdf'],
    ['2024年部门收支总体情况表\t', 'x.txt', 'text'],
  ])('%j named %s is %s', (text, name, format) => {
    expect(sniffFormat(bytes(text), name)).toBe(format);
  });

  it('tells workbooks, Word documents and other ZIP files apart by their entries', () => {
    const zip = [0x50, 0x4b, 0x03, 0x04];
    expect(sniffFormat(bytes(zip, '....xl/workbook.xml'), 'a.bin')).toBe('xlsx');
    expect(sniffFormat(bytes(zip, '....word/document.xml'), 'a.bin')).toBe('docx');
    expect(sniffFormat(bytes(zip, '....data.csv'), 'a.zip')).toBe('zip');
    // A damaged workbook: its name says what it was meant to be.
    expect(sniffFormat(bytes(zip, [0, 0]), 'bad.xlsx')).toBe('xlsx');
  });

  it('reads OLE2 files as legacy workbooks unless named as Word documents', () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0];
    expect(sniffFormat(bytes(ole), '2024年部门预算.xls')).toBe('xls');
    expect(sniffFormat(bytes(ole), '说明.doc')).toBe('doc');
  });
});
