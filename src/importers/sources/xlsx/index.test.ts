import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../index.js';
import { readWorkbook } from './index.js';

describe('readWorkbook', () => {
  it('fails with a reason, not a throw, on a damaged workbook', async () => {
    const r = await readWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect([r.error.code, r.error.message]).toEqual([
        'damaged-file',
        expect.stringContaining('XLSX 工作簿无法读取'),
      ]);
  });

  it('reads a hand-made workbook in the published layout (a key-project list), cells with their addresses', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = '2023年度重大政策和重点项目绩效目标';
    ws.mergeCells('A1:M1');
    ws.getCell('A2').value = '金额单位：万元';
    ws.mergeCells('A2:M2');
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
      '标准化山塘清淤整治冬修水利建设',
      5000,
      '夯实农村水利基础',
      '产出指标',
      '数量指标',
      '清淤整治山塘数',
      '500',
      '清淤整治山塘数量',
      '完成500口得20分，每少5口扣2分，扣完为止',
      '口',
      '=',
      20,
    ];
    ws.getCell('C5').numFmt = '#,##0.00';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await importBytes(bytes, { fileName: 'hand.xlsx' });
    if (!r.ok) throw new Error(r.error.message);
    if (r.document.kind !== 'key-projects') throw new Error(r.document.kind);
    const p = r.document.projects[0];
    expect([r.document.source.encoding, r.document.source.format]).toEqual(['xlsx', 'xlsx']);
    expect([p?.department, p?.name.value, p?.amount?.text, p?.indicators[0]?.weight?.toString()]).toEqual([
      '长沙市水利局',
      '标准化山塘清淤整治冬修水利建设',
      '5,000.00',
      '20',
    ]);
    expect(p?.amount?.source).toEqual({ line: 5, column: 3, sheet: 'Sheet1', cell: 'C5' });
    expect(p?.indicators[0]?.source).toMatchObject({ line: 5, sheet: 'Sheet1' });
  });
});
