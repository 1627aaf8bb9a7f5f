// The document page renders a corpus document from its model JSON (the codec's output) as the
// official tables, charts with drill-down, the explanation and the indicator trees; amounts open
// their source line. The API is answered by the test here (the server's own tests cover it).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentToJson } from '../../../src/core/codec/index.js';
import { review } from '../../../src/rules/engine.js';
import { corpusText, importCorpus } from '../../../src/test-support/corpus.js';
import {
  axeSerious,
  ensureWebBuilt,
  hasChromium,
  launch,
  overflowAtPhoneWidth,
  screenshots,
} from './browser';
import { serveDist } from './static-server';

const doc = importCorpus('bangongting');
const others = { d2: importCorpus('xiangyin'), d3: importCorpus('keyProjects') };
const lines = corpusText('bangongting').split('\n');

async function mockApi(page: Page): Promise<void> {
  await page.route('**/api/**', async (route) => {
    const url = new URL(route.request().url());
    const json = (body: unknown, status = 200) =>
      route.fulfill({
        status,
        contentType: 'application/json',
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    if (url.pathname === '/api/auth/me') return json({ code: 'unauthenticated', message: '未登录' }, 401);
    if (url.pathname === '/api/documents/d1')
      return json(
        `{"meta":{"id":"d1","kind":"department-budget","year":2024,"state":"published","version":1},"model":${documentToJson(doc)}}`,
      );
    if (url.pathname === '/api/documents/d1/findings') return json(review(doc));
    if (url.pathname === '/api/documents/d1/source')
      return json({
        line: Number(url.searchParams.get('line')),
        text: lines[Number(url.searchParams.get('line')) - 1] ?? '',
      });
    for (const [id, d] of Object.entries(others)) {
      if (url.pathname === `/api/documents/${id}`)
        return json(
          `{"meta":{"id":"${id}","kind":"${d.kind}","year":${d.year},"state":"published","version":1},"model":${documentToJson(d)}}`,
        );
    }
    return json({ code: 'not-found', message: '未找到' }, 404);
  });
}

describe.skipIf(!hasChromium)('document page from model JSON', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    ensureWebBuilt();
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the ten tables, charts with drill-down, targets and the source of a figure', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await mockApi(page);
    await page.goto(`${server.url}/documents/d1`);
    await page.getByRole('heading', { name: '2024年部门收支总体情况表' }).waitFor();
    const t = await page.evaluate(() => ({
      shown: performance.getEntriesByName('yusuan:tables-shown')[0]?.startTime ?? -1,
      data:
        (
          performance.getEntriesByType('resource').find((r) => r.name.endsWith('/api/documents/d1')) as
            PerformanceResourceTiming | undefined
        )?.responseEnd ?? -1,
    }));
    if (process.env['TIMELINE'])
      console.log(
        await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => e as PerformanceResourceTiming)
            .map(
              (r) =>
                `${Math.round(r.startTime)}-${Math.round(r.responseEnd)} ${r.name.replace(/^.*\//, '')} ${r.encodedBodySize}`,
            )
            .join('\n'),
        ),
      );
    console.log(
      `tables shown ${Math.round(t.shown)} ms after navigation; document JSON in at ${Math.round(t.data)} ms (mocked API)`,
    );
    expect(await page.locator('section.table-page').count()).toBe(10);
    // 合计 of 一般公共预算支出表, with separators and two decimals.
    const general = page.locator('#table-general-expenditure tr.row-total');
    await expect.poll(() => general.first().textContent()).toContain('6,563.63');
    // Drill-down: 201 → its 款 → breadcrumb back.
    await page.locator('#charts').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: /201 一般公共服务支出/ }).click();
    await page.getByRole('button', { name: '全部类' }).waitFor();
    await page.getByRole('button', { name: /20103 政府办公厅/ }).waitFor();
    await page.getByRole('button', { name: '全部类' }).click();
    // Source of a figure.
    await general.first().locator('td.num').first().click();
    await page.getByRole('dialog', { name: '数据来源' }).getByText('6,563.63').first().waitFor();
    await screenshots(page, 'document-source');
    await page.keyboard.press('Escape');
    // The same by keyboard: Tab to the table, arrows to a figure, Enter.
    await page.getByRole('dialog', { name: '数据来源' }).waitFor({ state: 'hidden' });
    await page.locator('#table-general-expenditure .table-wrap').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('6,563.63');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: '数据来源' }).getByText('第 246 行', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'document-top');
    await page.locator('#charts').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await screenshots(page, 'document-charts');
    await page.locator('#table-project-targets').scrollIntoViewIfNeeded();
    await screenshots(page, 'document-targets-table');
    await page.locator('#targets').scrollIntoViewIfNeeded();
    await screenshots(page, 'document-targets-tree');
    expect(await overflowAtPhoneWidth(page)).toEqual([]);
    expect(await axeSerious(page)).toEqual([]);
  });

  it('shows declaration forms and a key-project list', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await mockApi(page);
    await page.goto(`${server.url}/documents/d2`);
    await page.locator('.form-card').first().waitFor();
    expect(await page.locator('.form-card').count()).toBe(8);
    await screenshots(page, 'document-forms');
    expect(await overflowAtPhoneWidth(page)).toEqual([]);
    expect(await axeSerious(page)).toEqual([]);
    await page.goto(`${server.url}/documents/d3`);
    await page.locator('.indicator-tree').first().waitFor();
    expect(await page.locator('.indicator-tree').count()).toBe(35);
    await screenshots(page, 'document-key-projects');
    expect(await axeSerious(page)).toEqual([]);
  });
});
