// Reading PDFs: the Shanghai files (WPS and ONLYOFFICE), rebuilt as lines of cells with their page
// and box, and PDFs made in the test (rules and text in a standard font, or no text at all).

import { describe, expect, it } from 'vitest';
import { readPdfData } from '../../../platform/pdf-data.js';
import { shanghaiBytes } from '../../../test-support/corpus.js';
import { makePdf } from '../../../test-support/pdf-maker.js';
import type { SourceLine } from '../../lines.js';
import { readPdf } from './index.js';

async function lines(bytes: Uint8Array): Promise<SourceLine[]> {
  const r = await readPdf(bytes, readPdfData);
  if (!r.ok) throw new Error(r.error.message);
  return r.source.lines;
}

const texts = (l: SourceLine | undefined) => l?.cells.map((c) => c.text);
const find = (ls: readonly SourceLine[], first: string, page?: number) =>
  ls.find((l) => l.cells[0]?.text === first && (page === undefined || l.page === page));

describe('readPdf on a WPS budget (cell borders drawn as thin filled rectangles)', async () => {
  const ls = await lines(shanghaiBytes('bangongshiDept'));

  it('reads a ruled table row as the table’s columns, figures split from the strings WPS joins', () => {
    const rows = ls.filter((l) => l.page === 11 && l.tabular).map(texts);
    expect(rows).toContainEqual([
      '201',
      '03',
      '01',
      '行政运行',
      '12,029,501.84',
      '11,919,501.84',
      '110,000.00',
    ]);
    expect(rows).toContainEqual([
      '201',
      '03',
      '02',
      '一般行政管理事务',
      '46,140,000.00',
      '',
      '46,140,000.00',
    ]);
    const next = ls.filter((l) => l.page === 12 && l.tabular).map(texts);
    expect(next.at(-1)).toEqual(['合计', '', '', '', '91,016,775.35', '24,606,775.35', '66,410,000.00']);
  });

  it('reads a balance table’s two sides as one row', () => {
    expect(texts(find(ls, '一、财政拨款收入', 8))).toEqual([
      '一、财政拨款收入',
      '91,016,775.35',
      '一、一般公共服务支出',
      '82,096,797.42',
    ]);
  });

  it('gives lines and cells their page and box (points, origin bottom left)', () => {
    const row = ls.find((l) => l.page === 11 && l.cells[3]?.text === '行政运行');
    expect(row?.box).toHaveLength(4);
    const [x0, y0, x1, y1] = row?.cells[4]?.box ?? [];
    expect(x0).toBeLessThan(x1 ?? 0);
    expect(y0).toBeLessThan(y1 ?? 0);
    // A landscape A4 page: 842 × 595 points.
    expect(x1).toBeLessThanOrEqual(842);
    expect(y1).toBeLessThanOrEqual(595);
  });

  it('keeps a caption and its unit at the two ends of a line as two cells of a text line', () => {
    const meta = ls.find((l) => l.page === 9 && l.cells[0]?.text.startsWith('编制部门'));
    expect([meta?.tabular, texts(meta)]).toEqual([
      false,
      ['编制部门：上海市普陀区人民政府办公室', '单位：元'],
    ]);
  });

  it('repeats the header rows on a table’s continuation page, as printed', () => {
    expect(
      ls
        .filter((l) => l.page === 15 && l.tabular)
        .map((l) => l.cells[0]?.text)
        .slice(0, 4),
    ).toEqual(['项目', '功能分类科目编码', '类', '210']);
  });

  it('marks prose lines that run on to the next line', () => {
    const wrapped = find(
      ls,
      '2025年，上海市普陀区人民政府办公室收入预算9,101.68万元，其中：财政拨款收入9,101.68万元，比2024年预算减少2,389.52万',
    );
    expect(wrapped?.wrapped).toBe(true);
    expect(ls[(wrapped?.no ?? 0) - 1 + 1]?.cells[0]?.text).toBe(
      '元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。',
    );
  });
});

describe('readPdf on an ONLYOFFICE final account (rules stroked per cell, text out of order)', async () => {
  const ls = await lines(shanghaiBytes('caizhengju'));

  it('joins a cell’s lines and puts figures in their cells whatever their vertical place', () => {
    const row = ls.find((l) => l.page === 10 && l.cells[3]?.text === '机关事业单位基本养老保险缴费支出');
    expect(texts(row)).toEqual([
      '208',
      '05',
      '05',
      '机关事业单位基本养老保险缴费支出',
      '160.75',
      '160.75',
      '',
      '',
      '',
      '',
    ]);
  });

  it('reads the narrative in reading order', () => {
    const i = ls.findIndex((l) => l.cells[0]?.text.startsWith('本年支出合计2940.05万元'));
    expect(ls[i + 1]?.cells[0]?.text).toBe('603.14万元，占20.51%；');
  });

  it('reads a table drawn without rules by its columns', () => {
    expect(texts(find(ls, '2', 5))).toEqual(['2', '上海市普陀区财政局财政所', '预算不单列，并入本级']);
  });
});

describe('readPdf on PDFs made here', () => {
  it('reads text in a standard font (its metrics come through the port) and a ruled grid', async () => {
    const pdf = makePdf([
      {
        texts: [
          { x: 10, y: 780, text: 'Budget 2025' },
          { x: 12, y: 705, text: 'A' },
          { x: 112, y: 705, text: '1,000.00' },
          { x: 12, y: 655, text: 'B' },
          { x: 112, y: 655, text: '2,000.00' },
        ],
        lines: [
          [10, 750, 210, 750],
          [10, 700, 210, 700],
          [10, 650, 210, 650],
          [10, 650, 10, 750],
          [110, 650, 110, 750],
          [210, 650, 210, 750],
        ],
      },
    ]);
    const ls = await lines(pdf);
    expect(ls.map((l) => [l.tabular, texts(l)])).toEqual([
      [false, ['Budget 2025']],
      [true, ['A', '1,000.00']],
      [true, ['B', '2,000.00']],
    ]);
    expect(ls[1]?.cells[1]?.box).toEqual([110, 700, 210, 750]);
  });

  it('refuses a PDF whose pages hold no text (a scan), saying so', async () => {
    const r = await readPdf(
      makePdf([{ boxes: [[0, 0, 595, 842]] }, { boxes: [[0, 0, 595, 842]] }]),
      readPdfData,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('pdf-without-text');
      expect(r.error.message).toContain('共2页，没有可提取的文字');
    }
  });

  it('refuses a damaged PDF with a reason', async () => {
    const r = await readPdf(new TextEncoder().encode('%PDF-1.4\nnot really'), readPdfData);
    expect(r.ok ? null : r.error.code).toBe('damaged-file');
  });
});
