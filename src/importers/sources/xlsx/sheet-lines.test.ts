import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rowTexts, sheetLines } from './sheet-lines.js';

/** The sheet's rows as the text form prints them: cells joined by tabs. */
const texts = (ws: ExcelJS.Worksheet): string[] =>
  Array.from({ length: ws.rowCount }, (_, i) => rowTexts(ws, i + 1).join('\t'));

/** A sheet as a published workbook lays out a table: merged title, merged group caption, figures. */
function tableSheet(): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet('2 部门收入总表');
  ws.getCell('A1').value = '2024年部门收入总体情况表';
  ws.mergeCells('A1:E1');
  ws.getRow(2).values = ['类', '款', '项', '功能科目', '本级财政拨款'];
  ws.mergeCells('E2:F2');
  ws.getRow(3).values = [null, null, null, null, '金额', '其中：经费拨款'];
  ws.getRow(4).values = [null, null, null, '合计', 6563.63, 6563.63];
  ws.getCell('E4').numFmt = '#,##0.00';
  ws.getCell('F4').numFmt = '#,##0.00';
  ws.getRow(5).values = ['合计'];
  ws.getCell('A7').value = '注：本表反映部门本年度取得的各项收入情况。';
  ws.mergeCells('A7:F7');
  return ws;
}

describe('sheetLines', () => {
  const lines = texts(tableSheet());

  it('reads a row merged across the table as a plain line (title, note)', () => {
    expect(lines[0]).toBe('2024年部门收入总体情况表');
    expect(lines[6]).toBe('注：本表反映部门本年度取得的各项收入情况。');
  });

  it('reads other rows as tab-separated cells, a merged caption in its first cell only', () => {
    expect(lines[1]).toBe('类\t款\t项\t功能科目\t本级财政拨款');
    expect(lines[2]).toBe('\t\t\t\t金额\t其中：经费拨款');
  });

  it('prints figures through their number format', () => {
    expect(lines[3]).toBe('\t\t\t合计\t6,563.63\t6,563.63');
  });

  it('keeps a lone first cell that is not merged as a table row, and an empty row as a blank line', () => {
    expect(lines[4]).toBe('合计\t');
    expect(lines[5]).toBe('');
  });

  it('reads a lone caption as a plain line even where the workbook does not merge it', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('Sheet1');
    ws.getCell('A1').value = '2024年部门收支总体情况表';
    ws.getCell('A2').value = '部门名称：长沙市人民政府办公厅';
    ws.getCell('A3').value = '单位：万元';
    ws.getRow(4).values = ['项目', '本年预算', '项目', '本年预算'];
    ws.getCell('A5').value = '注：本表反映部门本年度的收支总体情况。';
    expect(texts(ws)).toEqual([
      '2024年部门收支总体情况表',
      '部门名称：长沙市人民政府办公厅',
      '单位：万元',
      '项目\t本年预算\t项目\t本年预算',
      '注：本表反映部门本年度的收支总体情况。',
    ]);
  });

  it('gives each cell of a line its address and the line its sheet', () => {
    const [, header, , figures] = sheetLines(tableSheet(), 1);
    expect(header?.cells.map((c) => [c.text, c.address])).toEqual([
      ['类', 'A2'],
      ['款', 'B2'],
      ['项', 'C2'],
      ['功能科目', 'D2'],
      ['本级财政拨款', 'E2'],
    ]);
    expect([figures?.sheet, figures?.no, figures?.cells[4]?.address, figures?.cells[4]?.text]).toEqual([
      '2 部门收入总表',
      4,
      'E4',
      '6,563.63',
    ]);
  });

  it('reads every row of a one-column sheet as a plain line', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('说明');
    ws.getCell('A1').value = '长沙市人民政府办公厅';
    ws.getCell('A3').value = '2024年部门预算公开';
    expect(texts(ws)).toEqual(['长沙市人民政府办公厅', '', '2024年部门预算公开']);
  });
});
