// The publish use case on the real corpus files: refusal with the error-level findings, forced
// publication marked in every format, clean publication, unreadable input, default output names.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../test-support/corpus.js';
import { nodePorts } from './node-ports.js';
import { defaultOutputPath, publish } from './publish.js';

const ports = nodePorts();

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('publish', () => {
  it('refuses 长沙市人民政府办公厅 2024: three error-level findings, at lines 362, 632 and 662', async () => {
    const r = await publish(ports, { file: corpusPath('bangongting'), format: 'html' });
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'review') throw new Error('expected a refusal');
    expect(r.errors.map((f) => f.lines[0])).toEqual([362, 632, 662]);
    expect(r.errors.every((f) => f.severity === 'error')).toBe(true);
  });

  it('publishes with force, and the HTML says so in its banner', async () => {
    const r = await publish(ports, { file: corpusPath('bangongting'), format: 'html', force: true });
    if (!r.ok) throw new Error('expected a publication');
    expect(r.unresolved).toHaveLength(3);
    const html = text(r.bytes);
    expect(html).toContain('本文件含未解决的审核错误 3 项');
    expect(html).toContain('第 632 行：项目“对外联络协调、合作交流经费”');
  });

  it('marks forced text with a first line and forced XLSX with a first sheet 审核提示', async () => {
    const t = await publish(ports, { file: corpusPath('bangongting'), format: 'text', force: true });
    if (!t.ok) throw new Error('expected a publication');
    expect(text(t.bytes).split('\n')[0]).toBe('注：本文件含未解决的审核错误 3 项');

    const x = await publish(ports, { file: corpusPath('bangongting'), format: 'xlsx', force: true });
    if (!x.ok) throw new Error('expected a publication');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.bytes) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0]?.name).toBe('审核提示');
    expect(wb.worksheets[0]?.getCell(1, 1).text).toContain('3 项');
  });

  it('publishes a document without errors unmarked', async () => {
    const r = await publish(ports, { file: corpusPath('beijing'), format: 'html' });
    if (!r.ok) throw new Error('expected a publication');
    expect(r.unresolved).toEqual([]);
    const html = text(r.bytes);
    expect(html).not.toContain('class="review-banner"');
    expect(html).toContain('2023年本部门收入预算1561.09万元');
  });

  it('reports unreadable input as an input failure', async () => {
    const r = await publish(ports, { file: '/nonexistent/x.txt', format: 'html' });
    expect(r.ok === false && r.reason === 'input' && r.error.code).toBe('file-not-found');
  });
});

describe('defaultOutputPath', () => {
  it.each([
    ['/d/a.txt', 'html', '/d/a.html'],
    ['/d/a.txt', 'pdf', '/d/a.pdf'],
    ['/d/a.txt', 'xlsx', '/d/a.xlsx'],
    ['/d/a.txt', 'text', '/d/a.published.txt'],
    ['/d/a.gbk', 'text', '/d/a.txt'],
    ['rel/b', 'html', 'rel/b.html'],
  ] as const)('puts %s as %s at %s', (input, format, out) => {
    expect(defaultOutputPath(input, format)).toBe(out);
  });
});
