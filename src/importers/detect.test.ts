// A document is accepted only when its tables (or a list's header, or a form's fields) are there: a
// workbook that merely mentions 部门预算公开 is refused, saying what was looked for.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importBytes, importText } from './index.js';
import { corpusText } from '../test-support/corpus.js';

async function workbook(rows: (string | number | null)[][], sheet = 'Sheet1'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((r, i) => (ws.getRow(i + 1).values = r));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('detection', () => {
  it('refuses an inspection checklist that mentions 部门预算公开 and budget words, naming what it looked for', async () => {
    const bytes = await workbook([
      ['2024年部门预算公开检查清单'],
      ['序号', '检查事项', '检查要点', '是否公开'],
      [1, '部门预算公开', '是否公开部门收支总表、部门收入总表', '是'],
      [2, '“三公”经费', '是否公开一般公共预算“三公”经费支出表', '是'],
      [3, '绩效目标', '是否公开项目支出绩效目标表', '否'],
      [4, '项目名称', '项目支出绩效目标申报表是否随预算公开', '是'],
    ]);
    const r = await importBytes(bytes, { fileName: '检查清单.xlsx' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('not-a-budget-document');
      expect(r.error.message).toContain('未找到部门预算、单位预算或部门决算的表格');
      expect(r.error.message).toContain('主管单位、项目名称、资金总额、绩效目标');
    }
  });

  it('refuses text whose title says 部门预算公开 but that prints no table', () => {
    const r = importText('长沙市某局\n2024年部门预算公开\n\n一、部门基本概况\n本部门负责……\n', {
      file: 'x.txt',
    });
    expect(r.ok ? null : r.error.code).toBe('not-a-budget-document');
  });

  it('says how many tables it found when too few follow their titles', () => {
    const r = importText(
      '2025年部门收入预算总表\n编制部门：某局\t单位：元\n项目\t收入预算\n201\t\t\t一般公共服务支出\t100.00\t100.00\n',
      {
        file: 'one-table.txt',
      },
    );
    expect(r.ok ? null : r.error.message).toContain('只找到1张表（部门收入预算总表），至少需要2张');
  });

  it('does not take a table of contents for tables: titles must be followed by rows', () => {
    const contents = [
      '目录',
      '一、收入支出决算总表',
      '二、收入决算表',
      '三、支出决算表',
      '四、财政拨款收入支出决算总表',
    ];
    const r = importText(contents.join('\n') + '\n', { file: 'contents.txt' });
    expect(r.ok).toBe(false);
  });

  it('reads a workbook holding two of a template’s tables, one after the other on one sheet', async () => {
    const bytes = await workbook([
      ['2025年部门支出预算总表'],
      ['编制部门：上海市普陀区某局', null, null, null, null, null, '单位：元'],
      ['功能分类科目编码', null, null, '功能分类科目名称', '合计', '基本支出', '项目支出'],
      ['类', '款', '项'],
      ['201', null, null, '一般公共服务支出', 300, 100, 200],
      ['201', '03', '01', '行政运行', '300.00', 100, 200],
      ['合计', null, null, null, 300, 100, 200],
      [],
      ['2025年部门一般公共预算支出功能分类预算表'],
      ['编制部门：上海市普陀区某局', null, null, null, null, null, '单位：元'],
      ['功能分类科目编码', null, null, '功能分类科目名称', '合计', '基本支出', '项目支出'],
      ['201', null, null, '一般公共服务支出', 300, 100, 200],
      ['合计', null, null, null, 300, 100, 200],
    ]);
    const r = await importBytes(bytes, { fileName: 'two.xlsx' });
    if (!r.ok) throw new Error(r.error.message);
    const d = r.document;
    if (d.kind !== 'department-budget') throw new Error(d.kind);
    const e = d.tables.expenditure;
    expect([
      d.template,
      e?.shape === 'amounts' ? e.rows.map((x) => [x.code, x.amounts['total']?.value.toString()]) : null,
    ]).toEqual([
      'shanghai-department',
      [
        ['201', '300'],
        ['2010301', '300.00'],
        [null, '300'],
      ],
    ]);
    expect(d.tables['general-expenditure']?.pages).toHaveLength(1);
  });

  it.each(['项目绩效目标表', '项目支出绩效目标表'])(
    'reads a single project form published alone under the title %s (no 申报): Xiangyin form 1',
    (title) => {
      const lines = corpusText('xiangyin').split('\n').slice(0, 47);
      lines[2] = `2023年度湘阴县人民政府办公室${title}`;
      const r = importText(lines.join('\n'), { file: 'form.txt' });
      if (!r.ok) throw new Error(r.error.message);
      const doc = r.document;
      if (doc.kind !== 'declaration-forms') throw new Error(`read as ${doc.kind}`);
      expect(doc.projectForms.map((f) => f.name.value)).toEqual(['驻京联络维稳工作组']);
      expect(doc.departmentForms).toEqual([]);
      const total = doc.projectForms[0]?.funding.find((l) => l.label === '合计');
      expect([total?.previous?.value.toString(), total?.current?.value.toString()]).toEqual(['68', '50']);
    },
  );
});
