// loadFile reads XLSX workbooks (recognised by their ZIP magic) as well as text files.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '../publishers/xlsx/index.js';
import { importDepartment } from '../test-support/corpus.js';
import { loadFile } from './load.js';
import { nodeFiles } from './node-ports.js';

describe('loadFile with a workbook', () => {
  it('imports an .xlsx file written by the XLSX publisher', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yusuan-')), 'bangongting.xlsx');
    writeFileSync(file, await renderXlsx(importDepartment('bangongting')));
    const r = await loadFile({ files: nodeFiles }, file);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.document.source.encoding).toBe('xlsx');
    expect(r.document.kind === 'department-budget' ? r.document.projectTargets.length : 0).toBe(15);
  });

  it('reports a damaged workbook as a failure with the file named', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yusuan-')), 'bad.xlsx');
    writeFileSync(file, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]));
    const r = await loadFile({ files: nodeFiles }, file);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('damaged-file');
      expect(r.error.message).toMatch(/XLSX 工作簿无法读取.*bad\.xlsx$/);
    }
  });
});
