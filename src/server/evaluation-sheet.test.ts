// The 绩效自评表 of a stored evaluation, served (both databases): the Beijing office's 2023 evaluation
// filled with real figures, submitted, one score adjusted by the bureau with its reason. The XLSX read
// back with ExcelJS holds the stored scores, the adjusted one and its reason; the HTML comes as
// text/html; the PDF through the render job (real Chromium, when installed). Seen as the evaluation
// is: its owners and reviewers, everybody only once it is published.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../test-support/tools.js';
import { chromiumPrinter, closePrinter } from '../app/index.js';
import type { EvaluationView } from '../app/index.js';
import type { EvaluationFixture } from '../test-support/evaluation-api.js';
import { evaluationFixture, fillEverything, FOCUS, focusEntries } from '../test-support/evaluation-api.js';
import { STORE_KINDS } from '../test-support/stores.js';

const REASON = '一个月未按时支付，按标准扣分后不予折算';

/** Every row of a worksheet: its cells' numbers, else texts (merged cells read once). */
function rowsOf(ws: ExcelJS.Worksheet): (string | number)[][] {
  const rows: (string | number)[][] = [];
  ws.eachRow((row) => {
    const cells: (string | number)[] = [];
    row.eachCell((cell) => {
      if (!cell.isMerged || cell.master === cell)
        cells.push(typeof cell.value === 'number' ? cell.value : cell.text);
    });
    rows.push(cells);
  });
  return rows;
}

describe.each(STORE_KINDS)('served self-evaluation forms on %s', (kind) => {
  let f: EvaluationFixture;
  const sheet = (who: string | null, format: string) =>
    f.call('GET', who, `/api/documents/${f.doc}/evaluation/sheet?format=${format}`);

  beforeAll(async () => {
    f = await evaluationFixture(kind, hasChromium ? { printer: chromiumPrinter } : {});
    const v = await f.view('unit');
    const saved = await f.call('PUT', 'unit', `/api/documents/${f.doc}/evaluation/actuals`, {
      targets: [focusEntries(v)],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await fillEverything(f.call, 'unit', f.doc);
    expect((await f.call('POST', 'unit', `/api/documents/${f.doc}/evaluation/submit`, {})).statusCode).toBe(
      200,
    );
    const focus = (await f.view('rev')).targets.find((t) => t.name === FOCUS);
    const adjusted = await f.call('PUT', 'rev', `/api/documents/${f.doc}/evaluation/scores`, {
      target: focus?.id,
      indicator: focus?.indicators[0]?.id,
      score: '4.5',
      reason: REASON,
    });
    expect(adjusted.statusCode, adjusted.body).toBe(200);
  });
  afterAll(async () => {
    await f?.close();
    await closePrinter();
  });

  it('serves the XLSX with the stored scores, the adjusted score beside the self-assessed one, and its reason', async () => {
    const r = await sheet('unit', 'xlsx');
    expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    expect(r.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(decodeURIComponent(String(r.headers['content-disposition']))).toBe(
      "attachment; filename*=UTF-8''长沙市人民政府驻北京联络处2023年度绩效自评表.xlsx",
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const stored = await f.view('rev');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '自评汇总',
      ...stored.targets.map((t) => t.name.slice(0, 31)),
    ]);

    // the summary: self-assessed and reviewed totals of every target, as stored
    const summary = rowsOf(wb.getWorksheet('自评汇总') as ExcelJS.Worksheet);
    expect(summary[1]).toEqual([
      '序号',
      '单位',
      '项目（单位）名称',
      '预算数（万元）',
      '执行数（万元）',
      '执行率',
      '自评得分',
      '自评等级',
      '复核得分',
      '复核等级',
    ]);
    const line = summary.find((row) => row[2] === FOCUS);
    expect(line).toEqual(['3', '157001', FOCUS, 283.2, 270, 95.34, 98.97, '优', 98.4, '优']);
    for (const t of stored.targets) {
      const row = summary.find((x) => String(x[2]).endsWith(t.name));
      expect(row?.[6], t.name).toBe(Number(t.score));
      expect(row?.[8], t.name).toBe(Number(t.finalScore));
    }

    // the project's form: the indicators' stored scores, then the bureau's check with its reason
    const form = rowsOf(wb.getWorksheet(FOCUS) as ExcelJS.Worksheet);
    const focus = stored.targets.find((t) => t.name === FOCUS);
    // each indicator's row: …, 分值, 得分, 偏差原因 — the stored weight and self-assessed score
    for (const i of focus?.indicators ?? []) {
      const row = form.find((x) => x.includes(i.name) && x.length >= 6);
      const [weight, score] = row?.slice(-3, -1) ?? [];
      expect([weight, score], i.name).toEqual([Number(i.weight), i.score === null ? '—' : Number(i.score)]);
    }
    const review = form.findIndex((row) => row[0] === '财政部门复核');
    expect(review).toBeGreaterThan(0);
    expect(form[review + 1]).toEqual(['三级指标', '分值', '自评得分', '复核得分', '调整理由']);
    expect(form[review + 2]).toEqual([focus?.indicators[0]?.name, 5.63, 5.07, 4.5, REASON]);
    expect(form[review + 3]).toEqual(['复核后总分', 100, 98.4, '复核等级', '优']);
    expect(form.find((row) => row[0] === '总分')).toEqual(['总分', 100, 98.97, '自评等级', '优']);
  });

  it('serves the HTML to read in the browser, as text/html that runs nothing', async () => {
    const r = await sheet('rev', 'html');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(String(r.headers['content-disposition'])).toMatch(/^inline; /);
    expect(r.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(r.body).toContain('<h3 class="form-title">项目支出绩效自评表</h3>');
    expect(r.body).toContain('<th colspan="10">财政部门复核</th>');
    expect(r.body).toContain(`<td>4.50</td>`.replace('<td>', '<td class="num">'));
    expect(r.body).toContain(REASON);
    expect(r.body).not.toContain('<script');
  });

  it('shows the forms as the evaluation is shown: its owners and reviewers, the public only once published', async () => {
    for (const who of ['unit', 'dept', 'rev', 'admin'])
      expect((await sheet(who, 'html')).statusCode, who).toBe(200);
    for (const who of [null, 'other', 'rev2']) {
      const r = await sheet(who, 'xlsx');
      expect(r.statusCode, String(who)).toBe(404);
      expect(r.body).not.toContain(FOCUS);
    }
    expect((await sheet('unit', 'pdf')).statusCode).toBe(400);
    for (const action of ['approve', 'publish'])
      expect(
        (await f.call('POST', 'rev', `/api/documents/${f.doc}/evaluation/${action}`, {})).statusCode,
      ).toBe(200);
    const pub = await sheet(null, 'xlsx');
    expect(pub.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(pub.rawPayload as unknown as ArrayBuffer);
    const form = rowsOf(wb.getWorksheet(FOCUS) as ExcelJS.Worksheet);
    expect(form.find((row) => row[0] === '复核后总分')).toEqual(['复核后总分', 100, 98.4, '复核等级', '优']);
    const v: EvaluationView = await f.view(null);
    expect(v.publishedOnly).toBe(true);
  });

  it.runIf(hasChromium)(
    'renders the forms to PDF through the render job, for whoever may see the evaluation',
    async () => {
      const url = `/api/documents/${f.doc}/pdf?content=evaluation`;
      expect((await f.call('POST', null, url)).statusCode).toBe(401);
      // a unit of another department sees the published evaluation: its forms print for it too
      expect((await f.call('POST', 'other', url)).statusCode).toBe(202);
      const queued = await f.call('POST', 'rev', url);
      expect(queued.statusCode, queued.body).toBe(202);
      const id = queued.json<{ id: string }>().id;
      let job: { state: string; result: Record<string, unknown> | null } = { state: 'queued', result: null };
      for (let i = 0; i < 600 && job.state !== 'completed' && job.state !== 'failed'; i++) {
        await new Promise((ok) => setTimeout(ok, 100));
        job = (await f.call('GET', 'rev', `/api/jobs/${id}`)).json();
      }
      expect(job).toMatchObject({
        state: 'completed',
        result: {
          document: f.doc,
          content: 'evaluation',
          fileName: '长沙市人民政府驻北京联络处2023年度绩效自评表.pdf',
        },
      });
      const pdf = await f.call('GET', 'rev', `/api/jobs/${id}/result`);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    },
  );
});
