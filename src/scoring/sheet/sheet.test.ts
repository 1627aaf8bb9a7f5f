import { describe, expect, it } from 'vitest';
import { corpusDoc } from '../../test-support/fixtures.js';
import { formatCsv, parseCsv } from './csv.js';
import { readActuals, sheetErrorText } from './read.js';
import { SHEET_COLUMNS, renderTemplate, templateRows } from './template.js';

function rowsOf(csv: string): string[][] {
  const r = parseCsv(csv);
  if (!r.ok) throw new Error(r.message);
  return r.rows.map((x) => x.cells);
}

describe('csv', () => {
  it('quotes what needs quoting and reads it back, with the line each row starts on', () => {
    const rows = [
      ['a', 'b,c', 'say "hi"'],
      ['多行\n文本', '', ' 空格 '],
    ];
    const text = formatCsv(rows);
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text).toBe('\ufeffa,"b,c","say ""hi"""\r\n"多行\n文本",," 空格 "\r\n');
    const back = parseCsv(text);
    expect(back).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: rows[0] },
        { line: 2, cells: rows[1] },
      ],
    });
    expect(parseCsv('a,b\nc,d\n\ne,f')).toMatchObject({
      ok: true,
      rows: [{ line: 1 }, { line: 2 }, { line: 4 }],
    });
    expect(parseCsv('a,"b\nc')).toEqual({ ok: false, line: 1, message: '第1行的引号没有闭合' });
  });
});

describe('actuals template', () => {
  it('has the contract columns, a 预算执行 row per target with its budget, then its indicators', () => {
    const rows = templateRows(corpusDoc('bangongting'));
    expect(rows[0]).toEqual([...SHEET_COLUMNS]);
    expect(rows[1]).toEqual([
      '104001',
      '110联动经费',
      '预算执行',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '33.34',
      '',
    ]);
    expect(rows[2]).toEqual([
      '104001',
      '110联动经费',
      '成本指标',
      '经济成本指标',
      '保障办公值班经费',
      '<',
      '15',
      '万元',
      '10',
      '完成即为满分，未完成不计分',
      '',
      '',
      '',
      '',
    ]);
    // 15 projects and 3 units, each a 预算执行 row; 148 counted indicators (the 77 "无" rows left out).
    expect(rows.filter((r) => r[2] === '预算执行')).toHaveLength(18);
    expect(rows.length - 1 - 18).toBe(148);
  });

  it('reads back as "nothing evaluated yet" for every corpus document', () => {
    for (const name of ['bangongting', 'beijing', 'keyProjects', 'xiangyin'] as const) {
      const doc = corpusDoc(name);
      const r = readActuals(doc, renderTemplate(doc));
      expect(r.ok).toBe(true);
      if (r.ok)
        expect(
          r.actuals.every((t) => t.executed === null && t.indicators.every((i) => i.actual === null)),
        ).toBe(true);
    }
  });
});

describe('reading filled actuals', () => {
  const doc = corpusDoc('bangongting');
  const template = rowsOf(renderTemplate(doc));
  const edit = (...edits: [row: number, col: number, value: string][]): string => {
    const rows = template.map((r) => [...r]);
    for (const [r, c, v] of edits) {
      const row = rows[r - 1];
      if (row) row[c - 1] = v;
    }
    return formatCsv(rows);
  };

  it('reports an actual that does not fit its standard, with row and column', () => {
    // Row 4: 110联动单位工作经费下拨 (≥ 10 万元, 完成即为满分); row 9: 社会公众满意度 (≥95%即为满分).
    const r = readActuals(doc, edit([4, 11, '较好'], [9, 11, '150%'], [2, 14, '三十万']));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(sheetErrorText)).toEqual([
      '第2行第14列（executed）：“三十万”不是有效的金额（万元）',
      '第4行第11列（actual）：指标“110联动单位工作经费下拨”的实际值：应填写实际值（万元）或“完成”或“未完成”，实际填写“较好”',
      '第9行第11列（actual）：指标“社会公众满意度”的实际值：“150%”不是有效的比率（应在0%–100%之间）',
    ]);
  });

  it('reports a row that names no indicator of the document, and a missing column', () => {
    const r = readActuals(doc, edit([3, 5, '不存在的指标'], [10, 2, '不存在的项目']));
    expect(!r.ok && r.errors.map(sheetErrorText)).toEqual([
      '第3行第5列（indicator）：项目“110联动经费”没有（或已填过）二级指标“经济成本指标”下的指标“不存在的指标”',
      '第10行第2列（project）：文件中没有单位“104001”的项目（或单位）“不存在的项目”',
    ]);
    const noActual = formatCsv(template.map((r) => r.filter((_c, i) => i !== 10)));
    expect(readActuals(doc, noActual)).toEqual({
      ok: false,
      errors: [{ row: 1, column: null, columnName: null, message: '表头缺少列：actual' }],
    });
  });

  it('keeps values and explanations of rows in any order, and budget changes', () => {
    const rows = template.map((r) => [...r]);
    const [header, ...body] = rows;
    body.reverse();
    const exec = body.find((r) => r[1] === '110联动经费' && r[2] === '预算执行');
    if (exec) {
      exec[12] = '35';
      exec[13] = '30.5';
      exec[11] = '年底集中支付';
    }
    const r = readActuals(doc, formatCsv([header ?? [], ...body]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.actuals.find((a) => a.target === '110联动经费');
    expect([t?.budget?.toString(), t?.executed?.toString(), t?.executionExplanation]).toEqual([
      '35',
      '30.5',
      '年底集中支付',
    ]);
  });
});
