// Legacy .xls workbooks: converted by LibreOffice (installed by .ci/run) and imported as workbooks;
// without a converter the import names what to install.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../importers/index.js';
import { convertLegacyWorkbook } from './libreoffice.js';

/** A key-project list as an .xls file: written as XLSX, saved as .xls by LibreOffice. */
async function legacyWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = '2023年度重大政策和重点项目绩效目标';
  ws.getCell('A2').value = '金额单位：万元';
  ws.getRow(3).values = ['主管单位', '项目名称', '资金总额', '绩效目标', '绩效指标'];
  ws.getRow(4).values = [
    null,
    null,
    null,
    null,
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    '指标值内容',
    '评（扣）分标准',
    '度量单位',
    '指标值类型',
    '备注',
  ];
  ws.getRow(5).values = [
    '长沙市水利局',
    '山塘清淤',
    5000.5,
    '夯实农村水利基础',
    '产出指标',
    '数量指标',
    '清淤山塘数',
    '500',
    '清淤山塘数量',
    '完成500口得20分',
    '口',
    '=',
    20,
  ];
  const dir = mkdtempSync(join(tmpdir(), 'yusuan-xls-test-'));
  try {
    const xlsx = join(dir, 'list.xlsx');
    writeFileSync(xlsx, new Uint8Array(await wb.xlsx.writeBuffer()));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'p')}`,
        '--headless',
        '--convert-to',
        'xls',
        '--outdir',
        dir,
        xlsx,
      ],
      { stdio: 'pipe' },
    );
    return new Uint8Array(readFileSync(join(dir, 'list.xls')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('legacy .xls workbooks', () => {
  it('are converted with LibreOffice and imported', async () => {
    const bytes = await legacyWorkbook();
    const r = await importBytes(bytes, { fileName: 'list.xls', ports: { convertLegacyWorkbook } });
    if (!r.ok) throw new Error(r.error.message);
    if (r.document.kind !== 'key-projects') throw new Error(r.document.kind);
    expect([r.document.projects[0]?.name.value, r.document.projects[0]?.amount?.value.toString()]).toEqual([
      '山塘清淤',
      '5000.5',
    ]);
    expect(r.document.projects[0]?.amount?.source).toMatchObject({ sheet: 'Sheet1', cell: 'C5' });
  }, 120_000);

  it('without a converter, fail with a message naming what to install', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const r = await importBytes(ole, { fileName: 'list.xls' });
    expect(r.ok ? null : [r.error.code, r.error.message]).toEqual([
      'converter-missing',
      expect.stringContaining('libreoffice-calc-nogui'),
    ]);
  });

  it('a damaged .xls is refused, not taken for a document', async () => {
    const damaged = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    const r = await importBytes(damaged, { fileName: 'bad.xls', ports: { convertLegacyWorkbook } });
    expect(r.ok ? null : r.error.code).toBe('not-a-budget-document');
  }, 120_000);
});
