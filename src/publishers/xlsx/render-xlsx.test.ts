// The workbook as a person opens it: sheets, merged header captions, figures as numbers under
// '#,##0.00', frozen header rows, A4 print setup with repeated header rows, widths, borders, wrapping.

import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importDepartment, importKeyProjectsCorpus, importXiangyin } from '../../test-support/corpus.js';
import { renderXlsx } from './index.js';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The 1-based row whose first cell or fourth cell reads `text`. */
function rowOf(ws: Worksheet, text: string, col = 1): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === text) return r;
  throw new Error(`no row ${text} in ${ws.name}`);
}

const bangongting = importDepartment('bangongting');
const withErrors = await open(await renderXlsx(bangongting, { unresolvedErrors: 2 }));
const clean = await open(await renderXlsx(bangongting));

describe('renderXlsx: department budget', () => {
  it('has the notice sheet first when errors remain, then 说明 and one sheet per table', () => {
    expect(withErrors.worksheets.map((w) => w.name)).toEqual([
      '审核提示',
      '说明',
      '1 部门收支总表',
      '2 部门收入总表',
      '3 部门支出总表',
      '4 财政拨款收支总表',
      '5 一般公共预算支出表',
      '6 一般公共预算基本支出表',
      '7 一般公共预算“三公”经费支出表',
      '8 政府性基金预算支出表',
      '9 项目支出绩效目标表',
      '10 部门整体支出绩效目标表',
    ]);
    expect(sheet(withErrors, '审核提示').getCell('A1').value).toBe('注：本文件含未解决的审核错误 2 项');
    expect(clean.worksheets[0]?.name).toBe('说明');
  });

  it('puts the cover and Part 1 in the 说明 sheet, one line per row', () => {
    const ws = sheet(clean, '说明');
    expect(ws.getCell('A1').value).toBe('长沙市人民政府办公厅');
    expect(ws.getCell('A3').value).toBe('2024年部门预算公开');
    expect(ws.getCell(rowOf(ws, '一、部门基本概况'), 1).font?.bold).toBe(true);
    expect(ws.getColumn(1).width).toBe(70);
  });

  it('merges 本级财政拨款 over 金额 / 其中：经费拨款, and each single caption over both header rows', () => {
    const ws = sheet(clean, '2 部门收入总表');
    const h = rowOf(ws, '类');
    expect(ws.getCell(h, 6).value).toBe('本级财政拨款');
    expect(ws.getCell(h, 7).master.address).toBe(ws.getCell(h, 6).address);
    expect([ws.getCell(h + 1, 6).value, ws.getCell(h + 1, 7).value]).toEqual(['金额', '其中：经费拨款']);
    expect(ws.getCell(h + 1, 5).master.address).toBe(ws.getCell(h, 5).address); // 合计
    expect(ws.getCell(h + 1, 4).master.address).toBe(ws.getCell(h, 4).address); // 功能科目
  });

  it('merges 科目编码 over 类/款/项 where the table prints it so', () => {
    const ws = sheet(clean, '3 部门支出总表');
    const h = rowOf(ws, '科目编码');
    expect(ws.getCell(h, 3).master.address).toBe(ws.getCell(h, 1).address);
    expect([1, 2, 3].map((c) => ws.getCell(h + 1, c).value)).toEqual(['类', '款', '项']);
  });

  it('stores amounts as numbers formatted #,##0.00 that show the printed text', () => {
    const ws = sheet(clean, '2 部门收入总表');
    const total = ws.getCell(rowOf(ws, '合计', 4), 5);
    expect(total.value).toBe(6563.63);
    expect(total.numFmt).toBe('#,##0.00');
    expect(total.alignment?.horizontal).toBe('right');
    const basic = sheet(clean, '6 一般公共预算基本支出表');
    expect(basic.getCell(rowOf(basic, '30103'), 3).value).toBe(1139.98);
  });

  it('freezes the caption and header rows and repeats the header rows on each printed page', () => {
    const ws = sheet(clean, '2 部门收入总表');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.printTitlesRow).toBe('4:6');
    expect(sheet(clean, '1 部门收支总表').pageSetup.orientation).toBe('portrait');
  });

  it('sets column widths, borders on table cells and wrapping for long text', () => {
    const ws = sheet(clean, '9 项目支出绩效目标表');
    expect(ws.getColumn(4).width).toBe(40); // 绩效目标
    const r = rowOf(ws, '110联动经费', 2);
    expect(ws.getCell(r, 4).alignment?.wrapText).toBe(true);
    expect(ws.getCell(r, 4).border?.left?.style).toBe('thin');
    expect(ws.getRow(r).height).toBeGreaterThan(15);
  });

  it('merges 绩效指标 over the nine indicator columns and stores weights as numbers', () => {
    const ws = sheet(clean, '9 项目支出绩效目标表');
    const h = rowOf(ws, '单位编码');
    expect(ws.getCell(h, 5).value).toBe('绩效指标');
    expect(ws.getCell(h, 13).master.address).toBe(ws.getCell(h, 5).address);
    expect(ws.getCell(rowOf(ws, '110联动经费', 2), 13).value).toBe(10);
  });

  it('lays 部门整体支出绩效目标表 under a three-row header: 年度预算申请 over the funding split', () => {
    const ws = sheet(clean, '10 部门整体支出绩效目标表');
    const h = rowOf(ws, '单位编码');
    expect(ws.getCell(h, 3).value).toBe('年度预算申请');
    expect(ws.getCell(h, 9).master.address).toBe(ws.getCell(h, 3).address);
    expect(ws.getCell(h + 2, 4).value).toBe('一般公共预算');
    expect(ws.getCell(h + 3, 3).value).toBe(5579);
    expect(ws.getCell(h + 3, 3).numFmt).toBe('#,##0.00');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: h + 2 });
  });
});

describe('renderXlsx: key projects and declaration forms', () => {
  it('puts the key-project list on one sheet with its title, unit line and note', async () => {
    const wb = await open(await renderXlsx(importKeyProjectsCorpus()));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['重大政策和重点项目绩效目标']);
    const ws = sheet(wb, '重大政策和重点项目绩效目标');
    expect(ws.getCell('A1').value).toBe('2023年度重大政策和重点项目绩效目标');
    expect(ws.getCell('M1').master.address).toBe('A1');
    expect(ws.getCell('A2').value).toBe('金额单位：万元');
    expect(ws.getCell(ws.rowCount, 1).value).toBe('注：备注栏系三级指标的赋分制。');
    expect(ws.getCell(rowOf(ws, '长沙市农业农村局'), 3).value).toBe(8000);
  });

  it('gives each declaration form its own sheet, in the order printed', async () => {
    const wb = await open(await renderXlsx(importXiangyin()));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '项目1 驻京联络维稳工作组',
      '项目2 湘阴县平安城市及雪亮工程项目工作协调经费',
      '整体 湘阴县政府办',
      '项目3 各战线调研协调工作经费',
      '项目4 优化营商环境',
      '项目5 争资争项招商协调经费',
      '项目6 重点工作专题调研、信息综合工作',
      '项目7 政府中心工作经费',
    ]);
    const ws = sheet(wb, '项目2 湘阴县平安城市及雪亮工程项目工作协调经费');
    const r = rowOf(ws, '县级资金', 3);
    expect([ws.getCell(r, 4).value, ws.getCell(r, 4).numFmt]).toEqual([15, '#,##0"万"']);
    const section = rowOf(ws, '项目基本情况');
    expect(ws.getCell(section + 1, 1).master.address).toBe(ws.getCell(section, 1).address);
  });
});

describe('renderXlsx: reproducible bytes', () => {
  it('stamps every ZIP entry with the given date instead of the current time', async () => {
    const bytes = await renderXlsx(importKeyProjectsCorpus(), { created: new Date(Date.UTC(2023, 0, 1)) });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const stamps = new Set<string>();
    for (let i = 0; i + 30 <= bytes.length; i++) {
      if (view.getUint32(i, true) === 0x04034b50)
        stamps.add(`${view.getUint16(i + 12, true)}/${view.getUint16(i + 10, true)}`);
    }
    expect([...stamps]).toEqual([`${((2023 - 1980) << 9) | (1 << 5) | 1}/0`]);
    const again = await renderXlsx(importKeyProjectsCorpus(), { created: new Date(Date.UTC(2023, 0, 1)) });
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(again))).toBe(0);
  });
});
