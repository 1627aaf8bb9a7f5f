import { describe, expect, it } from 'vitest';
import { ImportContext } from '../context.js';
import { toLine } from '../lines.js';
import { isLabelText, readAmount, splitNumbering } from './amount-cell.js';
import type { TableScope } from './amount-cell.js';

describe('splitNumbering', () => {
  it.each([
    ['一、本级财政拨款收入', '一、', '本级财政拨款收入'],
    ['七、结转下年', '七、', '结转下年'],
    ['1、一般公共预算拨款收入', '1、', '一般公共预算拨款收入'],
    ['22、其他支出', '22、', '其他支出'],
    ['（1）上年结转', '（1）', '上年结转'],
    ['本年收入合计', null, '本年收入合计'],
  ])('%s → numbering %s, label %s', (text, numbering, label) => {
    expect(splitNumbering(text)).toEqual({ numbering, label });
  });
});

describe('isLabelText', () => {
  it.each([
    ['行政运行', true],
    ['合计', true],
    ['6,563.63', false],
    ['201', false],
    ['15万', false],
    ['abc', false],
    ['无', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isLabelText(text)).toBe(expected);
  });
});

describe('readAmount', () => {
  const scope = (): TableScope => ({
    ctx: new ImportContext('t.txt', []),
    table: '部门收支总表',
    unit: '万元',
  });

  it('reads a printed amount exactly, in the table unit unless the text carries its own', () => {
    const s = scope();
    const line = toLine('一、基本支出\t5,401.88\t15元', 144);
    expect(readAmount(s, line, line.cells[1], '本年预算')).toMatchObject({
      text: '5,401.88',
      unit: '万元',
      source: { line: 144, column: 2 },
    });
    expect(readAmount(s, line, line.cells[2], '本年预算')?.unit).toBe('元');
    expect(s.ctx.diagnostics).toEqual([]);
  });

  it('reads blank and placeholder cells as null without a diagnostic', () => {
    const s = scope();
    const line = toLine('x\t\t-\t无', 9);
    expect([1, 2, 3].map((i) => readAmount(s, line, line.cells[i], '金额'))).toEqual([null, null, null]);
    expect(s.ctx.diagnostics).toEqual([]);
  });

  it('reports text in an amount cell with line, column and the text quoted', () => {
    const s = scope();
    const line = toLine('一、基本支出\t见附表', 144);
    expect(readAmount(s, line, line.cells[1], '本年预算')).toBeNull();
    expect(s.ctx.diagnostics).toEqual([
      {
        code: 'cell-unreadable',
        severity: 'warning',
        source: { line: 144, column: 2 },
        table: '部门收支总表',
        message:
          '部门收支总表第144行第2列（本年预算）“见附表”不是金额，应为数字（如 6,563.63）或空白；该格按空白读取',
      },
    ]);
  });
});
